// My ratings (/me/ratings): every rating given, newest first, with its follow-up; a link to the
// case; more with the cursor.
import { Breadcrumb, Button } from 'antd';
import { Link } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { useMyRatings } from './api.ts';
import { channelLabel, levelLabel } from './labels.ts';
import '../cases/cases.css';
import './ratings.css';

export function MyRatingsPage() {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  usePageTitle(t('rat.mine.title'));
  const list = useMyRatings();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="container page rat-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/me">{t('me.title')}</Link> },
          { title: t('rat.mine.title') },
        ]}
      />
      <h1 className="page-title">{t('rat.mine.title')}</h1>
      <p className="page-lead">{t('rat.mine.lead')}</p>
      {list.isPending ? (
        <Loading rows={6} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} />
      ) : rows.length === 0 ? (
        <p>{t('rat.mine.empty')}</p>
      ) : (
        <ul className="rat-cards" data-testid="my-ratings">
          {rows.map((r) => (
            <li key={r.id}>
              <article className="rat-card" aria-labelledby={`rat-${r.id}`}>
                <h2 id={`rat-${r.id}`}>
                  <span lang={zh}>{r.itemName ?? r.agencyName}</span> · {levelLabel(t, r.level)}
                </h2>
                <p className="case-muted">
                  {t('rat.mine.ratedOn')} {r.ratedOn} · {t('rat.mine.channel')} {channelLabel(t, r.channel)}
                  {r.caseNumber && <> · {r.caseNumber}</>}
                </p>
                {r.comment && <p>{r.comment}</p>}
                {r.followUp && (
                  <p>
                    {t('rat.panel.followUpGiven')}：{levelLabel(t, r.followUp.level)} · {r.followUp.ratedOn}
                    {r.followUp.comment && <> · {r.followUp.comment}</>}
                  </p>
                )}
                {r.canFollowUp && r.followUpUntil && (
                  <p className="case-muted">{t('rat.panel.followUpUntil', { date: r.followUpUntil })}</p>
                )}
                {r.caseId && <Link to={`/me/cases/${r.caseId}`}>{t('rat.mine.openCase')}</Link>}
              </article>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button size="large" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('rat.mine.more')}
        </Button>
      )}
    </div>
  );
}
