// My cases (/me/cases): every application of the signed-in person (or of the enterprise they act
// for) with its case number, item, status, due date and urgency; drafts resume in the wizard.
// Filter by status (kept in the URL), more rows with the keyset cursor.
import { PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Select } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/auth.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { useMyCases } from './api.ts';
import { DueDate, StatusTag, UrgencyTag } from './CaseBits.tsx';
import { CASE_STATUSES, FILTER_STATUSES, isCaseStatus } from './labels.ts';
import type { CaseSummary } from './types.ts';
import './cases.css';

export function MyCasesPage() {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isCaseStatus(raw) ? raw : undefined;
  const cases = useMyCases(status);
  usePageTitle(t('cases.mine.title'));
  const rows = cases.data?.pages.flatMap((p) => p.items) ?? [];

  const caseLink = (c: CaseSummary) =>
    c.status === 'draft' ? `/apply/${c.implementationCode}?draft=${c.id}` : `/me/cases/${c.id}`;

  const columns: Column<CaseSummary>[] = [
    {
      key: 'item',
      title: t('cases.mine.item'),
      render: (c) => (
        <div className="case-item-cell">
          <Link to={caseLink(c)} lang={zh} className="case-item-link">
            {c.itemName}
          </Link>
          <span className="case-muted" lang={zh}>
            {c.agencyName}
          </span>
        </div>
      ),
    },
    {
      key: 'number',
      title: t('cases.detail.caseNumber'),
      render: (c) => <span className="case-number">{c.caseNumber ?? '—'}</span>,
    },
    { key: 'status', title: t('cases.detail.status'), render: (c) => <StatusTag status={c.status} /> },
    {
      key: 'submitted',
      title: t('cases.detail.submittedAt'),
      render: (c) => (c.submittedAt ? formatDateTime(c.submittedAt, lang) : '—'),
    },
    { key: 'due', title: t('cases.mine.due'), render: (c) => <DueDate summary={c} /> },
    { key: 'urgency', title: t('cases.mine.urgency'), render: (c) => <UrgencyTag urgency={c.urgency} /> },
    {
      key: 'open',
      title: t('cases.mine.action'),
      render: (c) => (
        <Link to={caseLink(c)} className="case-open-link">
          {t(c.status === 'draft' ? 'cases.mine.resume' : 'cases.mine.open')}
          <span className="visually-hidden">：{c.itemName}</span>
        </Link>
      ),
    },
  ];

  return (
    <div className="container page my-cases-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/me">{t('me.title')}</Link> },
          { title: t('cases.mine.title') },
        ]}
      />
      <div className="case-title-row">
        <h1 className="page-title">{t('cases.mine.title')}</h1>
        <Link to="/search" className="case-link-button">
          <PlusOutlined aria-hidden /> {t('cases.mine.new')}
        </Link>
      </div>
      <p className="page-lead">
        {me?.actingFor ? t('cases.mine.leadEnterprise', { name: me.actingFor.name }) : t('cases.mine.lead')}
      </p>
      <div className="case-filter">
        <label htmlFor="case-status-filter">{t('cases.mine.filter')}</label>
        <Select
          id="case-status-filter"
          className="case-filter-select"
          value={status ?? 'all'}
          onChange={(value: string) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                if (value === 'all') next.delete('status');
                else next.set('status', value);
                return next;
              },
              { replace: true },
            )
          }
          options={[
            { value: 'all', label: t('cases.mine.allStatuses') },
            ...FILTER_STATUSES.map((s) => ({ value: s, label: codeLabel(CASE_STATUSES, s, lang) })),
          ]}
        />
      </div>
      {cases.isPending ? (
        <Loading rows={6} />
      ) : cases.isError ? (
        <LoadError error={cases.error} onRetry={() => void cases.refetch()} headingLevel={2} />
      ) : (
        <>
          <DataTable
            label={t('cases.mine.title')}
            rows={rows}
            rowKey={(c) => c.id}
            columns={columns}
            empty={t(status ? 'cases.mine.emptyFiltered' : 'cases.mine.empty')}
            testId="my-cases"
          />
          <div className="case-more">
            <span className="case-muted" aria-live="polite">
              {t('cases.mine.shown', { count: rows.length })}
            </span>
            {cases.hasNextPage && (
              <Button
                onClick={() => void cases.fetchNextPage()}
                loading={cases.isFetchingNextPage}
                size="large"
              >
                {t('cases.mine.loadMore')}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
