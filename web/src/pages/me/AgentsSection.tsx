// Agents I authorised (我授权的经办人): for each enterprise whose legal representative I am, its
// authorisations (in force, expired, revoked), a revoke action and a form to authorise someone.
import { Alert, Button, Tag } from 'antd';
import { useEnterpriseAgents, useRevokeAgent, type AgentAuthorization } from '../../api/agents.ts';
import type { Me } from '../../api/identity.ts';
import { problemTitle } from '../../api/problem.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { AgentForm } from './AgentForm.tsx';
import { MeSection } from './MeSection.tsx';

type Enterprise = Me['enterprises'][number];

// Active reuses the real-name level 2 green, whose contrast meets WCAG AA (antd's green does not).
const statusTag = {
  active: { className: 'level-tag level-2' },
  expired: { color: 'default' },
  revoked: { color: 'red' },
} as const;

function EnterpriseAgents({ enterprise }: { enterprise: Enterprise }) {
  const { t, lang } = useI18n();
  const agents = useEnterpriseAgents(enterprise.id);
  const revoke = useRevokeAgent(enterprise.id);
  const headingId = `me-agents-${enterprise.id}`;
  const label = t('me.agentsOf', { name: enterprise.name });
  return (
    <section className="me-subsection" aria-labelledby={headingId}>
      <h3 id={headingId} className="me-subsection-title">
        {enterprise.name}
      </h3>
      {agents.isPending && <Loading rows={2} />}
      {agents.isError && <LoadError error={agents.error} onRetry={() => void agents.refetch()} />}
      {revoke.isError && (
        <Alert type="error" showIcon title={problemTitle(revoke.error, lang) ?? t('state.errorNetwork')} />
      )}
      {agents.data && (
        <DataTable<AgentAuthorization>
          label={t('a11y.table', { name: label })}
          rowKey={(row) => row.id}
          rows={agents.data}
          empty={t('me.agentsEmpty')}
          testId={`agents-${enterprise.id}`}
          columns={[
            {
              key: 'agent',
              title: t('me.agent'),
              render: (r) => `${r.agent.name}（${r.agent.username}）`,
            },
            {
              key: 'scope',
              title: t('me.scope'),
              render: (r) => (r.scope === 'all' ? t('me.scopeAll') : `${r.itemCodes.join(', ')}`),
            },
            { key: 'expires', title: t('me.expires'), render: (r) => formatDateTime(r.expiresAt, lang) },
            {
              key: 'status',
              title: t('me.agentStatus'),
              render: (r) => <Tag {...statusTag[r.status]}>{t(`me.agentStatus.${r.status}`)}</Tag>,
            },
            {
              key: 'actions',
              title: t('me.actions'),
              render: (r) =>
                r.status === 'active' ? (
                  <Button
                    aria-label={t('me.agentRevokeLabel', { name: r.agent.name })}
                    size="small"
                    danger
                    loading={revoke.isPending && revoke.variables === r.id}
                    onClick={() => revoke.mutate(r.id)}
                  >
                    {t('me.agentRevoke')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      <AgentForm enterpriseId={enterprise.id} formId={`agent-form-${enterprise.id}`} />
    </section>
  );
}

export function AgentsSection({ me }: { me: Me }) {
  const { t } = useI18n();
  // The server lets the legal representative manage agents acting as themself or for that enterprise.
  const managed = me.enterprises.filter(
    (e) => e.role === 'legal-representative' && (!me.actingFor || me.actingFor.id === e.id),
  );
  if (managed.length === 0) return null;
  return (
    <MeSection id="me-agents" title={t('me.agents')} lead={t('me.agentsLead')}>
      {managed.map((e) => (
        <EnterpriseAgents key={e.id} enterprise={e} />
      ))}
    </MeSection>
  );
}
