// Staff accounts (/admin/staff): the list, and an inline panel to create one.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { StaffSummary } from '../../api/types.ts';
import { useStaffList } from '../../api/staff.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.ts';
import { AdminFrame } from './AdminFrame.tsx';
import { NewStaffPanel } from './NewStaffPanel.tsx';

export function StaffListPage() {
  const { t } = useI18n();
  return (
    <AdminFrame title={t('admin.staff')} lead={t('admin.staffLead')}>
      <StaffList />
    </AdminFrame>
  );
}

function StaffList() {
  const { t } = useI18n();
  const staff = useStaffList();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <div className="admin-toolbar">
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          aria-expanded={creating}
          aria-controls="new-staff"
          onClick={() => setCreating(!creating)}
        >
          {t('admin.newStaff')}
        </Button>
      </div>
      {created && (
        <Alert className="form-alert" type="success" showIcon title={t('admin.created', { name: created })} />
      )}
      {creating && (
        <NewStaffPanel
          onCancel={() => setCreating(false)}
          onCreated={(name) => {
            setCreating(false);
            setCreated(name);
          }}
        />
      )}
      {staff.isPending && <Loading rows={6} />}
      {staff.isError && (
        <LoadError error={staff.error} onRetry={() => void staff.refetch()} headingLevel={2} />
      )}
      {staff.data && (
        <DataTable<StaffSummary>
          label={t('a11y.table', { name: t('admin.staff') })}
          rowKey={(row) => row.id}
          testId="staff-table"
          rows={staff.data}
          empty={t('admin.staffEmpty')}
          columns={[
            { key: 'name', title: t('staff.name'), render: (r) => r.name },
            { key: 'username', title: t('me.username'), render: (s) => <code>{s.username}</code> },
            { key: 'agency', title: t('staff.agency'), render: (r) => r.agencyId },
            { key: 'venue', title: t('staff.venue'), render: (s) => s.venueId ?? '—' },
            {
              key: 'mfa',
              title: t('staff.secondFactor'),
              render: (s) =>
                s.secondFactorEnrolled ? t('staff.secondFactorOn') : t('staff.secondFactorOff'),
            },
            {
              key: 'actions',
              title: t('me.actions'),
              render: (s) => (
                <Link
                  to={`/admin/staff/${encodeURIComponent(s.id)}`}
                  aria-label={`${t('admin.details')}：${s.name}`}
                >
                  {t('admin.details')}
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
