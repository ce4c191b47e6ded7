// One bundle case for its applicant (/me/bundle-cases/:id): the aggregate status, the number, the
// promised date, the delivery chosen and every member's progress with its sub-case. Right after
// submission it says so (role=status) so the applicant knows the agencies have it.
import { Alert, Breadcrumb } from 'antd';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../api/problem.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { useBundleCase } from './api.ts';
import { BundleStatusTag } from './BundleBits.tsx';
import { BUNDLE_DELIVERIES, BUNDLE_DELIVERY_METHODS } from './labels.ts';
import { MemberProgress } from './MemberProgress.tsx';
import type { BundleCaseDetail } from './types.ts';
import '../cases/cases.css';
import './bundles.css';

export function BundleCasePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const detail = useBundleCase(id);
  usePageTitle(detail.data ? t('bdl.case.title', { number: detail.data.bundleNumber }) : t('bdl.mine.title'));
  if (detail.error instanceof ApiError && [400, 404].includes(detail.error.status))
    return <NotFoundPage title={t('bdl.case.notFound')} />;
  return (
    <div className="container page bdl-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/me">{t('me.title')}</Link> },
          { title: <Link to="/me/bundle-cases">{t('bdl.mine.title')}</Link> },
          { title: detail.data?.bundleNumber ?? '…' },
        ]}
      />
      {detail.isPending ? (
        <Loading rows={8} />
      ) : detail.isError ? (
        <LoadError error={detail.error} onRetry={() => void detail.refetch()} headingLevel={2} />
      ) : (
        <Tracking detail={detail.data} />
      )}
    </div>
  );
}

function Tracking({ detail: d }: { detail: BundleCaseDetail }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const submitted = Boolean((useLocation().state as { submitted?: boolean } | null)?.submitted);
  return (
    <article data-testid="bundle-case">
      <h1 className="page-title" lang={zh}>
        {d.bundleName}
      </h1>
      <div role="status" className="bdl-status-line">
        {submitted && (
          <Alert type="success" showIcon className="case-alert" title={t('bdl.case.submittedLead')} />
        )}
      </div>
      <dl className="bdl-case-facts">
        <div>
          <dt>{t('bdl.case.number')}</dt>
          <dd data-testid="bundle-number">{d.bundleNumber}</dd>
        </div>
        <div>
          <dt>{t('bdl.case.status')}</dt>
          <dd>
            <BundleStatusTag status={d.status} />{' '}
            <span className="case-muted">
              {t('bdl.mine.progress', { done: d.concludedCount, total: d.memberCount })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('bdl.case.promisedDue')}</dt>
          <dd>{d.promisedDue ?? <span className="case-muted">{t('bdl.case.dueNone')}</span>}</dd>
        </div>
        <div>
          <dt>{t('bdl.mine.submitted')}</dt>
          <dd>{formatDateTime(d.submittedAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('bdl.case.applicant')}</dt>
          <dd>{d.applicantName}</dd>
        </div>
        <div>
          <dt>{t('bdl.case.leadAgency')}</dt>
          <dd lang={zh}>{d.leadAgencyName}</dd>
        </div>
        <div>
          <dt>{t('bdl.case.delivery')}</dt>
          <dd>
            {codeLabel(BUNDLE_DELIVERIES, d.delivery, lang)} ·{' '}
            {codeLabel(BUNDLE_DELIVERY_METHODS, d.deliveryMethod, lang)}
          </dd>
        </div>
      </dl>
      <p className="bdl-savings">{t('bdl.case.savedLine', d.savings)}</p>
      <section className="bdl-section" aria-labelledby="bdl-progress">
        <h2 id="bdl-progress" className="section-title">
          {t('bdl.case.membersTitle')}
        </h2>
        <MemberProgress members={d.members} caseLink={(id) => `/me/cases/${id}`} />
      </section>
    </article>
  );
}
