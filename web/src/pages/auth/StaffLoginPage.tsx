// Staff sign-in (/workbench/login): the same form, for staff accounts only, with the second factor.
import { Alert } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useLogout } from '../../api/auth.ts';
import type { Me } from '../../api/identity.ts';
import { useI18n } from '../../i18n/index.ts';
import { AuthFrame } from './AuthFrame.tsx';
import { LoginForm } from './LoginForm.tsx';
import { safeNext } from './next.ts';

export function StaffLoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const logout = useLogout();
  const [notStaff, setNotStaff] = useState(false);
  const done = (me: Me) => {
    if (me.kind !== 'staff') {
      // A citizen's session must not linger behind a staff sign-in page.
      setNotStaff(true);
      logout.mutate();
      return;
    }
    void navigate(safeNext(params.get('next'), '/workbench'), { replace: true });
  };
  return (
    <AuthFrame
      variant="staff"
      title={t('login.staffTitle')}
      lead={t('login.staffLead')}
      footer={<Link to="/login">{t('login.portalLink')}</Link>}
    >
      {notStaff && <Alert className="form-alert" type="warning" showIcon title={t('login.notStaff')} />}
      <LoginForm idPrefix="staff-login" onSignedIn={done} />
    </AuthFrame>
  );
}
