// Portal service guide (/guides/:code): the published guide with situation questions, and a
// print button that opens the A4 print view with the same answers.
import { FormOutlined, PrinterOutlined } from '@ant-design/icons';
import { Breadcrumb, Button } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { GuideView } from './guide/GuideView.tsx';
import { appliesOnline } from './guide/HandlingSection.tsx';
import { useGuidePage } from './guide/useGuidePage.ts';

export function GuidePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { code, guide, situation, notFound } = useGuidePage();
  if (notFound) return <NotFoundPage title={t('guide.notFound')} />;
  return (
    <div className="container page guide-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/search">{t('search.title')}</Link> },
          { title: guide.data?.content.name ?? '…' },
        ]}
      />
      {guide.isPending && <Loading rows={10} />}
      {guide.isError && (
        <LoadError error={guide.error} onRetry={() => void guide.refetch()} headingLevel={2} />
      )}
      {guide.data && (
        <GuideView
          guide={guide.data}
          situation={situation}
          linkVenues
          applyPath={`/apply/${code}${situation.search}`}
          actions={
            <>
              {appliesOnline(guide.data.content) && (
                <Button
                  type="primary"
                  icon={<FormOutlined aria-hidden />}
                  onClick={() => void navigate(`/apply/${code}${situation.search}`)}
                >
                  {t('cases.guide.apply')}
                </Button>
              )}
              <Button
                icon={<PrinterOutlined aria-hidden />}
                onClick={() => void navigate(`/guides/${code}/print${situation.search}`)}
              >
                {t('guide.print')}
              </Button>
            </>
          }
        />
      )}
    </div>
  );
}
