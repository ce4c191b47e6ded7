// /admin/complaints/:id — one order for staff: content, contact (masked), deadlines, the action
// log, and only the actions the workflow allows the caller now (dispatch or designate with an
// agency picker, sign, return with a reason, reply, return visit, merge by number, supervise),
// each in an inline panel.
import { Alert, Button, Checkbox, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/index.ts';
import { AdminFrame } from '../../admin/AdminFrame.tsx';
import { ProblemAlert } from '../../cases/ProblemAlert.tsx';
import { useAgencies } from '../../catalog/queries.ts';
import { useAdminComplaint, useComplaintAction, type ActionBody, type ComplaintAction } from '../api.ts';
import { ComplaintStatusTag, ComplaintTag, ComplaintTimeline } from '../ComplaintBits.tsx';
import { actionLabel, categoryLabel, channelLabel, urgencyLabel } from '../labels.ts';
import '../complaints.css';

export function ComplaintAdminPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  return (
    <AdminFrame title={t('cmp.d.title')} trail={[{ to: '/admin/complaints', title: t('cmp.admin.title') }]}>
      <Detail id={id} />
    </AdminFrame>
  );
}

function Detail({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const q = useAdminComplaint(id);
  if (q.isPending) return <Loading rows={8} />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} headingLevel={2} />;
  const c = q.data;
  const when = (v: string | null) => (v ? formatDateTime(v, lang) : '—');
  return (
    <>
      <h2 className="section-title">
        {c.complaintNumber} · {c.title}
      </h2>
      <p data-testid="complaint-status" data-status={c.status}>
        <ComplaintStatusTag status={c.status} />
        {c.overdue && <ComplaintTag tone="bad">{t('cmp.overdue')}</ComplaintTag>}
        {c.designated && <ComplaintTag tone="muted">{t('cmp.designated')}</ComplaintTag>}
        {c.returnCount > 0 && (
          <ComplaintTag tone="muted">{t('cmp.returns', { n: c.returnCount })}</ComplaintTag>
        )}
        {c.reopenCount > 0 && (
          <ComplaintTag tone="paused">{t('cmp.reopened', { n: c.reopenCount })}</ComplaintTag>
        )}
      </p>
      <dl className="cmp-facts">
        <Fact term={t('cmp.admin.channel')} value={channelLabel(t, c.channel)} />
        <Fact term={t('cmp.category')} value={categoryLabel(t, c.category)} />
        <Fact term={t('cmp.urgency')} value={urgencyLabel(t, c.urgency)} />
        <Fact term={t('cmp.agency')} value={c.agencyName ?? '—'} />
        <Fact
          term={t('cmp.admin.contact')}
          value={
            c.anonymous
              ? t('cmp.d.anonymous')
              : [c.contactName, c.contactPhone].filter(Boolean).join(' ') || '—'
          }
        />
        <Fact term={t('cmp.receivedAt')} value={when(c.receivedAt)} />
        <Fact term={t('cmp.d.signDue')} value={when(c.signDue)} />
        <Fact term={t('cmp.d.returnDue')} value={when(c.returnDue)} />
        <Fact term={t('cmp.d.explainDue')} value={c.explainDue ?? '—'} />
        <Fact term={t('cmp.replyDue')} value={c.replyDue ?? '—'} />
        <Fact term={t('cmp.d.supervisions')} value={String(c.supervisions)} />
        {c.caseNumber && <Fact term={t('cmp.d.linkedCase')} value={c.caseNumber} />}
      </dl>
      {c.mergedIntoNumber && (
        <Alert type="info" showIcon title={t('cmp.mergedInto', { number: c.mergedIntoNumber })} />
      )}
      <section className="cmp-section" aria-labelledby="cmp-d-content">
        <h2 id="cmp-d-content" className="section-title">
          {t('cmp.d.content')}
        </h2>
        <p className="cmp-content">{c.content}</p>
        {c.replyText && (
          <>
            <h3>{t('cmp.reply')}</h3>
            <p className="cmp-content">{c.replyText}</p>
          </>
        )}
      </section>
      <Actions id={c.id} seq={c.seq} allowed={c.allowedActions} />
      <section className="cmp-section" aria-labelledby="cmp-d-log">
        <h2 id="cmp-d-log" className="section-title">
          {t('cmp.timeline')}
        </h2>
        <ComplaintTimeline actions={c.actions} headingId="cmp-d-log" />
      </section>
    </>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Actions({ id, seq, allowed }: { id: string; seq: number; allowed: ComplaintAction[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ComplaintAction | null>(null);
  const act = useComplaintAction(id);
  const [done, setDone] = useState<ComplaintAction | null>(null);
  const run = (body: Omit<ActionBody, 'seq'>) =>
    act.mutate({ ...body, seq } as ActionBody, {
      onSuccess: () => {
        setDone(body.action);
        setOpen(null);
      },
    });
  return (
    <section className="cmp-section" aria-labelledby="cmp-d-actions">
      <h2 id="cmp-d-actions" className="section-title">
        {t('cmp.d.actions')}
      </h2>
      {done && (
        <Alert
          type="success"
          showIcon
          className="cmp-hint"
          title={t('cmp.d.done', { action: actionLabel(t, done) })}
        />
      )}
      {allowed.length === 0 ? (
        <p>{t('cmp.d.noActions')}</p>
      ) : (
        <div className="cmp-actions">
          {allowed.map((a) => (
            <Button
              key={a}
              type={open === a ? 'primary' : 'default'}
              aria-expanded={open === a}
              aria-controls="cmp-action-panel"
              onClick={() => {
                act.reset();
                setOpen(open === a ? null : a);
              }}
            >
              {actionLabel(t, a)}
            </Button>
          ))}
        </div>
      )}
      {open && (
        <div id="cmp-action-panel" className="cmp-panel">
          <ActionPanel key={open} action={open} busy={act.isPending} onRun={run} />
          {act.error && <ProblemAlert error={act.error} />}
        </div>
      )}
    </section>
  );
}

function ActionPanel({
  action,
  busy,
  onRun,
}: {
  action: ComplaintAction;
  busy: boolean;
  onRun: (body: Omit<ActionBody, 'seq'>) => void;
}) {
  const { t } = useI18n();
  const agencies = useAgencies();
  const [agencyId, setAgencyId] = useState<string>();
  const [complex, setComplex] = useState(false);
  const [comment, setComment] = useState('');
  const [replyKind, setReplyKind] = useState<'resolved' | 'explained'>('resolved');
  const [solved, setSolved] = useState(true);
  const [target, setTarget] = useState('');
  const text = comment.trim() ? { comment: comment.trim() } : {};
  const needsAgency = action === 'dispatch' || action === 'designate';
  const submit = () => {
    if (needsAgency) return onRun({ action, ...(agencyId && { agencyId }), complex, ...text });
    if (action === 'reply') return onRun({ action, replyKind, ...text });
    if (action === 'revisit') return onRun({ action, solved, ...text });
    if (action === 'merge') return onRun({ action, targetNumber: target.trim(), ...text });
    return onRun({ action, ...text });
  };
  const commentLabel = action === 'reply' ? t('cmp.d.replyText') : t('cmp.d.comment');
  return (
    <form
      aria-label={actionLabel(t, action)}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {needsAgency && (
        <>
          <label htmlFor="cmp-agency">{t('cmp.d.pickAgency')}</label>
          <Select
            id="cmp-agency"
            showSearch
            optionFilterProp="label"
            className="cmp-agency-select"
            value={agencyId}
            onChange={setAgencyId}
            loading={agencies.isPending}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
          <Checkbox checked={complex} onChange={(e) => setComplex(e.target.checked)}>
            {t('cmp.complex')}
          </Checkbox>
        </>
      )}
      {action === 'reply' && (
        <Radio.Group
          aria-label={t('cmp.d.replyKind')}
          value={replyKind}
          onChange={(e) => setReplyKind(e.target.value as 'resolved' | 'explained')}
          options={[
            { value: 'resolved', label: t('cmp.d.resolved') },
            { value: 'explained', label: t('cmp.d.explained') },
          ]}
        />
      )}
      {action === 'revisit' && (
        <Radio.Group
          aria-label={actionLabel(t, 'revisit')}
          value={solved}
          onChange={(e) => setSolved(e.target.value as boolean)}
          options={[
            { value: true, label: t('cmp.d.visitSolved') },
            { value: false, label: t('cmp.d.visitUnsolved') },
          ]}
        />
      )}
      {action === 'merge' && (
        <>
          <label htmlFor="cmp-target">{t('cmp.d.targetNumber')}</label>
          <Input
            id="cmp-target"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            placeholder="BBCS…"
          />
        </>
      )}
      <label htmlFor="cmp-comment">{commentLabel}</label>
      <Input.TextArea
        id="cmp-comment"
        rows={3}
        maxLength={2000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <div className="cmp-actions">
        <Button type="primary" htmlType="submit" loading={busy}>
          {actionLabel(t, action)}
        </Button>
      </div>
    </form>
  );
}
