// Ant Design themes: the standard look and the elder mode (适老化: larger type, higher contrast,
// stronger borders, bigger touch targets). Colours are chosen for WCAG AA contrast on white.
import type { ThemeConfig } from 'antd';

export const brand = {
  primary: '#1456b8',
  primaryStrong: '#0a4ea8',
  accent: '#c8102e',
};

const fontFamily =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', " +
  "'Source Han Sans SC', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const standard: ThemeConfig = {
  token: {
    colorPrimary: brand.primary,
    colorLink: brand.primary,
    colorError: '#c0251d',
    colorWarning: '#ad6800',
    colorSuccess: '#2f7d0f',
    colorInfo: brand.primary,
    colorText: '#1f1f1f',
    colorTextSecondary: '#474747',
    colorTextTertiary: '#595959',
    colorTextDescription: '#474747',
    colorTextPlaceholder: '#6b6b6b',
    colorBorder: '#c4c9d1',
    fontFamily,
    fontSize: 15,
    borderRadius: 6,
  },
  components: {
    Card: { headerFontSize: 17 },
    Menu: { itemHeight: 44 },
  },
};

const elder: ThemeConfig = {
  token: {
    ...standard.token,
    colorPrimary: brand.primaryStrong,
    colorLink: brand.primaryStrong,
    colorInfo: brand.primaryStrong,
    colorText: '#000000',
    colorTextSecondary: '#1a1a1a',
    colorTextTertiary: '#262626',
    colorTextDescription: '#1a1a1a',
    colorTextPlaceholder: '#4a4a4a',
    colorTextHeading: '#000000',
    colorBorder: '#595959',
    colorBorderSecondary: '#8c8c8c',
    colorSplit: '#8c8c8c',
    fontSize: 18,
    fontSizeSM: 16,
    fontSizeLG: 20,
    fontSizeHeading1: 40,
    fontSizeHeading2: 32,
    fontSizeHeading3: 26,
    fontSizeHeading4: 22,
    fontSizeHeading5: 20,
    lineHeight: 1.7,
    controlHeight: 48,
    controlHeightLG: 56,
    controlHeightSM: 36,
    lineWidth: 2,
  },
  components: {
    Card: { headerFontSize: 22 },
    Menu: { itemHeight: 56 },
    Tag: { defaultColor: '#000000' },
  },
};

export function buildTheme(elderMode: boolean): ThemeConfig {
  return elderMode ? elder : standard;
}
