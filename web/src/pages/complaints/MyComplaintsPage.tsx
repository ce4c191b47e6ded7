// /me/complaints — what the signed-in person (or the enterprise they act for) reported, newest
// first, with number, status and handling agency; more with the cursor.
import { Breadcrumb, Button } from 'antd';
import { Link } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { useMyComplaints } from './api.ts';
import { ComplaintStatusTag } from './ComplaintBits.tsx';
import { categoryLabel } from './labels.ts';
import '../cases/cases.css';
import './complaints.css';

export function MyComplaintsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('cmp.mine.title'));
  const list = useMyComplaints();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="container page cmp-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/me">{t('me.title')}</Link> },
          { title: t('cmp.mine.title') },
        ]}
      />
      <h1 className="page-title">{t('cmp.mine.title')}</h1>
      <p className="page-lead">{t('cmp.mine.lead')}</p>
      <p>
        <Link to="/complaints/new" className="case-link-button">
          {t('cmp.entry')}
        </Link>
      </p>
      {list.isPending ? (
        <Loading rows={4} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} />
      ) : rows.length === 0 ? (
        <p>{t('cmp.mine.empty')}</p>
      ) : (
        <ul className="cmp-cards" data-testid="my-complaints">
          {rows.map((c) => (
            <li key={c.id} className="cmp-card">
              <h2>
                <Link to={`/me/complaints/${c.id}`}>{c.title}</Link>
              </h2>
              <ComplaintStatusTag status={c.status} /> {categoryLabel(t, c.category)}
              <dl className="cmp-facts">
                <div>
                  <dt>{t('cmp.number')}</dt>
                  <dd>{c.complaintNumber}</dd>
                </div>
                <div>
                  <dt>{t('cmp.receivedAt')}</dt>
                  <dd>{formatDateTime(c.receivedAt, lang)}</dd>
                </div>
                {c.agencyName && (
                  <div>
                    <dt>{t('cmp.agency')}</dt>
                    <dd>{c.agencyName}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button size="large" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('cmp.mine.more')}
        </Button>
      )}
    </div>
  );
}
