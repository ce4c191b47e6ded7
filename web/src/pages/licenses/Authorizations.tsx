// 授权用证: the agencies and enterprises the holder let read this license, for a purpose and a
// period; a new authorization, and revoking one (effective at once).
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { ApiError, problemTitle } from '../../api/problem.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { useAuthorizations, useCreateAuthorization, useRevokeAuthorization } from './api.ts';
import { AuthorizationStatusTag } from './LicenseBits.tsx';
import type { AuthorizationBody, LicenseAuthorization } from './types.ts';

const isoDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const inDays = (days: number) => isoDate(new Date(Date.now() + days * 86_400_000));

/** The field messages of a validation problem, in the visitor's language. */
export function fieldMessages(error: unknown, zh: boolean): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const errors = (error.problem?.errors ?? []) as { message: string; messageZh?: string }[];
  return errors.map((e) => (zh ? (e.messageZh ?? e.message) : e.message)).join('；') || undefined;
}

export function Authorizations({ licenseId }: { licenseId: string }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const list = useAuthorizations(licenseId);
  const revoke = useRevokeAuthorization(licenseId);
  return (
    <section className="lic-section" aria-labelledby="lic-auth-title">
      <h2 id="lic-auth-title" className="section-title">
        {t('lic.auth.title')}
      </h2>
      <p className="lic-muted">{t('lic.auth.lead')}</p>
      {list.isPending ? (
        <Loading rows={2} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <DataTable<LicenseAuthorization>
          label={t('a11y.table', { name: t('lic.auth.title') })}
          testId="license-authorizations"
          size="small"
          rows={list.data}
          rowKey={(a) => a.id}
          empty={t('lic.auth.empty')}
          columns={[
            {
              key: 'grantee',
              title: t('lic.auth.grantee'),
              render: (a) => (
                <span lang={zh}>
                  {a.granteeName} <span className="lic-muted lic-mono">{a.granteeId}</span>
                </span>
              ),
            },
            {
              key: 'purpose',
              title: t('lic.auth.purpose'),
              render: (a) => <span lang={zh}>{a.purpose}</span>,
            },
            {
              key: 'period',
              title: t('lic.auth.period'),
              render: (a) => t('lic.validRange', { from: a.validFrom, to: a.validTo }),
            },
            {
              key: 'status',
              title: t('lic.auth.status'),
              render: (a) => <AuthorizationStatusTag status={a.status} />,
            },
            {
              key: 'action',
              title: t('lic.auth.action'),
              render: (a) =>
                a.status === 'active' ? (
                  <Button
                    danger
                    onClick={() => revoke.mutate(a.id)}
                    loading={revoke.isPending && revoke.variables === a.id}
                    aria-label={t('lic.auth.revokeNamed', { name: a.granteeName })}
                  >
                    {t('lic.auth.revoke')}
                  </Button>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
      {revoke.isError && (
        <Alert
          className="lic-alert"
          type="error"
          showIcon
          title={problemTitle(revoke.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      <AuthorizationForm licenseId={licenseId} />
    </section>
  );
}

function AuthorizationForm({ licenseId }: { licenseId: string }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<AuthorizationBody>();
  const create = useCreateAuthorization(licenseId);
  const [done, setDone] = useState<string | null>(null);
  const required = [{ required: true, whitespace: true, message: t('lic.required') }];
  const submit = (values: AuthorizationBody) => {
    setDone(null);
    create.mutate(
      { ...values, granteeId: values.granteeId.trim(), purpose: values.purpose.trim() },
      {
        onSuccess: (created) => {
          setDone(created.granteeName);
          form.resetFields();
        },
      },
    );
  };
  return (
    <div className="lic-subform">
      <h3 className="lic-subtitle">{t('lic.auth.new')}</h3>
      <Form<AuthorizationBody>
        form={form}
        name="license-authorization"
        layout="vertical"
        onFinish={submit}
        initialValues={{ granteeType: 'agency', validFrom: inDays(0), validTo: inDays(30) }}
        className="lic-form"
      >
        <Form.Item name="granteeType" label={t('lic.auth.granteeType')}>
          <Radio.Group
            options={[
              { value: 'agency', label: t('lic.auth.agency') },
              { value: 'enterprise', label: t('lic.auth.enterprise') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="granteeId"
          label={t('lic.auth.granteeId')}
          extra={t('lic.auth.granteeIdHint')}
          rules={required}
        >
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('lic.auth.purpose')}
          rules={[...required, { min: 2, message: t('lic.purposeShort') }]}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <div className="lic-form-row">
          <Form.Item name="validFrom" label={t('lic.auth.from')} rules={required}>
            <Input type="date" min={inDays(0)} />
          </Form.Item>
          <Form.Item name="validTo" label={t('lic.auth.to')} rules={required}>
            <Input type="date" min={inDays(0)} />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('lic.auth.submit')}
        </Button>
      </Form>
      {create.isError && (
        <Alert
          className="lic-alert"
          type="error"
          showIcon
          title={problemTitle(create.error, lang) ?? t('state.errorNetwork')}
          description={fieldMessages(create.error, lang === 'zh-CN')}
        />
      )}
      {done && (
        <Alert className="lic-alert" type="success" showIcon title={t('lic.auth.done', { name: done })} />
      )}
    </div>
  );
}
