// Single sign-on clients (/admin/oidc-clients): the department systems allowed to sign people in
// with their Tongban identity. The secret is shown once, when a client is registered.
import { Alert, Button, Form, Input } from 'antd';
import { useOidcClients, useRegisterOidcClient, useRemoveOidcClient } from '../../api/oidc-clients.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { AdminFrame } from './AdminFrame.tsx';

interface Row {
  clientId: string;
  name: string;
  redirectUris: string[];
}

export function OidcClientsPage() {
  const { t } = useI18n();
  return (
    <AdminFrame title={t('oidcAdmin.title')} lead={t('oidcAdmin.lead')}>
      <RegisterPanel />
      <ClientList />
    </AdminFrame>
  );
}

function RegisterPanel() {
  const { t } = useI18n();
  const register = useRegisterOidcClient();
  const [form] = Form.useForm<{ name: string; redirectUris: string }>();
  return (
    <section className="admin-panel" aria-labelledby="oidc-new">
      <h2 id="oidc-new" className="section-title">
        {t('oidcAdmin.register')}
      </h2>
      {register.data && (
        <Alert
          className="form-alert"
          type="success"
          showIcon
          title={t('oidcAdmin.secretOnce')}
          description={
            <dl className="oidc-secret">
              <dt>client_id</dt>
              <dd>
                <code>{register.data.clientId}</code>
              </dd>
              <dt>client_secret</dt>
              <dd>
                <code>{register.data.clientSecret}</code>
              </dd>
            </dl>
          }
        />
      )}
      {register.isError && (
        <LoadError error={register.error} onRetry={() => register.reset()} headingLevel={2} />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          register.mutate(
            { name: v.name, redirectUris: v.redirectUris.split(/\s+/).filter(Boolean) },
            { onSuccess: () => form.resetFields() },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('oidcAdmin.name')}
          rules={[{ required: true, message: t('admin.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="redirectUris"
          label={t('oidcAdmin.redirectUris')}
          extra={t('oidcAdmin.redirectHint')}
          rules={[{ required: true, message: t('admin.required') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('oidcAdmin.registerButton')}
        </Button>
      </Form>
    </section>
  );
}

function ClientList() {
  const { t } = useI18n();
  const clients = useOidcClients();
  const remove = useRemoveOidcClient();
  if (clients.isPending) return <Loading rows={4} />;
  if (clients.isError)
    return <LoadError error={clients.error} onRetry={() => void clients.refetch()} headingLevel={2} />;
  return (
    <DataTable<Row>
      label={t('a11y.table', { name: t('oidcAdmin.title') })}
      rowKey={(r) => r.clientId}
      rows={clients.data}
      empty={t('oidcAdmin.empty')}
      columns={[
        { key: 'name', title: t('oidcAdmin.name'), render: (r) => r.name },
        { key: 'id', title: 'client_id', render: (r) => <code>{r.clientId}</code> },
        { key: 'uris', title: t('oidcAdmin.redirectUris'), render: (r) => r.redirectUris.join(' ') },
        {
          key: 'actions',
          title: t('oidcAdmin.actions'),
          render: (r) => (
            <Button
              danger
              size="small"
              loading={remove.isPending && remove.variables === r.clientId}
              onClick={() => remove.mutate(r.clientId)}
            >
              {t('oidcAdmin.remove')}
            </Button>
          ),
        },
      ]}
    />
  );
}
