// Username and password, then — when the server asks for it — the 6-digit authenticator code.
// Errors show the server's problem title in the visitor's language.
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useLogin } from '../../api/auth.ts';
import type { Me } from '../../api/identity.ts';
import { problemCode, problemTitle } from '../../api/problem.ts';
import { useI18n } from '../../i18n/index.ts';

interface Values {
  username: string;
  password: string;
  totp?: string;
}

export function LoginForm({ onSignedIn, idPrefix }: { onSignedIn: (me: Me) => void; idPrefix: string }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const login = useLogin();
  const [needTotp, setNeedTotp] = useState(false);
  const code = problemCode(login.error);
  const showError = login.isError && code !== 'SECOND_FACTOR_REQUIRED';

  const submit = (values: Values) => {
    login.mutate(
      { username: values.username.trim(), password: values.password, ...(needTotp && { totp: values.totp }) },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (problemCode(error) === 'SECOND_FACTOR_REQUIRED') setNeedTotp(true);
        },
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      name={idPrefix}
      size="large"
    >
      {showError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(login.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" disabled={needTotp} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined aria-hidden />}
          autoComplete="current-password"
          disabled={needTotp}
        />
      </Form.Item>
      {needTotp && (
        <Form.Item
          name="totp"
          label={t('login.totp')}
          extra={t('login.totpHint')}
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.totpInvalid') }]}
        >
          <Input
            autoFocus
            prefix={<SafetyOutlined aria-hidden />}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {needTotp ? t('login.verify') : t('login.submit')}
      </Button>
    </Form>
  );
}
