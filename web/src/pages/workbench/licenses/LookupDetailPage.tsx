// One license as staff see it after a look-up (/workbench/licenses/:id?purpose=…): the face with
// personal data masked, validity, issuer and status. Reading it is audited with the purpose.
import { useParams, useSearchParams } from 'react-router-dom';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/index.ts';
import { usePageTitle } from '../../../layout/usePageTitle.ts';
import { useLookupDetail } from '../../licenses/api.ts';
import { localName } from '../../licenses/labels.ts';
import { LicenseStatusTag, Validity } from '../../licenses/LicenseBits.tsx';
import { LicensesFrame } from './LicensesFrame.tsx';

export function LicenseLookupDetailPage() {
  const { t } = useI18n();
  return (
    <LicensesFrame current={t('lic.detail.title')}>
      <Detail />
    </LicensesFrame>
  );
}

function Detail() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const purpose = params.get('purpose') ?? '';
  const { t, lang } = useI18n();
  const license = useLookupDetail(id, purpose);
  const name = license.data ? localName(license.data.typeName, lang) : t('lic.detail.title');
  usePageTitle(`${name} · ${t('workbench.title')}`);
  if (purpose.trim().length < 2) return <p className="lic-empty">{t('lic.lookup.needPurpose')}</p>;
  if (license.isPending) return <Loading rows={6} />;
  if (license.isError)
    return <LoadError error={license.error} onRetry={() => void license.refetch()} headingLevel={2} />;
  const l = license.data;
  return (
    <>
      <div className="lic-title-row">
        <h1 className="page-title">{name}</h1>
        <LicenseStatusTag status={l.status} />
      </div>
      <p className="page-lead">{t('lic.lookup.purposeShown', { purpose })}</p>
      <section className="lic-section" aria-labelledby="lic-lookup-face">
        <h2 id="lic-lookup-face" className="section-title">
          {t('lic.detail.face')}
        </h2>
        <dl className="lic-facts lic-facts-wide" data-testid="lookup-face">
          {l.face.map((f) => (
            <div key={f.key}>
              <dt>{localName(f.label, lang)}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
          <div>
            <dt>{t('lic.number')}</dt>
            <dd className="lic-mono">{l.licenseNumber}</dd>
          </div>
          <div>
            <dt>{t('lic.holder')}</dt>
            <dd>
              {l.holderName} <span className="lic-muted lic-mono">{l.holderIdMasked}</span>
            </dd>
          </div>
          <div>
            <dt>{t('lic.issuer')}</dt>
            <dd>{l.issuerName}</dd>
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
      </section>
    </>
  );
}
