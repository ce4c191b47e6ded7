// Shared frame of the staff workbench and the admin console: heading, description, a section
// menu and the selected section's planned features. Sections are routes (/workbench/accept).
import { Alert, Breadcrumb, Menu, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import type { SectionText } from '../../i18n/areas.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';

export interface AreaSection {
  key: string;
  icon: ReactNode;
  text: SectionText;
}

interface AreaPageProps {
  basePath: string;
  title: MessageKey;
  description: MessageKey;
  notice: MessageKey;
  sections: AreaSection[];
  /** Shown between the notice and the section menu (e.g. the signed-in staff member). */
  children?: ReactNode;
}

export function AreaPage({ basePath, title, description, notice, sections, children }: AreaPageProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { section: sectionKey } = useParams();
  const current = sections.find((s) => s.key === sectionKey) ?? sections[0];
  usePageTitle(current ? `${current.text.title} · ${t(title)}` : t(title));

  return (
    <div className="container page area-page">
      <Breadcrumb
        className="breadcrumb"
        items={[{ title: <Link to="/">{t('nav.home')}</Link> }, { title: t(title) }]}
      />
      <h1 className="page-title">
        {t(title)} <Tag className="title-tag">{t('area.soon')}</Tag>
      </h1>
      <p className="page-lead">{t(description)}</p>
      <Alert className="area-notice" type="info" showIcon title={t(notice)} />
      {children}
      <div className="area-layout">
        <nav className="area-nav" aria-label={`${t(title)} · ${t('area.sectionsLabel')}`}>
          <Menu
            mode="inline"
            selectedKeys={current ? [current.key] : []}
            items={sections.map((s) => ({ key: s.key, icon: s.icon, label: s.text.title }))}
            onClick={({ key }) => void navigate(`${basePath}/${key}`)}
          />
        </nav>
        {current && (
          <section className="area-panel" aria-labelledby="area-section-title">
            <h2 id="area-section-title" className="section-title">
              {current.text.title}
            </h2>
            <p>{current.text.description}</p>
            <h3 className="planned-title">{t('area.plannedTitle')}</h3>
            <ul className="planned-list">
              {current.text.features.map((feature) => (
                <li key={feature}>{feature}</li>
              ))}
            </ul>
            <Link to="/">← {t('area.backHome')}</Link>
          </section>
        )}
      </div>
    </div>
  );
}
