// The staff case page (/workbench/cases/:id): header (number, item, masked applicant, channel,
// status, urgency, due dates), the action panel (only what the server allows now), materials,
// documents to print, the deadline explanation, forwarding and special procedures, the timeline.
import { useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../../api/problem.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { RequireAuth } from '../../../components/RequireAuth.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/index.ts';
import { usePageTitle } from '../../../layout/usePageTitle.ts';
import { BundleContext } from '../../bundles/BundleContext.tsx';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import { ActionPanel } from './ActionPanel.tsx';
import { useCase, useDeadline } from './api.ts';
import { CaseFacts } from './CaseFacts.tsx';
import { CasesFrame } from './CasesFrame.tsx';
import { DeadlineSection } from './DeadlineSection.tsx';
import { DocumentsSection } from './DocumentsSection.tsx';
import { FormSection } from './FormSection.tsx';
import { ForwardingSection } from './ForwardingSection.tsx';
import { usePickedGuide } from './ItemStep.tsx';
import { MaterialsSection } from './MaterialsSection.tsx';
import type { AcceptHint } from './NewCasePage.tsx';
import { TimelineSection } from './TimelineSection.tsx';

const UNACCEPTED = new Set(['draft', 'submitted', 'correction-requested', 'refused', 'withdrawn']);

export function CaseDetailPage() {
  return (
    <RequireAuth kind="staff" loginPath="/workbench/login">
      <DetailRoute />
    </RequireAuth>
  );
}

function DetailRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const detail = useCase(id);
  const number = detail.data ? (detail.data.caseNumber ?? t('wc.noNumber')) : '…';
  if (detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 400))
    return <NotFoundPage />;
  return (
    <CasesFrame current={number}>
      <Detail id={id} />
    </CasesFrame>
  );
}

function Detail({ id }: { id: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const hint = (location.state as AcceptHint | null)?.missing ?? [];
  const detail = useCase(id);
  const data = detail.data;
  const guide = usePickedGuide(data?.implementationCode ?? '');
  const deadline = useDeadline(id, !!data && !UNACCEPTED.has(data.status), data?.seq ?? 0);
  usePageTitle(
    `${t('wc.detail.title', { number: data?.caseNumber ?? t('wc.noNumber') })} · ${t('workbench.title')}`,
  );
  if (detail.isPending) return <Loading rows={8} />;
  if (detail.isError)
    return <LoadError error={detail.error} onRetry={() => void detail.refetch()} headingLevel={2} />;
  if (!data) return null;
  return (
    <>
      <h1 className="page-title" data-testid="case-title">
        {t('wc.detail.title', { number: data.caseNumber ?? t('wc.noNumber') })}
      </h1>
      <CaseFacts detail={data} />
      <BundleContext bundleCaseId={data.bundleCaseId ?? undefined} caseId={data.id} />
      <div className="wc-grid">
        <div>
          <ActionPanel detail={data} guide={guide.data} missingHint={hint} />
          <FormSection detail={data} schema={guide.data?.content.form.schema} />
          <MaterialsSection detail={data} />
          <DocumentsSection detail={data} />
        </div>
        <div>
          <DeadlineSection deadline={deadline.data} />
          <ForwardingSection detail={data} />
          <TimelineSection detail={data} />
        </div>
      </div>
    </>
  );
}
