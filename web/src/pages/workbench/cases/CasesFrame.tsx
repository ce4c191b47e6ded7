// Frame of the staff case pages: staff sign-in guard, breadcrumb (home › workbench › queue › page)
// and the page title.
import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { RequireAuth } from '../../../components/RequireAuth.tsx';
import { useI18n } from '../../../i18n/index.ts';
import './cases.css';

interface CasesFrameProps {
  /** The current page's crumb; absent on the queue itself. */
  current?: string;
  children: ReactNode;
}

export function CasesFrame({ current, children }: CasesFrameProps) {
  return (
    <RequireAuth kind="staff" loginPath="/workbench/login">
      <Frame current={current}>{children}</Frame>
    </RequireAuth>
  );
}

function Frame({ current, children }: CasesFrameProps) {
  const { t } = useI18n();
  const queue = current ? <Link to="/workbench/cases">{t('wc.queue.title')}</Link> : t('wc.queue.title');
  return (
    <div className="container page wc-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/workbench">{t('workbench.title')}</Link> },
          { title: queue },
          ...(current ? [{ title: current }] : []),
        ]}
      />
      {children}
    </div>
  );
}
