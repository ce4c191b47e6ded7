// The bundle context of a sub-case on the staff case page: when the case belongs to a 一件事,
// the bundle's name and number and every member's item, agency, progress and due date, so the
// clerk sees what waits on this case and what it waits on. Nothing when it is a plain case.
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useBundleCase } from './api.ts';
import { BundleStatusTag } from './BundleBits.tsx';
import { MemberProgress } from './MemberProgress.tsx';
import './bundles.css';

export function BundleContext({
  bundleCaseId,
  caseId,
}: {
  bundleCaseId: string | undefined;
  caseId: string;
}) {
  if (!bundleCaseId) return null;
  return <Context bundleCaseId={bundleCaseId} caseId={caseId} />;
}

function Context({ bundleCaseId, caseId }: { bundleCaseId: string; caseId: string }) {
  const { t } = useI18n();
  const bundle = useBundleCase(bundleCaseId);
  return (
    <section className="bdl-context" aria-labelledby="bdl-context-title" data-testid="bundle-context">
      <h2 id="bdl-context-title" className="section-title">
        {t('bdl.ctx.title')}
      </h2>
      {bundle.isPending ? (
        <Loading rows={3} />
      ) : bundle.isError ? (
        <LoadError error={bundle.error} onRetry={() => void bundle.refetch()} headingLevel={3} />
      ) : (
        <>
          <p>
            {t('bdl.ctx.lead', { name: bundle.data.bundleName, number: bundle.data.bundleNumber })}{' '}
            <BundleStatusTag status={bundle.data.status} />
          </p>
          <MemberProgress
            members={bundle.data.members}
            caseLink={(id) => `/workbench/cases/${id}`}
            currentCaseId={caseId}
          />
        </>
      )}
    </section>
  );
}
