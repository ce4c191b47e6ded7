// One staff member (/admin/staff/:id): their grants with revoke, and a panel to grant a role.
import { Alert, Button, Descriptions } from 'antd';
import { useParams } from 'react-router-dom';
import type { StaffGrant } from '../../api/types.ts';
import { problemTitle } from '../../api/problem.ts';
import { useRevokeGrant, useStaffMember } from '../../api/staff.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.ts';
import { scopeText } from '../workbench/StaffCard.tsx';
import { AdminFrame } from './AdminFrame.tsx';
import { GrantRolePanel } from './GrantRolePanel.tsx';

export function StaffDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const member = useStaffMember(id);
  const title = t('admin.staffDetail', { name: member.data?.name ?? '…' });
  return (
    <AdminFrame title={title} trail={[{ to: '/admin/staff', title: t('admin.staff') }]}>
      {member.isPending && <Loading rows={6} />}
      {member.isError && (
        <LoadError error={member.error} onRetry={() => void member.refetch()} headingLevel={2} />
      )}
      {member.data && (
        <>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            className="me-descriptions"
            items={[
              { key: 'username', label: t('me.username'), children: member.data.username },
              { key: 'agency', label: t('staff.agency'), children: member.data.agencyId },
              { key: 'venue', label: t('staff.venue'), children: member.data.venueId ?? '—' },
              { key: 'window', label: t('staff.window'), children: member.data.windowCode ?? '—' },
            ]}
          />
          <Grants staffId={id} grants={member.data.grants ?? []} />
          <GrantRolePanel staffId={id} />
        </>
      )}
    </AdminFrame>
  );
}

function Grants({ staffId, grants }: { staffId: string; grants: StaffGrant[] }) {
  const { t, lang } = useI18n();
  const revoke = useRevokeGrant(staffId);
  return (
    <section className="admin-section" aria-labelledby="grants-title">
      <h2 id="grants-title" className="section-title">
        {t('staff.grants')}
      </h2>
      {revoke.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(revoke.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      <DataTable<StaffGrant>
        label={t('a11y.table', { name: t('staff.grants') })}
        rowKey={(row) => row.id}
        rows={grants}
        empty={t('admin.noGrants')}
        columns={[
          {
            key: 'role',
            title: t('admin.role'),
            render: (g) => (lang === 'zh-CN' ? g.roleNameZh : g.roleNameEn),
          },
          { key: 'scope', title: t('staff.scope'), render: (g) => scopeText(g, t) },
          {
            key: 'actions',
            title: t('me.actions'),
            render: (g) => (
              <Button size="small" danger loading={revoke.isPending} onClick={() => revoke.mutate(g.id)}>
                {t('admin.revokeGrant')}
              </Button>
            ),
          },
        ]}
      />
    </section>
  );
}
