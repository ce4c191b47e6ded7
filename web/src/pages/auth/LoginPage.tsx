// Portal sign-in (/login) for citizens and enterprise agents; back to ?next= afterwards.
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { Me } from '../../api/identity.ts';
import { useI18n } from '../../i18n/index.ts';
import { AuthFrame } from './AuthFrame.tsx';
import { LoginForm } from './LoginForm.tsx';
import { safeNext } from './next.ts';

export function LoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const done = (me: Me) => {
    const fallback = me.kind === 'staff' ? '/workbench' : '/me';
    void navigate(safeNext(params.get('next'), fallback), { replace: true });
  };
  return (
    <AuthFrame
      title={t('login.title')}
      lead={t('login.lead')}
      footer={
        <>
          <p>
            {t('login.noAccount')} <Link to="/register">{t('account.register')}</Link>
          </p>
          <p>
            <Link to="/workbench/login">{t('login.staffLink')}</Link>
          </p>
        </>
      }
    >
      <LoginForm idPrefix="login" onSignedIn={done} />
    </AuthFrame>
  );
}
