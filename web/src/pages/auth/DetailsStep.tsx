// Registration, step 2: the code from the SMS, name, citizen ID, username and password.
import { Alert, Button, Form, Input } from 'antd';
import { useRegister } from '../../api/auth.ts';
import type { Me, RegisterInput } from '../../api/identity.ts';
import { problemTitle } from '../../api/problem.ts';
import { useI18n } from '../../i18n/index.ts';
import { codePattern, isCitizenId, isStrongPassword, usernamePattern } from './validators.ts';

type Values = Omit<RegisterInput, 'phone' | 'idType'>;

interface DetailsStepProps {
  phone: string;
  onRegistered: (me: Me) => void;
}

export function DetailsStep({ phone, onRegistered }: DetailsStepProps) {
  const { t, lang } = useI18n();
  const register = useRegister();
  const submit = (v: Values) =>
    register.mutate(
      { ...v, phone, idType: '111', name: v.name.trim(), idNumber: v.idNumber.trim().toUpperCase() },
      { onSuccess: onRegistered },
    );
  const check = (ok: (value: string) => boolean, message: string) => ({
    validator: (_: unknown, value: string | undefined) =>
      value && ok(value) ? Promise.resolve() : Promise.reject(new Error(message)),
  });
  return (
    <Form<Values>
      layout="vertical"
      requiredMark={false}
      size="large"
      name="register-details"
      onFinish={submit}
    >
      {register.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(register.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      <Form.Item
        name="code"
        label={t('register.code')}
        rules={[{ required: true, pattern: codePattern, message: t('register.codeInvalid') }]}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('register.name')}
        rules={[{ required: true, whitespace: true, max: 64, message: t('register.nameRequired') }]}
      >
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('register.idNumber')}
        rules={[check(isCitizenId, t('register.idNumberInvalid'))]}
      >
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="username"
        label={t('register.username')}
        rules={[{ required: true, pattern: usernamePattern, message: t('register.usernameInvalid') }]}
      >
        <Input autoComplete="username" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('register.password')}
        rules={[check(isStrongPassword, t('register.passwordInvalid'))]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={register.isPending}>
        {t('register.submit')}
      </Button>
    </Form>
  );
}
