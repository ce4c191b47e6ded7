// Enterprises the person may act for: their role, the scope and expiry of an agent's
// authorisation (from /me/authorizations; '—' if that fails) and a shortcut to act for one.
import { Button, Tag } from 'antd';
import { useSwitchIdentity } from '../../api/auth.ts';
import type { Me } from '../../api/identity.ts';
import { useMyAuthorizations } from '../../api/me.ts';
import type { MyAuthorization } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n, type Translate } from '../../i18n/index.ts';
import { MeSection } from './MeSection.tsx';

type Row = Me['enterprises'][number];

function scopeOf(a: MyAuthorization | undefined, t: Translate): string {
  if (!a) return '—';
  return a.scope === 'all' ? t('me.scopeAll') : t('me.scopeListed', { count: a.itemCodes.length });
}

export function EnterprisesSection({ me }: { me: Me }) {
  const { t, lang } = useI18n();
  const switcher = useSwitchIdentity();
  const hasAgency = me.enterprises.some((e) => e.role === 'agent');
  const authorizations = useMyAuthorizations(hasAgency);
  const active = (id: string) =>
    authorizations.data?.find((a) => a.enterprise.id === id && a.status === 'active');
  return (
    <MeSection id="me-enterprises" title={t('me.enterprises')}>
      <DataTable<Row>
        label={t('a11y.table', { name: t('me.enterprises') })}
        rowKey={(row) => row.id}
        rows={me.enterprises}
        empty={t('me.enterprisesEmpty')}
        columns={[
          { key: 'name', title: t('me.enterpriseName'), render: (r) => r.name },
          { key: 'uscc', title: t('me.uscc'), render: (r) => r.uscc },
          { key: 'role', title: t('me.role'), render: (row) => t(`me.role.${row.role}`) },
          { key: 'scope', title: t('me.scope'), render: (row) => scopeOf(active(row.id), t) },
          {
            key: 'expires',
            title: t('me.expires'),
            render: (row) => {
              const a = active(row.id);
              return a ? formatDateTime(a.expiresAt, lang) : '—';
            },
          },
          {
            key: 'act',
            title: t('me.actions'),
            render: (row) =>
              me.actingFor?.id === row.id ? (
                <Tag color="blue">{t('me.acting')}</Tag>
              ) : (
                <Button size="small" loading={switcher.isPending} onClick={() => switcher.mutate(row.id)}>
                  {t('me.actFor')}
                </Button>
              ),
          },
        ]}
      />
    </MeSection>
  );
}
