// The apply wizard (/apply/:code): guide → situation → form → materials → review → submit.
// The form is pre-filled from the applicant's profile; each material is fetched by the platform,
// reused with one click, or uploaded. "Save draft" works at every step and the draft resumes
// from "my cases" (?draft=id). Submission carries one Idempotency-Key per wizard session, so a
// double click or a retry after a lost answer never files two cases.
// This file is the page: it loads the guide, the prefill and a draft, and reads situation answers
// given in the URL (?s.<question>=<option>, from the guide's "apply online"). The wizard's state is
// in ApplyWizard.tsx, the steps' content in WizardStepBody.tsx and ApplySteps.tsx.
import { Alert, Breadcrumb } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/auth.ts';
import { ApiError } from '../../api/problem.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { useGuide, type Answers } from '../catalog/queries.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { useCase, usePrefill } from './api.ts';
import { Wizard } from './ApplyWizard.tsx';
import './cases.css';

// Answers from the URL are only taken when they look like the catalog's ids.
const ANSWER = /^[a-z][a-z0-9-]{0,39}$/;

export function ApplyPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  // Read once: saving a draft writes ?draft= into the URL without reloading the wizard.
  const [draftId] = useState(() => params.get('draft') ?? undefined);
  const [urlAnswers] = useState(() => {
    const found: Answers = {};
    for (const [key, value] of params)
      if (key.startsWith('s.') && ANSWER.test(key.slice(2)) && ANSWER.test(value))
        found[key.slice(2)] = value;
    return found;
  });
  const guide = useGuide(code);
  const prefill = usePrefill(code);
  const draft = useCase(draftId);
  const me = useMe().data;
  usePageTitle(
    guide.data ? t('cases.apply.title', { name: guide.data.content.name }) : t('cases.apply.titleShort'),
  );

  if (guide.error instanceof ApiError && [400, 404].includes(guide.error.status))
    return <NotFoundPage title={t('guide.notFound')} />;
  const failed = [guide, prefill, draft].find((q) => q.isError);
  return (
    <div className="container page apply-page">
      <Breadcrumb
        className="breadcrumb"
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to="/me/cases">{t('cases.mine.title')}</Link> },
          { title: t('cases.apply.titleShort') },
        ]}
      />
      {failed ? (
        <>
          <h1 className="page-title">{t('cases.apply.titleShort')}</h1>
          <LoadError error={failed.error} onRetry={() => void failed.refetch()} headingLevel={2} />
        </>
      ) : !guide.data || !prefill.data || !me || (draftId && !draft.data) ? (
        <Loading rows={10} />
      ) : draft.data && draft.data.status !== 'draft' ? (
        <>
          <h1 className="page-title">{guide.data.content.name}</h1>
          <Alert
            type="info"
            showIcon
            title={t('cases.apply.notDraft')}
            action={<Link to={`/me/cases/${draft.data.id}`}>{t('cases.mine.open')}</Link>}
          />
        </>
      ) : (
        <Wizard
          guide={guide.data}
          prefill={prefill.data}
          draft={draft.data}
          me={me}
          initialAnswers={draft.data?.answers ?? urlAnswers}
        />
      )}
    </div>
  );
}
