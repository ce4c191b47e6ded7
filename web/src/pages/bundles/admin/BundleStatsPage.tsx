// /admin/bundles/stats — 一件事 statistics (stats.read): per bundle the cases by aggregate status,
// the sub-cases started, and the fields, materials and visits saved in all and per case.
import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { ApiError, unwrap } from '../../../api/problem.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/index.ts';
import { AdminFrame } from '../../admin/AdminFrame.tsx';
import type { GetOk } from '../../../api/types.ts';
import '../bundles.css';

type StatsRow = GetOk<'/api/v1/stats/bundles'>['items'][number];

export function BundleStatsPage() {
  const { t } = useI18n();
  return (
    <AdminFrame
      title={t('bdl.stats.title')}
      lead={t('bdl.stats.lead')}
      trail={[{ to: '/admin/bundles', title: t('bdl.admin.title') }]}
    >
      <Stats />
    </AdminFrame>
  );
}

function Stats() {
  const { t } = useI18n();
  const stats = useQuery({
    queryKey: ['admin-bundles', 'stats'],
    retry: false,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/stats/bundles', { signal })),
  });
  if (stats.isPending) return <Loading rows={6} />;
  if (stats.error instanceof ApiError && stats.error.status === 403)
    return <Alert type="info" showIcon title={t('bdl.stats.forbidden')} />;
  if (stats.isError)
    return <LoadError error={stats.error} onRetry={() => void stats.refetch()} headingLevel={2} />;
  const saved = (r: StatsRow) =>
    t('bdl.savingsLine', { fields: r.savedFields, materials: r.savedMaterials, visits: r.savedVisits });
  return (
    <DataTable<StatsRow>
      label={t('bdl.stats.title')}
      rows={stats.data.items}
      rowKey={(r) => r.code}
      testId="bundle-stats"
      empty={t('bdl.empty')}
      columns={[
        { key: 'name', title: t('bdl.admin.name'), render: (r) => r.name },
        { key: 'cases', title: t('bdl.stats.cases'), render: (r) => r.cases },
        {
          key: 'status',
          title: t('bdl.stats.byStatus'),
          render: (r) =>
            t('bdl.stats.statusLine', {
              inProgress: r.inProgress,
              concluded: r.concluded,
              partly: r.partlyRefused,
              refused: r.refused,
            }),
        },
        { key: 'sub', title: t('bdl.stats.subCases'), render: (r) => r.subCases },
        { key: 'saved', title: t('bdl.stats.saved'), render: saved },
        {
          key: 'perCase',
          title: t('bdl.stats.perCase'),
          render: (r) => t('bdl.savingsLine', r.perCase.saved),
        },
      ]}
    />
  );
}
