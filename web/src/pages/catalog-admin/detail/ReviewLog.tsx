// 审核记录: every workflow action on every version, newest first, with who and why.
import type { ImplementationDetail, VersionActionEntry } from '../../../api/catalog-admin.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { useLabels } from '../labels.ts';

type Row = VersionActionEntry & { version: number };

export function ReviewLog({ implementation }: { implementation: ImplementationDetail }) {
  const { t, action, lang } = useLabels();
  const rows: Row[] = implementation.versions
    .flatMap((v) => v.actions.map((a) => ({ ...a, version: v.version })))
    .sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="admin-section" aria-labelledby="review-log-title">
      <h2 id="review-log-title" className="panel-title">
        {t('ca.reviewLog')}
      </h2>
      <DataTable<Row>
        label={t('a11y.table', { name: t('ca.reviewLog') })}
        size="small"
        testId="review-log"
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('ca.reviewLogEmpty')}
        columns={[
          { key: 'at', title: t('ca.col.at'), render: (r) => new Date(r.at).toLocaleString(lang) },
          { key: 'version', title: t('ca.col.version'), render: (r) => t('ca.versionN', { n: r.version }) },
          { key: 'action', title: t('ca.col.action'), render: (r) => action(r.action) },
          { key: 'actor', title: t('ca.col.actor'), render: (r) => r.actorName },
          { key: 'comment', title: t('ca.col.comment'), render: (r) => r.comment ?? '—' },
        ]}
      />
    </section>
  );
}
