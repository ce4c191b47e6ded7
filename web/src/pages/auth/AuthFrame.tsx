// The frame of the sign-in and registration pages: breadcrumb, a centred card with the heading.
import type { ReactNode } from 'react';
import { Breadcrumb } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';

interface AuthFrameProps {
  title: string;
  lead: string;
  variant?: 'portal' | 'staff';
  children: ReactNode;
  footer?: ReactNode;
}

export function AuthFrame({ title, lead, variant = 'portal', children, footer }: AuthFrameProps) {
  const { t } = useI18n();
  usePageTitle(title);
  return (
    <div className="container page">
      <Breadcrumb
        className="breadcrumb"
        items={[{ title: <Link to="/">{t('nav.home')}</Link> }, { title }]}
      />
      <div className={`auth-card auth-${variant}`}>
        <h1 className="page-title">{title}</h1>
        <p className="auth-lead">{lead}</p>
        {children}
        {footer && <div className="auth-footer">{footer}</div>}
      </div>
    </div>
  );
}
