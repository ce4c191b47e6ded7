// Roles and the permissions each carries (/admin/roles).
import { Tag } from 'antd';
import type { Role } from '../../api/types.ts';
import { useRoles } from '../../api/staff.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.ts';
import { AdminFrame } from './AdminFrame.tsx';

export function RolesPage() {
  const { t } = useI18n();
  return (
    <AdminFrame title={t('admin.roles')} lead={t('admin.rolesLead')}>
      <RolesTable />
    </AdminFrame>
  );
}

function RolesTable() {
  const { t, lang } = useI18n();
  const roles = useRoles();
  if (roles.isPending) return <Loading rows={6} />;
  if (roles.isError)
    return <LoadError error={roles.error} onRetry={() => void roles.refetch()} headingLevel={2} />;
  return (
    <DataTable<Role>
      label={t('a11y.table', { name: t('admin.roles') })}
      rowKey={(row) => row.id}
      rows={roles.data}
      columns={[
        {
          key: 'name',
          title: t('admin.roleName'),
          render: (r) => (lang === 'zh-CN' ? r.nameZh : r.nameEn),
        },
        { key: 'id', title: t('admin.roleId'), render: (r) => <code>{r.id}</code> },
        {
          key: 'permissions',
          title: t('admin.permissions'),
          render: (r) => r.permissions.map((p) => <Tag key={p}>{p}</Tag>),
        },
      ]}
    />
  );
}
