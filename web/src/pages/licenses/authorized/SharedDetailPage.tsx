// One license read through a grant (…/licenses/authorized/:authorizationId): the purpose and period
// of the grant, then the license's face with personal data masked. The read is logged for the
// holder. A revoked or ended grant (403) or a license no longer valid (409) shows as an alert.
import { Alert } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError, problemTitle } from '../../../api/problem.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/index.ts';
import { usePageTitle } from '../../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../../catalog/guide/format.ts';
import { localName } from '../labels.ts';
import { AuthorizationStatusTag, LicenseStatusTag, Validity } from '../LicenseBits.tsx';
import { useAuthorizedLicense } from './api.ts';
import { SharedFrame, sharedBase, type SharedArea } from './SharedFrame.tsx';

export function SharedDetailPage({ area }: { area: SharedArea }) {
  const { t } = useI18n();
  return (
    <SharedFrame area={area} current={t('lic.detail.title')}>
      <SharedDetail area={area} />
    </SharedFrame>
  );
}

/** The refusals that are the grant's or the license's state, not a failure to retry. */
const isRefusal = (error: unknown) =>
  error instanceof ApiError && (error.status === 403 || error.status === 409);

function SharedDetail({ area }: { area: SharedArea }) {
  const { authorizationId } = useParams();
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const read = useAuthorizedLicense(authorizationId);
  const name = read.data ? localName(read.data.license.typeName, lang) : t('lic.detail.title');
  usePageTitle(area === 'workbench' ? `${name} · ${t('workbench.title')}` : name);
  const back = <Link to={sharedBase(area)}>{t('lic.shared.back')}</Link>;

  if (read.isPending) return <Loading rows={6} />;
  if (read.isError) {
    if (!isRefusal(read.error))
      return <LoadError error={read.error} onRetry={() => void read.refetch()} headingLevel={2} />;
    const notActive = read.error instanceof ApiError && read.error.status === 403;
    return (
      <>
        <h1 className="page-title">{t('lic.detail.title')}</h1>
        <div data-testid="shared-refused">
          <Alert
            className="lic-alert"
            type="error"
            showIcon
            role="alert"
            title={problemTitle(read.error, lang) ?? t('state.errorNetwork')}
            description={notActive ? t('lic.shared.notActiveHint') : undefined}
          />
        </div>
        <p>{back}</p>
      </>
    );
  }
  const { authorization: a, license: l } = read.data;
  return (
    <>
      <div className="lic-title-row">
        <h1 className="page-title">{name}</h1>
        <LicenseStatusTag status={l.status} />
      </div>
      <p className="page-lead" data-testid="shared-purpose">
        {t('lic.shared.purposeShown', { purpose: a.purpose })}
      </p>
      <dl className="lic-facts lic-facts-wide" data-testid="shared-grant">
        <div>
          <dt>{t('lic.shared.grantee')}</dt>
          <dd lang={zh}>{a.granteeName}</dd>
        </div>
        <div>
          <dt>{t('lic.shared.period')}</dt>
          <dd>{t('lic.validRange', { from: a.validFrom, to: a.validTo })}</dd>
        </div>
        <div>
          <dt>{t('lic.status')}</dt>
          <dd>
            <AuthorizationStatusTag status={a.status} />
          </dd>
        </div>
      </dl>
      <section className="lic-section" aria-labelledby="lic-shared-face">
        <h2 id="lic-shared-face" className="section-title">
          {t('lic.detail.face')}
        </h2>
        <dl className="lic-facts lic-facts-wide" data-testid="shared-face">
          {l.face.map((f) => (
            <div key={f.key}>
              <dt>{localName(f.label, lang)}</dt>
              <dd lang={zh}>{f.value}</dd>
            </div>
          ))}
          <div>
            <dt>{t('lic.number')}</dt>
            <dd className="lic-mono">{l.licenseNumber}</dd>
          </div>
          <div>
            <dt>{t('lic.holder')}</dt>
            <dd lang={zh}>
              {l.holderName} <span className="lic-muted lic-mono">{l.holderIdMasked}</span>
            </dd>
          </div>
          <div>
            <dt>{t('lic.issuer')}</dt>
            <dd lang={zh}>{l.issuerName}</dd>
          </div>
          <div>
            <dt>{t('lic.validity')}</dt>
            <dd>
              <Validity from={l.validFrom} to={l.validTo} />
            </dd>
          </div>
          <div>
            <dt>{t('lic.identifier')}</dt>
            <dd className="lic-mono lic-break">{l.identifier}</dd>
          </div>
        </dl>
        <p className="lic-muted lic-note">{t('lic.shared.logged')}</p>
      </section>
      <p className="lic-note">{back}</p>
    </>
  );
}
