// /admin/stats — the supervision dashboard (stats.read): for a month range (default the last 12
// months) and optional agency, region and channel filters, the key figures, the monthly trend,
// the channel shares and the agencies' ranking (ECharts), the figures by the chosen dimension as
// a table, the Excel export and the monthly bulletin. The server scopes everything: an agency
// lead sees only his agency, the service office the whole city.
import { Alert } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/problem.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { AdminFrame } from '../admin/AdminFrame.tsx';
import { addMonths, monthOf, useStats, type Dimension, type StatsFilter } from './api.ts';
import { Charts } from './Charts.tsx';
import { Downloads } from './Downloads.tsx';
import { Filters } from './Filters.tsx';
import { KpiCards } from './KpiCards.tsx';
import { StatsTable } from './StatsTable.tsx';
import './stats.css';

export function StatsDashboardPage() {
  const { t } = useI18n();
  return (
    <AdminFrame title={t('sta.title')} lead={t('sta.lead')}>
      <Dashboard />
    </AdminFrame>
  );
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

export function defaultFilter(now = new Date()): StatsFilter {
  const to = monthOf(now);
  return { from: addMonths(to, -11), to };
}

function Dashboard() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<StatsFilter>(() => defaultFilter());
  const [by, setBy] = useState<Dimension>('month');
  const valid =
    /^\d{4}-\d{2}$/.test(filter.from) &&
    /^\d{4}-\d{2}$/.test(filter.to) &&
    monthsBetween(filter.from, filter.to) >= 1 &&
    monthsBetween(filter.from, filter.to) <= 36;
  const period = useMemo(() => ({ from: filter.from, to: filter.to }), [filter.from, filter.to]);
  const main = useStats(filter, by, valid);
  const months = useStats(filter, 'month', valid);
  const channels = useStats(filter, 'channel', valid);
  const agencies = useStats(filter, 'agency', valid);
  const agencyChoices = useStats(period, 'agency', valid);
  const regionChoices = useStats(period, 'region', valid);

  const filters = (
    <Filters
      filter={filter}
      by={by}
      onFilter={setFilter}
      onBy={setBy}
      onReset={() => {
        setFilter(defaultFilter());
        setBy('month');
      }}
      agencies={agencyChoices.data?.rows ?? []}
      regions={regionChoices.data?.rows ?? []}
    />
  );
  if (!valid)
    return (
      <>
        {filters}
        <Alert type="warning" showIcon title={t('sta.badRange')} />
      </>
    );
  if (main.error instanceof ApiError && main.error.status === 403)
    return <Alert type="info" showIcon title={t('sta.forbidden')} />;
  if (main.isError)
    return (
      <>
        {filters}
        <LoadError error={main.error} onRetry={() => void main.refetch()} headingLevel={2} />
      </>
    );
  return (
    <div className="sta-dashboard" data-testid="stats-dashboard">
      {filters}
      {main.isPending ? (
        <Loading rows={8} />
      ) : (
        <>
          <KpiCards total={main.data.total} generatedAt={main.data.generatedAt} />
          <Charts
            months={months.data?.rows ?? []}
            channels={channels.data?.rows ?? []}
            agencies={agencies.data?.rows ?? []}
          />
          <StatsTable report={main.data} by={by} />
          <Downloads filter={filter} by={by} />
        </>
      )}
    </div>
  );
}
