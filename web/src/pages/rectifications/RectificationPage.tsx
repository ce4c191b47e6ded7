// /admin/rectifications/:id — one negative rating and its rectification: the rating (level, text,
// the case or window), the deadlines, what was done and told, the form of the next step the
// caller may take, and the append-only log.
import { Alert, Descriptions, Timeline } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/problem.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { AdminFrame } from '../admin/AdminFrame.tsx';
import { isStaffAction, useRectification, type RectificationDetail } from './api.ts';
import { RectificationActionForm } from './RectificationActionForm.tsx';
import { LevelTag, OverdueTag, RectStatusTag } from './RectTags.tsx';
import './rectifications.css';

const CHANNELS = ['pc', 'mobile', 'sms', 'qr', 'tablet', 'terminal', 'phone'] as const;
const ACTORS = ['staff', 'rater', 'system'] as const;
const LOGGED = ['open', 'escalate'] as const;

export function RectificationPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  return (
    <AdminFrame
      title={t('rect.detail.title')}
      trail={[{ to: '/admin/rectifications', title: t('rect.title') }]}
    >
      <Detail id={id} />
    </AdminFrame>
  );
}

function Detail({ id }: { id: string }) {
  const { t } = useI18n();
  const q = useRectification(id);
  if (q.isPending) return <Loading rows={8} />;
  if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403))
    return <Alert type="warning" showIcon title={q.error.message} />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} headingLevel={2} />;
  const d = q.data;
  const finished = d.status === 'closed' || d.status === 'dismissed';
  return (
    <div className="rect-grid">
      <div>
        <p className="rect-heading" data-testid="rect-status">
          <RectStatusTag status={d.status} />
          {d.overdue && <OverdueTag />}
          {d.escalations > 0 && <OverdueTag escalations={d.escalations} />}
        </p>
        <RatingSection d={d} />
        <OutcomeSection d={d} />
        <TimelineSection d={d} />
      </div>
      <div>
        <DeadlineSection d={d} />
        {d.allowedActions.some(isStaffAction) ? (
          <RectificationActionForm key={`${d.id}-${d.seq}`} detail={d} />
        ) : (
          <Alert type="info" showIcon title={t(finished ? 'rect.detail.done' : 'rect.detail.noAction')} />
        )}
      </div>
    </div>
  );
}

function RatingSection({ d }: { d: RectificationDetail }) {
  const { t } = useI18n();
  const channel = CHANNELS.find((c) => c === d.channel);
  return (
    <section className="admin-panel" aria-labelledby="rect-rating-title" data-testid="rect-rating">
      <h2 id="rect-rating-title" className="panel-title">
        {t('rect.detail.rating')}：{d.itemName ?? '—'}
      </h2>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'level', label: t('rect.col.level'), children: <LevelTag level={d.level} /> },
          {
            key: 'comment',
            label: t('rect.detail.comment'),
            children: <p className="rect-comment">{d.rating.comment ?? t('rect.detail.noComment')}</p>,
          },
          {
            key: 'channel',
            label: t('rect.col.channel'),
            children: `${t(`rect.kind.${d.kind === 'case' ? 'case' : 'window'}`)} · ${channel ? t(`rect.channel.${channel}`) : d.channel}`,
          },
          {
            key: 'rater',
            label: t('rect.col.rater'),
            children: d.rater.anonymous ? t('rect.anonymous') : (d.rater.name ?? '—'),
          },
          { key: 'agency', label: t('rect.col.agency'), children: d.agencyName },
          {
            key: 'case',
            label: d.caseNumber ? t('rect.detail.case') : t('rect.detail.window'),
            children: d.caseNumber ? (
              d.rating.caseId ? (
                <Link to={`/workbench/cases/${d.rating.caseId}`}>{d.caseNumber}</Link>
              ) : (
                d.caseNumber
              )
            ) : (
              [d.rating.venueId, d.rating.windowCode].filter(Boolean).join(' · ') || '—'
            ),
          },
          { key: 'ratedOn', label: t('rect.detail.ratedOn'), children: d.rating.ratedOn },
        ]}
      />
    </section>
  );
}

function DeadlineSection({ d }: { d: RectificationDetail }) {
  const { t } = useI18n();
  return (
    <section className="admin-panel" aria-labelledby="rect-due-title" data-testid="rect-deadlines">
      <h2 id="rect-due-title" className="panel-title">
        {t('rect.detail.deadlines')}
      </h2>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'opened', label: t('rect.detail.openedOn'), children: d.openedOn },
          { key: 'step', label: t('rect.col.stepDue'), children: d.stepDue },
          { key: 'final', label: t('rect.col.finalDue'), children: d.finalDue },
        ]}
      />
    </section>
  );
}

function OutcomeSection({ d }: { d: RectificationDetail }) {
  const { t } = useI18n();
  if (!d.measures && !d.feedback && d.revisitSatisfied === null) return null;
  return (
    <section className="admin-panel" aria-labelledby="rect-outcome-title">
      <h2 id="rect-outcome-title" className="panel-title">
        {t('rect.detail.measures')}
      </h2>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          ...(d.measures ? [{ key: 'm', label: t('rect.detail.measures'), children: d.measures }] : []),
          ...(d.feedback ? [{ key: 'f', label: t('rect.detail.feedback'), children: d.feedback }] : []),
          ...(d.revisitSatisfied !== null
            ? [
                {
                  key: 'r',
                  label: t('rect.detail.revisit'),
                  children: t(d.revisitSatisfied ? 'rect.detail.satisfied' : 'rect.detail.unsatisfied'),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}

function TimelineSection({ d }: { d: RectificationDetail }) {
  const { t, lang } = useI18n();
  const actionLabel = (a: string) => {
    if (isStaffAction(a)) return t(`rect.action.${a}`);
    const logged = LOGGED.find((x) => x === a);
    return logged ? t(`rect.action.${logged}`) : a;
  };
  return (
    <section className="admin-panel" aria-labelledby="rect-log-title" data-testid="rect-timeline">
      <h2 id="rect-log-title" className="panel-title">
        {t('rect.detail.timeline')}
      </h2>
      <Timeline
        items={d.actions.map((a) => {
          const kind = ACTORS.find((k) => k === a.actorKind);
          return {
            key: a.seq,
            content: (
              <div>
                <strong>{actionLabel(a.action)}</strong> <RectStatusTag status={a.toStatus} />
                <div className="rect-muted">
                  {formatDateTime(a.at, lang)} ·{' '}
                  {t('rect.detail.by', {
                    name: a.actorName,
                    kind: kind ? t(`rect.actor.${kind}`) : a.actorKind,
                  })}
                </div>
                {a.comment && <p className="rect-comment">{a.comment}</p>}
              </div>
            ),
          };
        })}
      />
    </section>
  );
}
