// The back-office queue (/workbench/cases?view=venue|agency&status=…): open cases sorted by
// urgency (the server sorts: promised due date first), with green/yellow/red markers and text,
// a status filter, "my venue" or "agency-wide" (the chief representative's view), and load-more.
import { FileAddOutlined } from '@ant-design/icons';
import { Alert, Button, Radio, Select } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import { problemTitle } from '../../../api/problem.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { codeLabel } from '../../../i18n/catalog-codes.ts';
import { useI18n } from '../../../i18n/index.ts';
import { usePageTitle } from '../../../layout/usePageTitle.ts';
import { CASE_STATUSES, useCaseQueue, type CaseStatus, type CaseSummary, type QueueView } from './api.ts';
import { CasesFrame } from './CasesFrame.tsx';
import { CASE_STATUS_LABELS, CHANNEL_LABELS } from './codes.ts';
import { StatusTag } from './StatusTag.tsx';
import { UrgencyMark } from './UrgencyMark.tsx';

const isStatus = (v: string | null): v is CaseStatus =>
  !!v && (CASE_STATUSES as readonly string[]).includes(v);

export function CaseQueuePage() {
  return (
    <CasesFrame>
      <Queue />
    </CasesFrame>
  );
}

function Queue() {
  const { t, lang } = useI18n();
  usePageTitle(`${t('wc.queue.title')} · ${t('workbench.title')}`);
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  // Staff without a venue (back office) see their agency's cases.
  const hasVenue = !!me?.staff?.venueId;
  const view: QueueView = params.get('view') === 'agency' || !hasVenue ? 'agency' : 'venue';
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : undefined;
  const queue = useCaseQueue(view, status);
  const rows = queue.data?.pages.flatMap((p) => p.items) ?? [];
  const mayAccept = me?.grants.some((g) => g.permission === 'case.accept') ?? false;

  const set = (key: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <h1 className="page-title">{t('wc.queue.title')}</h1>
      <p className="page-lead">{t('wc.queue.lead')}</p>
      {mayAccept && (
        <p>
          <Link to="/workbench/cases/new" className="wc-new-link">
            <FileAddOutlined aria-hidden /> {t('wc.new.title')}
          </Link>
        </p>
      )}
      <div className="wc-toolbar" role="group" aria-label={t('wc.queue.title')}>
        <div className="wc-toolbar-field">
          <span id="wc-view-label">{t('wc.queue.view')}</span>
          <Radio.Group
            aria-labelledby="wc-view-label"
            optionType="button"
            buttonStyle="solid"
            value={view}
            onChange={(e) => set('view', e.target.value === 'agency' ? 'agency' : undefined)}
            options={[
              { value: 'venue', label: t('wc.queue.viewVenue'), disabled: !hasVenue },
              { value: 'agency', label: t('wc.queue.viewAgency') },
            ]}
          />
        </div>
        <div className="wc-toolbar-field">
          <label htmlFor="wc-status">{t('wc.queue.status')}</label>
          <Select<string>
            id="wc-status"
            className="wc-status-select"
            value={status ?? ''}
            onChange={(v) => set('status', v || undefined)}
            options={[
              { value: '', label: t('wc.queue.statusAny') },
              ...CASE_STATUSES.filter((s) => s !== 'draft').map((s) => ({
                value: s,
                label: codeLabel(CASE_STATUS_LABELS, s, lang),
              })),
            ]}
          />
        </div>
      </div>
      {queue.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(queue.error, lang) ?? t('state.errorNetwork')}
          action={<Button onClick={() => void queue.refetch()}>{t('state.retry')}</Button>}
        />
      )}
      {queue.isPending ? (
        <Loading rows={6} />
      ) : (
        <DataTable<CaseSummary>
          label={t('a11y.table', { name: t('wc.queue.title') })}
          testId="case-queue"
          rows={rows}
          rowKey={(c) => c.id}
          empty={t('wc.queue.empty')}
          columns={[
            {
              key: 'urgency',
              title: t('wc.col.urgency'),
              render: (c) => <UrgencyMark urgency={c.urgency} />,
            },
            {
              key: 'number',
              title: t('wc.col.number'),
              render: (c) => <Link to={`/workbench/cases/${c.id}`}>{c.caseNumber ?? t('wc.noNumber')}</Link>,
            },
            { key: 'item', title: t('wc.col.item'), render: (c) => c.itemName },
            { key: 'applicant', title: t('wc.col.applicant'), render: (c) => c.applicantName },
            { key: 'status', title: t('wc.col.status'), render: (c) => <StatusTag status={c.status} /> },
            {
              key: 'due',
              title: t('wc.col.promisedDue'),
              render: (c) =>
                c.paused ? `${c.promisedDue ?? '—'} · ${t('wc.detail.paused')}` : (c.promisedDue ?? '—'),
            },
            {
              key: 'channel',
              title: t('wc.col.channel'),
              render: (c) => codeLabel(CHANNEL_LABELS, c.channel, lang),
            },
            ...(view === 'agency'
              ? [{ key: 'agency', title: t('wc.col.agency'), render: (c: CaseSummary) => c.agencyName }]
              : []),
          ]}
        />
      )}
      <div className="wc-more" aria-live="polite">
        {rows.length > 0 && <span className="wc-muted">{t('wc.queue.count', { n: rows.length })}</span>}
        {queue.hasNextPage && (
          <Button onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
            {t('wc.queue.more')}
          </Button>
        )}
      </div>
    </>
  );
}
