// Single sign-on for department systems (/oidc-login?uid=…): the provider sends the browser here;
// the signed-in person sees which system asks for what, as whom they will appear, and allows or
// denies. RequireAuth has already sent anyone not signed in through the login page and back.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/auth.ts';
import { call } from '../../api/http.ts';
import type { GetOk } from '../../api/types.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { AuthFrame } from './AuthFrame.tsx';

type Interaction = GetOk<'/api/v1/oidc/interactions/{uid}'>;
const SCOPE_KEYS: Record<string, MessageKey> = {
  openid: 'oidc.scope.openid',
  profile: 'oidc.scope.profile',
  tongban: 'oidc.scope.tongban',
};

export function OidcLoginPage() {
  const { t } = useI18n();
  const uid = useSearchParams()[0].get('uid') ?? '';
  const me = useMe().data;
  const path = `/api/v1/oidc/interactions/${encodeURIComponent(uid)}`;
  const interaction = useQuery({
    queryKey: ['oidc-interaction', uid],
    queryFn: ({ signal }) => call<Interaction>('GET', path, undefined, signal),
    retry: false,
  });
  const finish = useMutation({
    mutationFn: (action: 'complete' | 'abort') =>
      call<{ redirectTo: string }>('POST', `${path}/${action}`, {}),
    onSuccess: ({ redirectTo }) => window.location.assign(redirectTo),
  });

  const actingAs = me?.actingFor ? t('identity.actingAs', { name: me.actingFor.name }) : (me?.name ?? '');
  return (
    <AuthFrame
      title={t('oidc.title')}
      lead={interaction.data ? t('oidc.lead', { client: interaction.data.clientName }) : ''}
    >
      {interaction.isPending && <Loading rows={3} />}
      {interaction.isError && (
        <LoadError error={interaction.error} onRetry={() => void interaction.refetch()} headingLevel={2} />
      )}
      {interaction.data && (
        <>
          <p>{t('oidc.receives')}</p>
          <ul className="oidc-scopes">
            {interaction.data.scopes.map((scope) => (
              <li key={scope}>{SCOPE_KEYS[scope] ? t(SCOPE_KEYS[scope]) : scope}</li>
            ))}
          </ul>
          <p className="oidc-identity">
            <strong>{t('oidc.signedInAs', { name: actingAs })}</strong>
          </p>
          {finish.isError && (
            <LoadError error={finish.error} onRetry={() => finish.reset()} headingLevel={2} />
          )}
          <Space>
            <Button
              type="primary"
              size="large"
              loading={finish.isPending}
              onClick={() => finish.mutate('complete')}
            >
              {t('oidc.allow')}
            </Button>
            <Button size="large" disabled={finish.isPending} onClick={() => finish.mutate('abort')}>
              {t('oidc.deny')}
            </Button>
          </Space>
        </>
      )}
    </AuthFrame>
  );
}
