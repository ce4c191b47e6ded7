// The account's live sessions; any but the current one can be ended here.
import { Alert, Button, Tag } from 'antd';
import type { SessionItem } from '../../api/identity.ts';
import { useRevokeSession, useSessions } from '../../api/me.ts';
import { problemTitle } from '../../api/problem.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/index.ts';
import { MeSection } from './MeSection.tsx';

export function SessionsSection() {
  const { t, lang } = useI18n();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  return (
    <MeSection id="me-sessions" title={t('me.sessions')}>
      {sessions.isPending && <Loading />}
      {sessions.isError && <LoadError error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {revoke.isError && (
        <Alert type="error" showIcon title={problemTitle(revoke.error, lang) ?? t('state.errorNetwork')} />
      )}
      {sessions.data && (
        <DataTable<SessionItem>
          label={t('a11y.table', { name: t('me.sessions') })}
          rowKey={(row) => row.id}
          rows={sessions.data}
          testId="session-table"
          columns={[
            {
              key: 'created',
              title: t('me.sessionCreated'),
              render: (s) => (
                <>
                  {formatDateTime(s.createdAt, lang)}{' '}
                  {s.current && <Tag color="blue">{t('me.sessionCurrent')}</Tag>}
                </>
              ),
            },
            {
              key: 'seen',
              title: t('me.sessionLastSeen'),
              render: (s) => formatDateTime(s.lastSeenAt, lang),
            },
            { key: 'origin', title: t('me.sessionOrigin'), render: (s) => s.origin ?? '—' },
            {
              key: 'agent',
              title: t('me.sessionAgent'),
              render: (s) => <span className="user-agent">{s.userAgent ?? '—'}</span>,
            },
            {
              key: 'actions',
              title: t('me.actions'),
              render: (s) =>
                s.current ? null : (
                  <Button
                    aria-label={`${t('me.revoke')}：${formatDateTime(s.createdAt, lang)}`}
                    size="small"
                    danger
                    loading={revoke.isPending}
                    onClick={() => revoke.mutate(s.id)}
                  >
                    {t('me.revoke')}
                  </Button>
                ),
            },
          ]}
        />
      )}
    </MeSection>
  );
}
