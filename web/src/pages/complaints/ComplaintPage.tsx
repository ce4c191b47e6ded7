// /me/complaints/:id — one of my complaints: status, what I wrote, the reply, the timeline, and
// once replied the question whether it is solved (unsolved reopens it for the same agency).
import { Alert, Breadcrumb, Button, Input } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { ProblemAlert } from '../cases/ProblemAlert.tsx';
import { useConfirm, useMyComplaint } from './api.ts';
import { ComplaintStatusTag, ComplaintTimeline } from './ComplaintBits.tsx';
import { categoryLabel } from './labels.ts';
import './complaints.css';

export function ComplaintPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  usePageTitle(t('cmp.detail.title'));
  const q = useMyComplaint(id);
  const c = q.data;
  return (
    <div className="container page cmp-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/me/complaints">{t('cmp.mine.title')}</Link> },
          { title: c?.complaintNumber ?? t('cmp.detail.title') },
        ]}
      />
      {q.isPending ? (
        <Loading rows={6} />
      ) : q.isError || !c ? (
        <>
          <h1 className="page-title">{t('cmp.detail.title')}</h1>
          <LoadError error={q.error} onRetry={() => void q.refetch()} headingLevel={2} />
        </>
      ) : (
        <>
          <h1 className="page-title">{c.title}</h1>
          <p>
            <span data-testid="complaint-status" data-status={c.status}>
              <ComplaintStatusTag status={c.status} />
            </span>
          </p>
          <dl className="cmp-facts">
            <div>
              <dt>{t('cmp.number')}</dt>
              <dd>{c.complaintNumber}</dd>
            </div>
            <div>
              <dt>{t('cmp.category')}</dt>
              <dd>{categoryLabel(t, c.category)}</dd>
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
            {c.replyDue && (
              <div>
                <dt>{t('cmp.replyDue')}</dt>
                <dd>{c.replyDue}</dd>
              </div>
            )}
            {c.reopenCount > 0 && (
              <div>
                <dt>{t('cmp.status')}</dt>
                <dd>{t('cmp.reopened', { n: c.reopenCount })}</dd>
              </div>
            )}
          </dl>
          {c.mergedIntoNumber && (
            <Alert type="info" showIcon title={t('cmp.mergedInto', { number: c.mergedIntoNumber })} />
          )}
          <section className="cmp-section" aria-labelledby="cmp-content-h">
            <h2 id="cmp-content-h" className="section-title">
              {t('cmp.content')}
            </h2>
            <p className="cmp-content">{c.content}</p>
          </section>
          {c.replyText && (
            <section className="cmp-section" aria-labelledby="cmp-reply-h">
              <h2 id="cmp-reply-h" className="section-title">
                {t('cmp.reply')}
              </h2>
              <p className="cmp-content" data-testid="complaint-reply">
                {c.replyText}
              </p>
            </section>
          )}
          {c.mayConfirm && <Confirm id={c.id} />}
          {c.status === 'closed' && c.solved && <Alert type="success" showIcon title={t('cmp.solvedYes')} />}
          <section className="cmp-section" aria-labelledby="cmp-timeline-h">
            <h2 id="cmp-timeline-h" className="section-title">
              {t('cmp.timeline')}
            </h2>
            <ComplaintTimeline actions={c.actions} headingId="cmp-timeline-h" />
          </section>
        </>
      )}
    </div>
  );
}

function Confirm({ id }: { id: string }) {
  const { t } = useI18n();
  const confirm = useConfirm(id);
  const [comment, setComment] = useState('');
  const send = (solved: boolean) =>
    confirm.mutate(
      { solved, ...(comment.trim() && { comment: comment.trim() }) },
      { onSuccess: () => setComment('') },
    );
  return (
    <section className="cmp-section cmp-panel cmp-confirm" aria-labelledby="cmp-confirm-h">
      <h2 id="cmp-confirm-h" className="section-title">
        {t('cmp.confirm.title')}
      </h2>
      <label htmlFor="cmp-confirm-comment">{t('cmp.confirm.comment')}</label>
      <Input.TextArea
        id="cmp-confirm-comment"
        rows={2}
        maxLength={500}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      {confirm.error && <ProblemAlert error={confirm.error} />}
      <div className="cmp-actions">
        <Button type="primary" size="large" loading={confirm.isPending} onClick={() => send(true)}>
          {t('cmp.confirm.solved')}
        </Button>
        <Button size="large" danger loading={confirm.isPending} onClick={() => send(false)}>
          {t('cmp.confirm.unsolved')}
        </Button>
      </div>
    </section>
  );
}
