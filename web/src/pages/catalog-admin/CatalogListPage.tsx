// /admin/catalog — the implementations the signed-in staff may see (their grants' scope), with
// filters (keyword, agency, item type, state of the latest version) and a panel to create one.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space } from 'antd';
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  useImplementations,
  type CatalogFilter,
  type ImplementationSummary,
} from '../../api/catalog-admin.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AdminFrame } from '../admin/AdminFrame.tsx';
import { AgencyPicker } from './AgencyPicker.tsx';
import { CODE_TABLES } from './codes.ts';
import { useLabels } from './labels.ts';
import { NewImplementationPanel } from './NewImplementationPanel.tsx';
import { StateTag } from './StateTag.tsx';
import './catalog-admin.css';

const STATUSES = ['draft', 'submitted', 'returned', 'approved', 'published', 'retired'] as const;

export function CatalogListPage() {
  const { t } = useLabels();
  return (
    <AdminFrame title={t('ca.title')} lead={t('ca.lead')}>
      <CatalogList />
    </AdminFrame>
  );
}

function CatalogList() {
  const { t, code, state } = useLabels();
  const [filter, setFilter] = useState<CatalogFilter>({});
  const [q, setQ] = useState('');
  const deferredQ = useDeferredValue(q.trim());
  const list = useImplementations({ ...filter, q: deferredQ || undefined });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const set = (key: keyof CatalogFilter) => (value: string | undefined) =>
    setFilter((f) => ({ ...f, [key]: value || undefined }));
  return (
    <>
      <div className="admin-toolbar">
        <Space wrap size="middle">
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            aria-expanded={creating}
            aria-controls="new-implementation"
            onClick={() => setCreating(!creating)}
          >
            {t('ca.new')}
          </Button>
          <Link to="/admin/catalog/review">{t('ca.review')}</Link>
        </Space>
      </div>
      {created && (
        <Alert
          className="form-alert"
          type="success"
          showIcon
          title={<Link to={`/admin/catalog/${created}`}>{t('ca.new.created', { code: created })}</Link>}
        />
      )}
      {creating && (
        <NewImplementationPanel
          onCancel={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            setCreated(c);
          }}
        />
      )}
      <div role="search" className="ca-filters" aria-label={t('ca.filter.label')}>
        <label htmlFor="ca-filter-q">{t('ca.filter.q')}</label>
        <Input id="ca-filter-q" allowClear value={q} onChange={(e) => setQ(e.target.value)} />
        <label htmlFor="ca-filter-agency">{t('ca.filter.agency')}</label>
        <AgencyPicker
          id="ca-filter-agency"
          allowClear
          placeholder={t('ca.filter.any')}
          value={filter.agencyId}
          onChange={set('agencyId')}
        />
        <label htmlFor="ca-filter-type">{t('ca.filter.itemType')}</label>
        <Select
          id="ca-filter-type"
          allowClear
          placeholder={t('ca.filter.any')}
          value={filter.itemType}
          onChange={set('itemType')}
          options={CODE_TABLES.itemType.map((c) => ({ value: c, label: code('itemType', c) }))}
        />
        <label htmlFor="ca-filter-state">{t('ca.filter.state')}</label>
        <Select
          id="ca-filter-state"
          allowClear
          placeholder={t('ca.filter.any')}
          value={filter.state}
          onChange={set('state')}
          options={STATUSES.map((s) => ({ value: s, label: state(s) }))}
        />
      </div>
      {list.isPending && <Loading rows={6} />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} />}
      {list.data && (
        <DataTable<ImplementationSummary>
          label={t('a11y.table', { name: t('ca.title') })}
          rowKey={(r) => r.code}
          testId="catalog-table"
          rows={list.data}
          empty={t('ca.empty')}
          columns={[
            { key: 'code', title: t('ca.col.code'), render: (r) => <code>{r.code}</code> },
            { key: 'name', title: t('ca.col.name'), render: (r) => r.name },
            { key: 'agency', title: t('ca.col.agency'), render: (r) => r.agency.name },
            { key: 'region', title: t('ca.col.region'), render: (r) => r.regionCode },
            { key: 'type', title: t('ca.col.itemType'), render: (r) => code('itemType', r.itemType) },
            {
              key: 'inForce',
              title: t('ca.col.inForce'),
              render: (r) => (r.inForceVersion === null ? '—' : t('ca.versionN', { n: r.inForceVersion })),
            },
            {
              key: 'latest',
              title: t('ca.col.latest'),
              render: (r) => (
                <>
                  {t('ca.versionN', { n: r.latestVersion })} <StateTag state={r.latestState} />
                </>
              ),
            },
            {
              key: 'actions',
              title: t('ca.col.actions'),
              render: (r) => (
                <Link
                  to={`/admin/catalog/${encodeURIComponent(r.code)}`}
                  aria-label={`${t('ca.details')}：${r.name}`}
                >
                  {t('ca.details')}
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
