// Registration, step 1: the mobile number and a verification code sent to it.
import { MobileOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useSendCode } from '../../api/auth.ts';
import { problemTitle } from '../../api/problem.ts';
import { useI18n } from '../../i18n/index.ts';
import { phonePattern } from './validators.ts';

export function PhoneStep({ onSent }: { onSent: (phone: string, seconds: number) => void }) {
  const { t, lang } = useI18n();
  const send = useSendCode();
  const submit = ({ phone }: { phone: string }) =>
    send.mutate(phone, { onSuccess: (r) => onSent(phone, r.expiresInSeconds) });
  return (
    <Form<{ phone: string }>
      layout="vertical"
      requiredMark={false}
      size="large"
      name="register-phone"
      onFinish={submit}
    >
      {send.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(send.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      <Form.Item
        name="phone"
        label={t('register.phone')}
        rules={[{ required: true, pattern: phonePattern, message: t('register.phoneInvalid') }]}
      >
        <Input prefix={<MobileOutlined aria-hidden />} inputMode="tel" autoComplete="tel" maxLength={11} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={send.isPending}>
        {t('register.sendCode')}
      </Button>
    </Form>
  );
}
