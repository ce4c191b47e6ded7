// Frame of the working admin pages: staff-only guard, breadcrumb, heading and lead.
import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { RequireAuth } from '../../components/RequireAuth.tsx';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';

interface AdminFrameProps {
  title: string;
  lead?: string;
  trail?: { to: string; title: string }[];
  children: ReactNode;
}

function Frame({ title, lead, trail = [], children }: AdminFrameProps) {
  const { t } = useI18n();
  usePageTitle(`${title} · ${t('admin.title')}`);
  return (
    <div className="container page admin-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/admin">{t('admin.title')}</Link> },
          ...trail.map((c) => ({ title: <Link to={c.to}>{c.title}</Link> })),
          { title },
        ]}
      />
      <h1 className="page-title">{title}</h1>
      {lead && <p className="page-lead">{lead}</p>}
      <div className="admin-body">{children}</div>
    </div>
  );
}

export function AdminFrame(props: AdminFrameProps) {
  return (
    <RequireAuth kind="staff" loginPath="/workbench/login">
      <Frame {...props} />
    </RequireAuth>
  );
}
