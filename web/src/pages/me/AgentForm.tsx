// The inline form a legal representative uses to authorise a person as an agent of the enterprise:
// all services or listed service codes, until the end of a chosen day (a native date input).
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useAuthorizeAgent } from '../../api/agents.ts';
import { ApiError, problemTitle } from '../../api/problem.ts';
import { useI18n } from '../../i18n/index.ts';

interface Values {
  username: string;
  scope: 'all' | 'listed';
  itemCodes?: string;
  expires: string;
}

const isoDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function inYears(years: number, days = 0): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() + years);
  d.setDate(d.getDate() + days);
  return isoDate(d);
}

/** The field messages of a validation problem, in the visitor's language. */
function fieldMessages(error: unknown, zh: boolean): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const errors = (error.problem?.errors ?? []) as { message: string; messageZh?: string }[];
  const text = errors.map((e) => (zh ? (e.messageZh ?? e.message) : e.message)).join('；');
  return text || undefined;
}

export function AgentForm({ enterpriseId, formId }: { enterpriseId: string; formId: string }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const scope = Form.useWatch('scope', form);
  const authorize = useAuthorizeAgent(enterpriseId);
  const [done, setDone] = useState<string | null>(null);
  const required = [{ required: true, whitespace: true, message: t('me.agentRequired') }];

  const submit = (values: Values) => {
    setDone(null);
    const itemCodes =
      values.scope === 'listed'
        ? (values.itemCodes ?? '')
            .split(/[,，\s]+/)
            .map((c) => c.trim())
            .filter(Boolean)
        : undefined;
    authorize.mutate(
      {
        username: values.username.trim(),
        scope: values.scope,
        ...(itemCodes ? { itemCodes } : {}),
        expiresAt: new Date(`${values.expires}T23:59:59`).toISOString(),
      },
      {
        onSuccess: (created) => {
          setDone(created.agent.name);
          form.resetFields();
        },
      },
    );
  };

  return (
    <div className="agent-form">
      <h4 className="agent-form-title">{t('me.agentAdd')}</h4>
      <Form<Values>
        form={form}
        name={formId}
        layout="inline"
        onFinish={submit}
        initialValues={{ scope: 'all', expires: inYears(1) }}
      >
        <Form.Item name="username" label={t('me.agentUsername')} rules={required}>
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item name="scope" label={t('me.agentScope')}>
          <Radio.Group
            options={[
              { value: 'all', label: t('me.scopeAll') },
              { value: 'listed', label: t('me.agentScopeListed') },
            ]}
          />
        </Form.Item>
        {scope === 'listed' && (
          <Form.Item name="itemCodes" label={t('me.agentItemCodes')} rules={required}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="expires" label={t('me.agentExpires')} rules={required}>
          <Input type="date" min={inYears(0, 1)} max={inYears(5)} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={authorize.isPending}>
            {t('me.agentAuthorize')}
          </Button>
        </Form.Item>
      </Form>
      {authorize.isError && (
        <Alert
          type="error"
          showIcon
          title={problemTitle(authorize.error, lang) ?? t('state.errorNetwork')}
          description={fieldMessages(authorize.error, lang === 'zh-CN')}
        />
      )}
      {done && <Alert type="success" showIcon title={t('me.agentAuthorized', { name: done })} />}
    </div>
  );
}
