// Registration (/register): phone → code → personal details. The new account is signed in at once.
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';
import { AuthFrame } from './AuthFrame.tsx';
import { DetailsStep } from './DetailsStep.tsx';
import { PhoneStep } from './PhoneStep.tsx';

export function RegisterPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [sent, setSent] = useState<{ phone: string; seconds: number } | null>(null);
  return (
    <AuthFrame
      title={t('register.title')}
      lead={t('register.lead')}
      footer={
        <p>
          {t('register.haveAccount')} <Link to="/login">{t('account.signIn')}</Link>
        </p>
      }
    >
      {sent ? (
        <>
          <Alert
            className="form-alert"
            type="success"
            showIcon
            title={t('register.codeSent', { seconds: sent.seconds })}
            description={sent.phone}
            action={
              <Button size="small" onClick={() => setSent(null)}>
                {t('register.changePhone')}
              </Button>
            }
          />
          <DetailsStep phone={sent.phone} onRegistered={() => void navigate('/me', { replace: true })} />
        </>
      ) : (
        <PhoneStep onSent={(phone, seconds) => setSent({ phone, seconds })} />
      )}
    </AuthFrame>
  );
}
