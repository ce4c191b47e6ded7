// Channel names for the dashboard: the server labels groups in Chinese; English readers get the
// English name of the case and complaint channel codes.
import type { Language } from '../../i18n/index.ts';

const NAMES: Record<string, { zh: string; en: string }> = {
  pc: { zh: '电脑端网上办理', en: 'Online (PC)' },
  mobile: { zh: '移动端办理', en: 'Mobile' },
  window: { zh: '窗口办理', en: 'At a window' },
  assisted: { zh: '帮办代办', en: 'Assisted handling' },
  kiosk: { zh: '自助终端', en: 'Self-service kiosk' },
  'third-party-app': { zh: '第三方应用', en: 'Third-party app' },
  hotline: { zh: '12345热线', en: '12345 hotline' },
  online: { zh: '网上反映', en: 'Online' },
};

/** The case channels one may filter by. */
export const CHANNEL_CODES = ['pc', 'mobile', 'window', 'assisted', 'kiosk', 'third-party-app'] as const;

export function channelName(code: string, serverLabel: string, lang: Language): string {
  const n = NAMES[code];
  if (!n) return serverLabel;
  return lang === 'en-US' ? n.en : n.zh;
}
