// Small pieces the license pages share: the status tag (a colour per status, always with its
// words), the validity line and a license card for the list.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { useI18n } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { AUTHORIZATION_STATUSES, LICENSE_STATUSES, localName, STATUS_TONE } from './labels.ts';
import type { LicenseAuthorization, LicenseStatus, LicenseSummary } from './types.ts';

export function LicenseStatusTag({ status }: { status: LicenseStatus }) {
  const { lang } = useI18n();
  return (
    <Tag className={`lic-tag lic-tone-${STATUS_TONE[status]}`} data-testid="license-status">
      {codeLabel(LICENSE_STATUSES, status, lang)}
    </Tag>
  );
}

export function AuthorizationStatusTag({ status }: { status: LicenseAuthorization['status'] }) {
  const { lang } = useI18n();
  const tone = status === 'active' ? 'ok' : status === 'expired' ? 'warn' : 'muted';
  return <Tag className={`lic-tag lic-tone-${tone}`}>{codeLabel(AUTHORIZATION_STATUSES, status, lang)}</Tag>;
}

/** "2024-05-01 至 2030-04-30" or "长期有效". */
export function Validity({ from, to }: { from: string; to: string | null }) {
  const { t } = useI18n();
  return <>{to ? t('lic.validRange', { from, to }) : t('lic.validPermanent', { from })}</>;
}

export function LicenseCard({ license, to }: { license: LicenseSummary; to: string }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  return (
    <article className={`lic-card lic-card-${license.status}`} data-testid="license-card">
      <header className="lic-card-head">
        <SafetyCertificateOutlined aria-hidden className="lic-card-icon" />
        <h2 className="lic-card-title">
          <Link to={to} className="lic-card-link">
            {localName(license.typeName, lang)}
          </Link>
        </h2>
        <LicenseStatusTag status={license.status} />
      </header>
      <dl className="lic-facts">
        <div>
          <dt>{t('lic.number')}</dt>
          <dd className="lic-mono">{license.licenseNumber}</dd>
        </div>
        <div>
          <dt>{t('lic.holder')}</dt>
          <dd lang={zh}>
            {license.holderName} <span className="lic-muted lic-mono">{license.holderIdMasked}</span>
          </dd>
        </div>
        <div>
          <dt>{t('lic.issuer')}</dt>
          <dd lang={zh}>{license.issuerName}</dd>
        </div>
        <div>
          <dt>{t('lic.validity')}</dt>
          <dd>
            <Validity from={license.issueDate} to={license.validTo} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
