// Language switch and elder-mode toggle, used in the header (wide screens) and the menu drawer.
import { Button, Segmented } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/index.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { usePreferences } from '../preferences/PreferencesContext.tsx';

const languageOptions: { value: Language; label: string; lang: string }[] = [
  { value: 'zh-CN', label: '中文', lang: 'zh-CN' },
  { value: 'en-US', label: 'English', lang: 'en' },
];

export function PreferenceControls({ vertical = false }: { vertical?: boolean }) {
  const { t } = useI18n();
  const { lang, setLang, elder, setElder } = usePreferences();

  return (
    <div className={vertical ? 'prefs prefs-vertical' : 'prefs'}>
      <div role="group" aria-label={t('prefs.language')}>
        <Segmented<Language>
          value={lang}
          onChange={(value) => {
            if (isLanguage(value)) setLang(value);
          }}
          options={languageOptions.map((o) => ({
            value: o.value,
            label: <span lang={o.lang}>{o.label}</span>,
          }))}
        />
      </div>
      <Button
        type={elder ? 'primary' : 'default'}
        icon={<EyeOutlined aria-hidden />}
        aria-pressed={elder}
        title={t('prefs.elderModeHint')}
        onClick={() => setElder(!elder)}
      >
        {t('prefs.elderMode')}
      </Button>
    </div>
  );
}
