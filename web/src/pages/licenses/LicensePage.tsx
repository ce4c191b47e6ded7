// One of my licenses (/me/licenses/:id): the face (照面信息), identifier, seal, the signed PDF and
// its detached GB/T 38540 signature, 亮证, who I authorised to read it, and every use of it.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { AccessLog } from './AccessLog.tsx';
import { licenseFileUrl, licenseSignatureUrl, useMyLicense } from './api.ts';
import { Authorizations } from './Authorizations.tsx';
import { localName } from './labels.ts';
import { LicenseStatusTag, Validity } from './LicenseBits.tsx';
import { ShowLicense } from './ShowLicense.tsx';
import './licenses.css';

export function LicensePage() {
  const { id } = useParams();
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const license = useMyLicense(id);
  const name = license.data ? localName(license.data.typeName, lang) : t('lic.detail.title');
  usePageTitle(name);

  return (
    <div className="container page lic-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/me">{t('me.title')}</Link> },
          { title: <Link to="/me/licenses">{t('lic.mine.title')}</Link> },
          { title: name },
        ]}
      />
      {license.isPending ? (
        <Loading rows={8} />
      ) : license.isError ? (
        <LoadError error={license.error} onRetry={() => void license.refetch()} headingLevel={2} />
      ) : (
        <>
          <div className="lic-title-row">
            <h1 className="page-title">{name}</h1>
            <LicenseStatusTag status={license.data.status} />
          </div>
          {license.data.status === 'revoked' && (
            <Alert
              className="lic-alert"
              type="error"
              showIcon
              title={t('lic.detail.revoked')}
              description={license.data.revokeReason ?? undefined}
            />
          )}
          {license.data.supersededBy && (
            <Alert
              className="lic-alert"
              type="info"
              showIcon
              title={t('lic.detail.superseded')}
              action={
                <Link to={`/me/licenses/${license.data.supersededBy}`}>{t('lic.detail.newVersion')}</Link>
              }
            />
          )}
          <ShowLicense licenseId={license.data.id} disabled={license.data.status !== 'valid'} />
          <section className="lic-section" aria-labelledby="lic-face-title">
            <h2 id="lic-face-title" className="section-title">
              {t('lic.detail.face')}
            </h2>
            <dl className="lic-facts lic-facts-wide" data-testid="license-face">
              {license.data.face.map((f) => (
                <div key={f.key}>
                  <dt>{localName(f.label, lang)}</dt>
                  <dd lang={zh}>{f.value}</dd>
                </div>
              ))}
              <div>
                <dt>{t('lic.number')}</dt>
                <dd className="lic-mono">{license.data.licenseNumber}</dd>
              </div>
              <div>
                <dt>{t('lic.issuer')}</dt>
                <dd lang={zh}>{license.data.issuerName}</dd>
              </div>
              <div>
                <dt>{t('lic.validity')}</dt>
                <dd>
                  <Validity from={license.data.validFrom} to={license.data.validTo} />
                </dd>
              </div>
              <div>
                <dt>{t('lic.identifier')}</dt>
                <dd className="lic-mono" data-testid="license-identifier">
                  {license.data.identifier}
                </dd>
              </div>
              <div>
                <dt>{t('lic.detail.seal')}</dt>
                <dd>
                  <span lang={zh}>{license.data.seal.name}</span>{' '}
                  <span className="lic-muted lic-mono">{license.data.seal.esId}</span>
                </dd>
              </div>
              {license.data.caseNumber && license.data.caseId && (
                <div>
                  <dt>{t('lic.detail.case')}</dt>
                  <dd>
                    <Link to={`/me/cases/${license.data.caseId}`} className="lic-mono">
                      {license.data.caseNumber}
                    </Link>
                  </dd>
                </div>
              )}
              {license.data.revokedAt && (
                <div>
                  <dt>{t('lic.detail.revokedAt')}</dt>
                  <dd>{formatDateTime(license.data.revokedAt, lang)}</dd>
                </div>
              )}
            </dl>
            <div className="lic-downloads">
              <a href={licenseFileUrl(license.data.id)} download className="lic-link-button">
                <DownloadOutlined aria-hidden /> {t('lic.detail.pdf')}
              </a>
              <a
                href={licenseSignatureUrl(license.data.id)}
                download
                className="lic-link-button lic-link-plain"
              >
                <DownloadOutlined aria-hidden /> {t('lic.detail.signature')}
              </a>
            </div>
            <p className="lic-muted lic-note">
              {t('lic.detail.sm3')} <span className="lic-mono lic-break">{license.data.pdfSm3}</span>
            </p>
          </section>
          <Authorizations licenseId={license.data.id} />
          <AccessLog licenseId={license.data.id} />
        </>
      )}
    </div>
  );
}
