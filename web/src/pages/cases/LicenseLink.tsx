// 免证办 in the applicant's pages: how a linked e-license reads ("免提交 — 已关联电子证照（营业执照，
// No. …）"), and the one consent the applicant gives for this application's use of their licenses.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Checkbox } from 'antd';
import { useI18n, type Language, type MessageKey, type Translate } from '../../i18n/index.ts';

interface LicenseShown {
  typeName: { zh: string; en: string };
  licenseNumber: string;
}

export function linkedText(t: Translate, lang: Language, license: LicenseShown): string {
  return t('cases.license.linked', {
    name: lang === 'zh-CN' ? license.typeName.zh : license.typeName.en,
    number: license.licenseNumber,
  });
}

/** The line a material shows when a license stands in for it. */
export function LicenseLinked({ license }: { license: LicenseShown }) {
  const { t, lang } = useI18n();
  return (
    <p className="license-linked" data-testid="license-linked">
      <SafetyCertificateOutlined aria-hidden /> {linkedText(t, lang, license)}
    </p>
  );
}

interface ConsentProps {
  /** The held licenses the applicant may let the platform use (names for the lead). */
  licenses: readonly LicenseShown[];
  checked: boolean;
  onChange: (value: boolean) => void;
  label?: MessageKey;
}

/** One checkbox for every e-license this application could use; without it, materials are uploaded. */
export function LicenseConsent({
  licenses,
  checked,
  onChange,
  label = 'cases.license.consent',
}: ConsentProps) {
  const { t, lang } = useI18n();
  if (licenses.length === 0) return null;
  const names = [...new Set(licenses.map((l) => (lang === 'zh-CN' ? l.typeName.zh : l.typeName.en)))];
  return (
    <div className="license-consent" data-testid="license-consent">
      <p>{t('cases.license.consentLead', { names: names.join(lang === 'zh-CN' ? '、' : ', ') })}</p>
      <Checkbox checked={checked} onChange={(e) => onChange(e.target.checked)}>
        {t(label)}
      </Checkbox>
      {!checked && <p className="case-muted">{t('cases.license.withoutConsent')}</p>}
    </div>
  );
}
