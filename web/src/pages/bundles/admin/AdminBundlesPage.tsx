// /admin/bundles — the 一件事 definitions in the signed-in staff's scope (lead agency or region),
// each with its versions and their states; a version opens its detail with the workflow.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { DataTable } from '../../../components/DataTable.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/index.ts';
import { AdminFrame } from '../../admin/AdminFrame.tsx';
import { ProblemAlert } from '../../cases/ProblemAlert.tsx';
import { StateTag } from '../../catalog-admin/StateTag.tsx';
import { useAdminBundles, useOpenBundleVersion } from '../api.ts';
import type { AdminBundleSummary } from '../types.ts';
import { useCanEditBundles } from './can-edit.ts';
import '../../catalog-admin/catalog-admin.css';
import '../bundles.css';

export function AdminBundlesPage() {
  const { t } = useI18n();
  return (
    <AdminFrame title={t('bdl.admin.title')} lead={t('bdl.admin.lead')}>
      <BundleList />
    </AdminFrame>
  );
}

function BundleList() {
  const { t } = useI18n();
  const list = useAdminBundles();
  const open = useOpenBundleVersion();
  const navigate = useNavigate();
  const canEdit = useCanEditBundles();
  if (list.isPending) return <Loading rows={6} />;
  if (list.isError)
    return <LoadError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} />;
  const openVersion = (code: string) =>
    open.mutate(code, { onSuccess: (v) => void navigate(`/admin/bundles/versions/${v.id}`) });
  return (
    <>
      <div className="admin-toolbar">
        <Space wrap size="middle">
          {canEdit && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => void navigate('/admin/bundles/new')}
            >
              {t('bdl.ed.create')}
            </Button>
          )}
          <Link to="/admin/bundles/stats">{t('bdl.stats.open')}</Link>
        </Space>
      </div>
      {open.error && <ProblemAlert error={open.error} />}
      {list.data.items.length === 0 ? (
        <Alert type="info" showIcon title={t('bdl.admin.empty')} />
      ) : (
        <DataTable<AdminBundleSummary>
          label={t('bdl.admin.title')}
          rows={list.data.items}
          rowKey={(b) => b.code}
          testId="admin-bundles"
          columns={[
            {
              key: 'code',
              title: t('bdl.admin.code'),
              render: (b) => <span className="bdl-mono">{b.code}</span>,
            },
            { key: 'name', title: t('bdl.admin.name'), render: (b) => b.name },
            { key: 'lead', title: t('bdl.admin.leadAgency'), render: (b) => b.leadAgencyName },
            {
              key: 'versions',
              title: t('bdl.admin.versions'),
              render: (b) => (
                <ul className="bdl-version-list">
                  {b.versions.map((v) => (
                    <li key={v.id}>
                      <Link to={`/admin/bundles/versions/${v.id}`}>
                        {t('bdl.admin.version', { n: v.version })}
                      </Link>{' '}
                      <StateTag state={v.state} />
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              key: 'open',
              title: t('bdl.admin.openVersion'),
              render: (b) => (
                <Button
                  onClick={() => openVersion(b.code)}
                  loading={open.isPending && open.variables === b.code}
                >
                  {t('bdl.admin.openVersion')}
                  <span className="visually-hidden">：{b.name}</span>
                </Button>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
