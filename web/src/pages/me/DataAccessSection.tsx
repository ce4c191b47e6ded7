// Who read my personal data (unmasked reads from the audit log, with their stated purpose).
import {} from 'antd';
import type { DataAccessItem } from '../../api/types.ts';
import { useDataAccess } from '../../api/me.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.ts';
import { MeSection } from './MeSection.tsx';

export function DataAccessSection() {
  const { t, lang } = useI18n();
  const access = useDataAccess();
  return (
    <MeSection id="me-data-access" title={t('me.dataAccess')} lead={t('me.dataAccessLead')}>
      {access.isPending && <Loading />}
      {access.isError && <LoadError error={access.error} onRetry={() => void access.refetch()} />}
      {access.data && (
        <DataTable<DataAccessItem>
          label={t('a11y.table', { name: t('me.dataAccess') })}
          rowKey={(row) => row.id}
          rows={access.data.items}
          empty={t('me.dataAccessEmpty')}
          columns={[
            {
              key: 'time',
              title: t('me.accessTime'),
              render: (r) => formatDateTime(r.occurredAt, lang),
            },
            { key: 'actor', title: t('me.accessActor'), render: (r) => r.actorName ?? '—' },
            { key: 'action', title: t('me.accessAction'), render: (r) => r.action },
            { key: 'purpose', title: t('me.accessPurpose'), render: (r) => r.purpose },
          ]}
        />
      )}
    </MeSection>
  );
}
