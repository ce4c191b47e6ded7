// /admin/rectifications — the ledger of negative ratings (差评整改台账) in the signed-in staff's
// scope: filters by status and overdue, the rows with their due dates and an overdue tag, the
// Excel export of the same filter, and more rows by keyset.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Select, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/problem.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { AdminFrame } from '../admin/AdminFrame.tsx';
import { exportUrl, STATUSES, useLedger, type LedgerFilter, type LedgerRow } from './api.ts';
import { LevelTag, OverdueTag, RectStatusTag } from './RectTags.tsx';
import './rectifications.css';

export function RectificationsPage() {
  const { t } = useI18n();
  return (
    <AdminFrame title={t('rect.title')} lead={t('rect.lead')}>
      <Ledger />
    </AdminFrame>
  );
}

function Ledger() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<LedgerFilter>({});
  const ledger = useLedger(filter);
  const rows = ledger.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <div className="admin-toolbar rect-toolbar">
        <Space wrap size="middle">
          <label className="rect-filter">
            <span>{t('rect.filter.status')}</span>
            <Select
              aria-label={t('rect.filter.status')}
              className="rect-select"
              value={filter.status ?? ''}
              onChange={(v: string) => setFilter((f) => ({ ...f, status: STATUSES.find((s) => s === v) }))}
              options={[
                { value: '', label: t('rect.filter.allStatuses') },
                ...STATUSES.map((s) => ({ value: s, label: t(`rect.status.${s}`) })),
              ]}
            />
          </label>
          <Checkbox
            checked={filter.overdue ?? false}
            onChange={(e) => setFilter((f) => ({ ...f, overdue: e.target.checked }))}
          >
            {t('rect.filter.overdue')}
          </Checkbox>
          <Button
            href={exportUrl(filter)}
            download
            icon={<DownloadOutlined aria-hidden />}
            className="rect-export"
            data-testid="rect-export"
          >
            {t('rect.export')}
          </Button>
        </Space>
      </div>
      {ledger.isPending ? (
        <Loading rows={6} />
      ) : ledger.error instanceof ApiError && ledger.error.status === 403 ? (
        <Alert type="info" showIcon title={t('rect.forbidden')} />
      ) : ledger.isError ? (
        <LoadError error={ledger.error} onRetry={() => void ledger.refetch()} headingLevel={2} />
      ) : (
        <>
          <DataTable<LedgerRow>
            label={t('rect.title')}
            rows={rows}
            rowKey={(r) => r.id}
            testId="rect-ledger"
            empty={t('rect.empty')}
            columns={[
              { key: 'level', title: t('rect.col.level'), render: (r) => <LevelTag level={r.level} /> },
              {
                key: 'item',
                title: t('rect.col.item'),
                render: (r) => (
                  <>
                    {r.itemName ?? '—'}
                    <div className="rect-muted">
                      {t(`rect.kind.${r.kind === 'case' ? 'case' : 'window'}`)}
                    </div>
                  </>
                ),
              },
              { key: 'agency', title: t('rect.col.agency'), render: (r) => r.agencyName },
              {
                key: 'rater',
                title: t('rect.col.rater'),
                render: (r) => (r.rater.anonymous ? t('rect.anonymous') : (r.rater.name ?? '—')),
              },
              {
                key: 'status',
                title: t('rect.col.status'),
                render: (r) => (
                  <>
                    <RectStatusTag status={r.status} />
                    {r.overdue && <OverdueTag />}
                    {r.escalations > 0 && (
                      <div className="rect-muted">{t('rect.escalated', { n: r.escalations })}</div>
                    )}
                  </>
                ),
              },
              { key: 'stepDue', title: t('rect.col.stepDue'), render: (r) => r.stepDue },
              { key: 'finalDue', title: t('rect.col.finalDue'), render: (r) => r.finalDue },
              {
                key: 'open',
                title: t('rect.col.open'),
                render: (r) => (
                  <Link to={`/admin/rectifications/${r.id}`} className="rect-open">
                    {t('rect.open')}
                    <span className="visually-hidden">：{r.itemName ?? r.id}</span>
                  </Link>
                ),
              },
            ]}
          />
          {ledger.hasNextPage && (
            <Button
              className="rect-more"
              onClick={() => void ledger.fetchNextPage()}
              loading={ledger.isFetchingNextPage}
            >
              {t('rect.more')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
