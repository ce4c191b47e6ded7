// /admin/catalog/review — versions waiting for a reviewer (submitted) and for a publisher
// (approved), newest first. The list endpoint filters on the latest version's status; each row
// links to the detail page with the diff against the previous version open (?compare=previous).
import { Link } from 'react-router-dom';
import {
  useImplementationDetails,
  useImplementations,
  type ImplementationSummary,
} from '../../api/catalog-admin.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AdminFrame } from '../admin/AdminFrame.tsx';
import { useLabels } from './labels.ts';
import { StateTag } from './StateTag.tsx';
import './catalog-admin.css';

export function ReviewQueuePage() {
  const { t } = useLabels();
  return (
    <AdminFrame
      title={t('ca.review')}
      lead={t('ca.review.lead')}
      trail={[{ to: '/admin/catalog', title: t('ca.title') }]}
    >
      <Queue state="submitted" title={t('ca.review.submitted')} />
      <Queue state="approved" title={t('ca.review.approved')} />
    </AdminFrame>
  );
}

type Row = ImplementationSummary & { at: string };

function Queue({ state, title }: { state: 'submitted' | 'approved'; title: string }) {
  const { t, code, lang } = useLabels();
  const list = useImplementations({ state });
  const id = `queue-${state}`;
  // The list carries no submission time: each row's detail dates it (the latest version's last
  // action), newest first; undated rows (still loading) go last. A queue is short.
  const details = useImplementationDetails((list.data ?? []).map((r) => r.code));
  const dated = (list.data ?? []).map((r, i) => {
    const latest = details[i]?.data?.versions.reduce((a, b) => (b.version > a.version ? b : a));
    return {
      ...r,
      at:
        latest?.actions
          .map((x) => x.at)
          .sort()
          .at(-1) ??
        latest?.updatedAt ??
        '',
    };
  });
  const rows = dated.sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="admin-section" aria-labelledby={id}>
      <h2 id={id} className="panel-title">
        {title}
      </h2>
      {list.isPending && <Loading rows={3} />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} headingLevel={3} />}
      {list.data && (
        <DataTable<Row>
          label={t('a11y.table', { name: title })}
          testId={id}
          rows={rows}
          rowKey={(r) => r.code}
          empty={t('ca.review.empty')}
          columns={[
            {
              key: 'at',
              title: t('ca.col.updatedAt'),
              render: (r) => (r.at ? new Date(r.at).toLocaleString(lang) : '—'),
            },
            { key: 'name', title: t('ca.col.name'), render: (r) => r.name },
            { key: 'code', title: t('ca.col.code'), render: (r) => <code>{r.code}</code> },
            { key: 'agency', title: t('ca.col.agency'), render: (r) => r.agency.name },
            { key: 'type', title: t('ca.col.itemType'), render: (r) => code('itemType', r.itemType) },
            {
              key: 'version',
              title: t('ca.col.latest'),
              render: (r) => (
                <>
                  {t('ca.versionN', { n: r.latestVersion })} <StateTag state={r.latestState} />
                </>
              ),
            },
            {
              key: 'open',
              title: t('ca.col.actions'),
              render: (r) => (
                <Link
                  to={`/admin/catalog/${encodeURIComponent(r.code)}?compare=previous`}
                  aria-label={`${t('ca.review.open')}：${r.name}`}
                >
                  {t('ca.review.open')}
                </Link>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
