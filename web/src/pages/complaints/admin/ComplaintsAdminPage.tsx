// /admin/complaints — the order queue: dispatchers see their scope (mostly city-wide), handlers
// their agency; filters by status, channel and overdue; red tags for overdue orders; contact
// masked. Dispatchers also see the module's metrics and the window / hotline entry.
import { Button, Checkbox, Select } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/index.ts';
import { AdminFrame } from '../../admin/AdminFrame.tsx';
import { useAdminComplaints, useComplaintMetrics, type AdminListQuery } from '../api.ts';
import { ComplaintStatusTag, ComplaintTag } from '../ComplaintBits.tsx';
import { CHANNELS, STATUSES, channelLabel, statusLabel } from '../labels.ts';
import '../complaints.css';

type Item = NonNullable<ReturnType<typeof useAdminComplaints>['data']>['pages'][number]['items'][number];

export function ComplaintsAdminPage() {
  const { t } = useI18n();
  return (
    <AdminFrame title={t('cmp.admin.title')} lead={t('cmp.admin.lead')}>
      <Queue />
    </AdminFrame>
  );
}

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);

function Metrics() {
  const { t } = useI18n();
  const m = useComplaintMetrics(true);
  if (!m.data) return null;
  const d = m.data;
  return (
    <section aria-labelledby="cmp-metrics-h">
      <h2 id="cmp-metrics-h" className="section-title">
        {t('cmp.metrics')}
      </h2>
      <dl className="cmp-metrics" data-testid="complaint-metrics">
        {(['answeredRate', 'handledRate', 'onTimeRate', 'satisfiedRate', 'returnVisitRate'] as const).map(
          (k) => (
            <div key={k}>
              <dt>{t(`cmp.m.${k}`)}</dt>
              <dd>{pct(d[k])}</dd>
            </div>
          ),
        )}
        <div>
          <dt>{t('cmp.m.signMinutes')}</dt>
          <dd>{d.averageSignMinutes ?? '—'}</dd>
        </div>
      </dl>
    </section>
  );
}

function Queue() {
  const { t, lang } = useI18n();
  const me = useMe();
  const dispatcher = !!me.data?.grants.some((g) => g.permission === 'complaint.dispatch');
  const [status, setStatus] = useState<AdminListQuery['status']>();
  const [channel, setChannel] = useState<AdminListQuery['channel']>();
  const [overdue, setOverdue] = useState(false);
  const list = useAdminComplaints({
    ...(status && { status }),
    ...(channel && { channel }),
    ...(overdue && { overdue }),
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {dispatcher && <Metrics />}
      <div className="cmp-toolbar" role="group" aria-label={t('cmp.admin.filters')}>
        <label>
          {t('cmp.status')}
          <Select
            aria-label={t('cmp.status')}
            allowClear
            placeholder={t('cmp.admin.all')}
            value={status}
            onChange={setStatus}
            options={STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          />
        </label>
        <label>
          {t('cmp.admin.channel')}
          <Select
            aria-label={t('cmp.admin.channel')}
            allowClear
            placeholder={t('cmp.admin.all')}
            value={channel}
            onChange={setChannel}
            options={CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))}
          />
        </label>
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
          {t('cmp.admin.overdueOnly')}
        </Checkbox>
        {dispatcher && (
          <Link to="/admin/complaints/new" className="case-link-button">
            {t('cmp.admin.new')}
          </Link>
        )}
      </div>
      {list.isPending ? (
        <Loading rows={6} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} headingLevel={2} />
      ) : (
        <DataTable<Item>
          label={t('cmp.admin.title')}
          rows={rows}
          rowKey={(r) => r.id}
          testId="complaint-queue"
          empty={t('cmp.admin.empty')}
          columns={[
            {
              key: 'number',
              title: t('cmp.number'),
              render: (r) => <Link to={`/admin/complaints/${r.id}`}>{r.complaintNumber}</Link>,
            },
            { key: 'title', title: t('cmp.titleField'), render: (r) => r.title },
            {
              key: 'status',
              title: t('cmp.status'),
              render: (r) => (
                <>
                  <ComplaintStatusTag status={r.status} />
                  {r.overdue && <ComplaintTag tone="bad">{t('cmp.overdue')}</ComplaintTag>}
                  {r.designated && <ComplaintTag tone="muted">{t('cmp.designated')}</ComplaintTag>}
                  {r.returnCount > 0 && (
                    <ComplaintTag tone="muted">{t('cmp.returns', { n: r.returnCount })}</ComplaintTag>
                  )}
                </>
              ),
            },
            { key: 'channel', title: t('cmp.admin.channel'), render: (r) => channelLabel(t, r.channel) },
            { key: 'agency', title: t('cmp.agency'), render: (r) => r.agencyName ?? '—' },
            {
              key: 'contact',
              title: t('cmp.admin.contact'),
              render: (r) =>
                r.anonymous
                  ? t('cmp.d.anonymous')
                  : [r.contactName, r.contactPhone].filter(Boolean).join(' '),
            },
            {
              key: 'received',
              title: t('cmp.receivedAt'),
              render: (r) => formatDateTime(r.receivedAt, lang),
            },
          ]}
        />
      )}
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('cmp.admin.more')}
        </Button>
      )}
    </>
  );
}
