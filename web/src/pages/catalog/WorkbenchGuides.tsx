// The window workbench's guide lookup (/workbench/guides and /workbench/guides/:code): the same
// search and the same GuideView as the portal, inside the workbench frame, for staff only.
import { PrinterOutlined } from '@ant-design/icons';
import { Breadcrumb, Button } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RequireAuth } from '../../components/RequireAuth.tsx';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { GuideView } from './guide/GuideView.tsx';
import { useGuidePage } from './guide/useGuidePage.ts';
import { SearchBox } from './search/SearchBox.tsx';
import { SearchFilters } from './search/SearchFilters.tsx';
import { SearchResults } from './search/SearchResults.tsx';
import { useSearchFilter } from './useSearchFilter.ts';

function WorkbenchFrame({ current, children }: { current?: string; children: ReactNode }) {
  const { t } = useI18n();
  const lookup = current ? <Link to="/workbench/guides">{t('wbGuide.title')}</Link> : t('wbGuide.title');
  return (
    <RequireAuth kind="staff" loginPath="/workbench/login">
      <div className="container page workbench-guides">
        <Breadcrumb
          className="breadcrumb"
          items={[
            { title: <Link to="/">{t('nav.home')}</Link> },
            { title: <Link to="/workbench">{t('workbench.title')}</Link> },
            { title: lookup },
            ...(current ? [{ title: current }] : []),
          ]}
        />
        {children}
      </div>
    </RequireAuth>
  );
}

export function WorkbenchGuideSearchPage() {
  const { t } = useI18n();
  const state = useSearchFilter();
  usePageTitle(`${t('wbGuide.title')} · ${t('workbench.title')}`);
  return (
    <WorkbenchFrame>
      <h1 className="page-title">{t('wbGuide.title')}</h1>
      <p className="page-lead">{t('wbGuide.lead')}</p>
      <SearchBox query={state.filter.q} onSearch={(q) => state.setFilter({ q })} />
      <SearchFilters state={state} />
      <SearchResults filter={state.filter} active={state.active} guidePath="/workbench/guides" />
    </WorkbenchFrame>
  );
}

export function WorkbenchGuidePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { code, guide, situation, notFound } = useGuidePage(t('workbench.title'));
  if (notFound) return <NotFoundPage title={t('guide.notFound')} />;
  return (
    <WorkbenchFrame current={guide.data?.content.name ?? '…'}>
      {guide.isPending && <Loading rows={10} />}
      {guide.isError && (
        <LoadError error={guide.error} onRetry={() => void guide.refetch()} headingLevel={2} />
      )}
      {guide.data && (
        <GuideView
          guide={guide.data}
          situation={situation}
          actions={
            <Button
              icon={<PrinterOutlined aria-hidden />}
              onClick={() => void navigate(`/guides/${code}/print${situation.search}`)}
            >
              {t('guide.print')}
            </Button>
          }
        />
      )}
    </WorkbenchFrame>
  );
}
