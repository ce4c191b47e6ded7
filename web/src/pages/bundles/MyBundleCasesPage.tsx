// My bundle cases (/me/bundle-cases): each life event applied for, newest first, with its
// number, status, how many members concluded and the promised date; more with the cursor.
import { Breadcrumb, Button } from 'antd';
import { Link } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { useMyBundleCases } from './api.ts';
import { BundleStatusTag } from './BundleBits.tsx';
import '../cases/cases.css';
import './bundles.css';

export function MyBundleCasesPage() {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  usePageTitle(t('bdl.mine.title'));
  const list = useMyBundleCases();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="container page bdl-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/me">{t('me.title')}</Link> },
          { title: t('bdl.mine.title') },
        ]}
      />
      <h1 className="page-title">{t('bdl.mine.title')}</h1>
      <p className="page-lead">{t('bdl.mine.lead')}</p>
      {list.isPending ? (
        <Loading rows={6} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} />
      ) : rows.length === 0 ? (
        <div className="bdl-empty">
          <p>{t('bdl.mine.empty')}</p>
          <Link to="/bundles" className="case-link-button">
            {t('bdl.mine.browse')}
          </Link>
        </div>
      ) : (
        <ul className="bdl-cards" data-testid="my-bundle-cases">
          {rows.map((c) => (
            <li key={c.id}>
              <article className="bdl-card" aria-labelledby={`bc-${c.id}`} data-testid="bundle-case-card">
                <h2 className="bdl-card-title" id={`bc-${c.id}`}>
                  <Link to={`/me/bundle-cases/${c.id}`} lang={zh}>
                    {c.bundleName}
                  </Link>
                </h2>
                <p>
                  <BundleStatusTag status={c.status} />{' '}
                  {t('bdl.mine.progress', { done: c.concludedCount, total: c.memberCount })}
                </p>
                <dl className="bdl-member-facts">
                  <div>
                    <dt>{t('bdl.case.number')}</dt>
                    <dd>{c.bundleNumber}</dd>
                  </div>
                  <div>
                    <dt>{t('bdl.mine.submitted')}</dt>
                    <dd>{formatDateTime(c.submittedAt, lang)}</dd>
                  </div>
                  <div>
                    <dt>{t('bdl.case.promisedDue')}</dt>
                    <dd>{c.promisedDue ?? t('bdl.case.dueNone')}</dd>
                  </div>
                </dl>
              </article>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button size="large" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('bdl.mine.more')}
        </Button>
      )}
    </div>
  );
}
