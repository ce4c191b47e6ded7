// Personal space (/me, 一人一档): my cases, my licenses, my ratings and complaints, profile, enterprises I may act for, agents I authorised,
// sessions, who read my data.
import {
  AppstoreOutlined,
  FileTextOutlined,
  LikeOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Breadcrumb } from 'antd';
import { Link } from 'react-router-dom';
import { useMe } from '../../api/auth.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { AgentsSection } from './AgentsSection.tsx';
import { DataAccessSection } from './DataAccessSection.tsx';
import { EnterprisesSection } from './EnterprisesSection.tsx';
import { MeSection } from './MeSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';

export function MePage() {
  const { t } = useI18n();
  const me = useMe().data;
  usePageTitle(t('me.title'));
  if (!me) return null;
  return (
    <div className="container page me-page">
      <Breadcrumb
        className="breadcrumb"
        items={[{ title: <Link to="/">{t('nav.home')}</Link> }, { title: t('me.title') }]}
      />
      <h1 className="page-title">{t('me.title')}</h1>
      <p className="page-lead">{t('me.lead')}</p>
      {me.kind === 'person' && (
        <MeSection id="me-cases" title={t('cases.me.title')} lead={t('cases.me.lead')}>
          <Link to="/me/cases" className="case-link-button">
            <FileTextOutlined aria-hidden /> {t('cases.me.open')}
          </Link>
        </MeSection>
      )}
      {me.kind === 'person' && (
        <MeSection id="me-bundle-cases" title={t('bdl.me.title')} lead={t('bdl.me.lead')}>
          <Link to="/me/bundle-cases" className="case-link-button">
            <AppstoreOutlined aria-hidden /> {t('bdl.me.open')}
          </Link>
        </MeSection>
      )}
      {me.kind === 'person' && (
        <MeSection id="me-licenses" title={t('lic.me.title')} lead={t('lic.me.lead')}>
          <Link to="/me/licenses" className="case-link-button">
            <SafetyCertificateOutlined aria-hidden /> {t('lic.me.open')}
          </Link>
        </MeSection>
      )}
      {me.kind === 'person' && (
        <MeSection id="me-ratings" title={t('rat.mine.title')} lead={t('rat.mine.lead')}>
          <Link to="/me/ratings" className="case-link-button">
            <LikeOutlined aria-hidden /> {t('rat.mine.title')}
          </Link>
        </MeSection>
      )}
      {me.kind === 'person' && (
        <MeSection id="me-complaints" title={t('cmp.mine.title')} lead={t('cmp.mine.lead')}>
          <Link to="/me/complaints" className="case-link-button">
            <MessageOutlined aria-hidden /> {t('cmp.mine.title')}
          </Link>
        </MeSection>
      )}
      <ProfileSection me={me} />
      {me.kind === 'person' && <EnterprisesSection me={me} />}
      {me.kind === 'person' && <AgentsSection me={me} />}
      <SessionsSection />
      {me.kind === 'person' && <DataAccessSection />}
    </div>
  );
}
