// The key figures of the period: one card per indicator, from the report's total row.
import { useI18n } from '../../i18n/index.ts';
import type { StatsRow } from './api.ts';
import { count, decimal, NONE, percent } from './format.ts';

interface Kpi {
  key: string;
  label: string;
  value: string;
  note?: string;
}

export function KpiCards({ total, generatedAt }: { total: StatsRow; generatedAt: string }) {
  const { t, lang } = useI18n();
  const p = (v: number | null) => percent(v, lang);
  const kpis: Kpi[] = [
    {
      key: 'received',
      label: t('sta.kpi.received'),
      value: count(total.received, lang),
      note: t('sta.kpi.receivedNote', { concluded: count(total.concluded, lang) }),
    },
    { key: 'onTime', label: t('sta.kpi.onTime'), value: p(total.onTimeRate) },
    { key: 'avgDays', label: t('sta.kpi.avgDays'), value: decimal(total.avgWorkingDays, lang) },
    { key: 'instant', label: t('sta.kpi.instant'), value: p(total.instantShare) },
    { key: 'fullyOnline', label: t('sta.kpi.fullyOnline'), value: p(total.fullyOnlineShare) },
    {
      key: 'visits',
      label: t('sta.kpi.visits'),
      value: `${p(total.zeroVisitShare)} / ${p(total.atMostOneVisitShare)}`,
    },
    { key: 'exempt', label: t('sta.kpi.exempt'), value: count(total.exemptMaterials, lang) },
    {
      key: 'satisfaction',
      label: t('sta.kpi.satisfaction'),
      value: p(total.satisfactionRate),
      note: t('sta.kpi.satisfactionNote', { ratings: count(total.ratings, lang) }),
    },
    {
      key: 'rectification',
      label: t('sta.kpi.rectification'),
      value: p(total.rectificationRate),
      note: t('sta.kpi.rectificationNote', { negative: count(total.ratingsNegative, lang) }),
    },
    { key: 'revisit', label: t('sta.kpi.revisit'), value: p(total.revisitRate) },
    {
      key: 'complaintOnTime',
      label: t('sta.kpi.complaintOnTime'),
      value: p(total.complaintOnTimeRate),
      note: t('sta.kpi.complaintNote', { complaints: count(total.complaints, lang) }),
    },
    {
      key: 'signMinutes',
      label: t('sta.kpi.signMinutes'),
      value:
        total.avgSignMinutes === null ? NONE : t('sta.minutes', { n: decimal(total.avgSignMinutes, lang) }),
    },
  ];
  return (
    <section className="sta-section" aria-labelledby="sta-kpis-h">
      <h2 id="sta-kpis-h" className="sta-h2">
        {t('sta.kpis')}
      </h2>
      <p className="sta-generated">
        {t('sta.generated', {
          at: new Date(generatedAt).toLocaleString(lang, { timeZone: 'Asia/Shanghai' }),
        })}
      </p>
      <dl className="sta-kpis">
        {kpis.map((k) => (
          <div key={k.key} className="sta-kpi" data-testid={`kpi-${k.key}`}>
            <dt>{k.label}</dt>
            <dd className="sta-kpi-value">{k.value}</dd>
            {k.note && <dd className="sta-kpi-note">{k.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
