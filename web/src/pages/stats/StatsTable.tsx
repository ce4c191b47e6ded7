// The figures by the chosen dimension, with the total as the last row: the accessible form of
// every chart and the same rows as the Excel export.
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import type { Dimension, StatsReport, StatsRow } from './api.ts';
import { channelName } from './channels.ts';
import { count, decimal, percent } from './format.ts';

export function StatsTable({ report, by }: { report: StatsReport; by: Dimension }) {
  const { t, lang } = useI18n();
  const p = (v: number | null) => percent(v, lang);
  const n = (v: number) => count(v, lang);
  const total = { ...report.total, key: '__total', label: t('sta.total') };
  const title = t('sta.table', { by: t(`sta.by.${by}` as MessageKey) });
  return (
    <section className="sta-section" aria-labelledby="sta-table-h">
      <h2 id="sta-table-h" className="sta-h2">
        {title}
      </h2>
      <DataTable<StatsRow>
        label={title}
        size="small"
        testId="stats-table"
        rows={report.rows.length ? [...report.rows, total] : []}
        rowKey={(r) => r.key}
        empty={t('sta.empty')}
        columns={[
          {
            key: 'name',
            title: t('sta.col.name'),
            render: (r) =>
              r.key === '__total' ? (
                <strong>{r.label}</strong>
              ) : by === 'channel' ? (
                channelName(r.key, r.label, lang)
              ) : (
                r.label
              ),
          },
          { key: 'received', title: t('sta.col.received'), render: (r) => n(r.received) },
          { key: 'accepted', title: t('sta.col.accepted'), render: (r) => n(r.accepted) },
          { key: 'concluded', title: t('sta.col.concluded'), render: (r) => n(r.concluded) },
          { key: 'onTime', title: t('sta.col.onTime'), render: (r) => p(r.onTimeRate) },
          { key: 'avgDays', title: t('sta.col.avgDays'), render: (r) => decimal(r.avgWorkingDays, lang) },
          { key: 'instant', title: t('sta.col.instant'), render: (r) => p(r.instantShare) },
          { key: 'online', title: t('sta.col.online'), render: (r) => p(r.fullyOnlineShare) },
          { key: 'zeroVisit', title: t('sta.col.zeroVisit'), render: (r) => p(r.zeroVisitShare) },
          { key: 'exempt', title: t('sta.col.exempt'), render: (r) => n(r.exemptMaterials) },
          { key: 'ratings', title: t('sta.col.ratings'), render: (r) => n(r.ratings) },
          { key: 'satisfaction', title: t('sta.col.satisfaction'), render: (r) => p(r.satisfactionRate) },
          { key: 'negative', title: t('sta.col.negative'), render: (r) => n(r.ratingsNegative) },
          { key: 'rectification', title: t('sta.col.rectification'), render: (r) => p(r.rectificationRate) },
          { key: 'complaints', title: t('sta.col.complaints'), render: (r) => n(r.complaints) },
          {
            key: 'complaintOnTime',
            title: t('sta.col.complaintOnTime'),
            render: (r) => p(r.complaintOnTimeRate),
          },
        ]}
      />
    </section>
  );
}
