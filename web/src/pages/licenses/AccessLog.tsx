// 用证记录: every use of the license — verifications of shown codes, authorized reads, staff
// look-ups (with their purpose) and cases that used it instead of a material.
import { DataTable } from '../../components/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { useLicenseAccesses } from './api.ts';
import { LICENSE_ACCESS_KINDS, VERIFY_RESULTS } from './labels.ts';
import type { LicenseAccessEntry } from './types.ts';

export function AccessLog({ licenseId }: { licenseId: string }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const accesses = useLicenseAccesses(licenseId);
  return (
    <section className="lic-section" aria-labelledby="lic-access-title">
      <h2 id="lic-access-title" className="section-title">
        {t('lic.access.title')}
      </h2>
      <p className="lic-muted">{t('lic.access.lead')}</p>
      {accesses.isPending ? (
        <Loading rows={3} />
      ) : accesses.isError ? (
        <LoadError error={accesses.error} onRetry={() => void accesses.refetch()} />
      ) : (
        <DataTable<LicenseAccessEntry>
          label={t('a11y.table', { name: t('lic.access.title') })}
          testId="license-accesses"
          size="small"
          rows={accesses.data.items}
          rowKey={(a) => a.id}
          empty={t('lic.access.empty')}
          columns={[
            { key: 'at', title: t('lic.access.at'), render: (a) => formatDateTime(a.at, lang) },
            {
              key: 'kind',
              title: t('lic.access.kind'),
              render: (a) => codeLabel(LICENSE_ACCESS_KINDS, a.kind, lang),
            },
            {
              key: 'actor',
              title: t('lic.access.actor'),
              render: (a) => <span lang={zh}>{a.actorName}</span>,
            },
            {
              key: 'purpose',
              title: t('lic.access.purpose'),
              render: (a) => <span lang={zh}>{a.purpose ?? '—'}</span>,
            },
            {
              key: 'result',
              title: t('lic.access.result'),
              render: (a) => (a.result ? codeLabel(VERIFY_RESULTS, a.result, lang) : '—'),
            },
          ]}
        />
      )}
    </section>
  );
}
