// The bundle wizard's page (/bundles/:code/apply, signed in): loads the guide and the account,
// then hands over to the wizard (BundleWizard.tsx).
import { Breadcrumb } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMe } from '../../api/auth.ts';
import { ApiError } from '../../api/problem.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { useBundleGuide } from './api.ts';
import { BundleWizard } from './BundleWizard.tsx';
import '../cases/cases.css';
import './bundles.css';

export function BundleApplyPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const guide = useBundleGuide(code);
  const me = useMe();
  usePageTitle(guide.data ? t('bdl.apply.title', { name: guide.data.name }) : t('bdl.apply.titleShort'));
  if (guide.error instanceof ApiError && [400, 404].includes(guide.error.status))
    return <NotFoundPage title={t('bdl.guide.notFound')} />;
  return (
    <div className="container page apply-page bdl-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/bundles">{t('bdl.title')}</Link> },
          {
            title: guide.data ? (
              <Link to={`/bundles/${encodeURIComponent(code)}`}>{guide.data.name}</Link>
            ) : (
              '…'
            ),
          },
          { title: t('bdl.apply.titleShort') },
        ]}
      />
      {guide.isError ? (
        <>
          <h1 className="page-title">{t('bdl.apply.titleShort')}</h1>
          <LoadError error={guide.error} onRetry={() => void guide.refetch()} headingLevel={2} />
        </>
      ) : !guide.data || !me.data ? (
        <Loading rows={10} />
      ) : (
        <BundleWizard guide={guide.data} me={me.data} />
      )}
    </div>
  );
}
