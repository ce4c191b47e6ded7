// Frame of the staff license look-up pages: staff sign-in guard, breadcrumb and a notice when
// the signed-in staff member lacks license.lookup (the server refuses anyway).
import { Alert, Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import { RequireAuth } from '../../../components/RequireAuth.tsx';
import { useI18n } from '../../../i18n/index.ts';
import '../../licenses/licenses.css';

interface FrameProps {
  current?: string;
  children: ReactNode;
}

export function LicensesFrame(props: FrameProps) {
  return (
    <RequireAuth kind="staff" loginPath="/workbench/login">
      <Frame {...props} />
    </RequireAuth>
  );
}

function Frame({ current, children }: FrameProps) {
  const { t } = useI18n();
  const me = useMe().data;
  const allowed = me?.grants.some((g) => g.permission === 'license.lookup') ?? false;
  const lookup = current ? (
    <Link to="/workbench/licenses">{t('lic.lookup.title')}</Link>
  ) : (
    t('lic.lookup.title')
  );
  return (
    <div className="container page lic-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/workbench">{t('workbench.title')}</Link> },
          { title: lookup },
          ...(current ? [{ title: current }] : []),
        ]}
      />
      {allowed ? children : <Alert type="warning" showIcon title={t('lic.lookup.forbidden')} />}
    </div>
  );
}
