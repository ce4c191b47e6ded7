// The bundle wizard's state and moves: questions → (POST plan) → one form → one material set with
// one e-license consent → delivery and review → one submission. The submission carries one
// Idempotency-Key per wizard, so a double click or a retry never applies twice; the applicant
// then lands on the tracking page. The steps' content is in BundleSteps.tsx.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Me } from '../../api/identity.ts';
import { unwrap } from '../../api/problem.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { newIdempotencyKey } from '../cases/api.ts';
import type { CaseFormHandle } from '../cases/CaseForm.tsx';
import type { ChosenMaterial } from '../cases/MaterialPicker.tsx';
import { ProblemAlert } from '../cases/ProblemAlert.tsx';
import { WizardSteps } from '../cases/WizardSteps.tsx';
import { useApplyBundle, usePlan } from './api.ts';
import { bundleCaseBody, mergePrefills, missingMaterials, type WizardChoices } from './apply-state.ts';
import { StepBody } from './BundleSteps.tsx';
import { visibleQuestions } from './GuideSections.tsx';
import type { Answers, BundleGuide, BundlePlan } from './types.ts';

const STEPS: MessageKey[] = [
  'bdl.apply.stepQuestions',
  'bdl.apply.stepForm',
  'bdl.apply.stepMaterials',
  'bdl.apply.stepReview',
];

/**
 * The members' prefills (the applicant's profile, per member form), merged into the one form's
 * data; a prefill that fails is left out (the applicant then types the field).
 */
function usePrefillLoader() {
  const client = useQueryClient();
  return async (plan: BundlePlan): Promise<Record<string, unknown>> => {
    const codes = [...new Set(plan.members.map((m) => m.implementationCode))];
    const prefills = await Promise.all(
      codes.map((implementation) =>
        client
          .fetchQuery({
            queryKey: ['cases', 'prefill', implementation],
            staleTime: 60 * 1000,
            queryFn: ({ signal }) =>
              unwrap(api.GET('/api/v1/cases/prefill', { params: { query: { implementation } }, signal })),
          })
          .then((p) => p.formData as Record<string, unknown>)
          .catch(() => undefined),
      ),
    );
    return mergePrefills(plan.form, prefills);
  };
}

export function BundleWizard({ guide, me }: { guide: BundleGuide; me: Me }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [reached, setReached] = useState(0);
  const [plan, setPlan] = useState<BundlePlan | null>(null);
  const [choices, setChoices] = useState<WizardChoices>({
    answers: {},
    formData: {},
    chosen: {},
    licenseConsent: false,
    delivery: 'together',
    deliveryMethod: guide.venues.length > 0 ? 'window' : 'electronic',
    pickupVenueId: guide.venues.length === 1 ? guide.venues[0]?.id : undefined,
  });
  const [showErrors, setShowErrors] = useState(false);
  const [submitKey] = useState(newIdempotencyKey);
  const formHandle = useRef<CaseFormHandle>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const planner = usePlan(guide.code);
  const apply = useApplyBundle();
  const loadPrefill = usePrefillLoader();
  const update = (patch: Partial<WizardChoices>) => setChoices((c) => ({ ...c, ...patch }));

  // Focus follows the step (screen readers, keyboards), not on the first render.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  // A bundle for enterprises is applied for by someone acting for one (the identity bar switches).
  const needsEnterprise = guide.target === 'enterprise' && !me.actingFor;
  const questions = visibleQuestions(guide.content.questions, choices.answers);
  const answered = questions.every((q) => choices.answers[q.id]);

  const goTo = (next: number) => {
    setShowErrors(false);
    setStep(next);
    setReached((r) => Math.max(r, next));
  };

  const stepInOrder = (): boolean => {
    if (step === 0) return answered;
    if (step === 1) return formHandle.current?.validate() ?? true;
    if (step === 2)
      return !!plan && missingMaterials(plan.materials, choices.chosen, choices.licenseConsent).length === 0;
    return choices.deliveryMethod !== 'window' || !!choices.pickupVenueId || guide.venues.length === 0;
  };

  const [planning, setPlanning] = useState(false);
  /** Step 0 asks for the plan (and the profile to pre-fill the form) before moving on. */
  const planFor = async () => {
    // Only the answers of the questions shown count (an earlier answer may hide a question).
    const answers: Answers = Object.fromEntries(questions.map((q) => [q.id, choices.answers[q.id] ?? '']));
    setPlanning(true);
    try {
      const fresh = await planner.mutateAsync(answers).catch(() => null);
      if (!fresh) return false;
      const prefill = await loadPrefill(fresh);
      setPlan(fresh);
      // What the applicant typed already wins over the profile.
      setChoices((c) => ({ ...c, answers, formData: { ...prefill, ...c.formData } }));
      return true;
    } finally {
      setPlanning(false);
    }
  };

  const next = async () => {
    if (planning) return;
    if (!stepInOrder()) {
      setShowErrors(true);
      return;
    }
    if (step === 0 && !(await planFor())) return;
    goTo(step + 1);
  };

  const inFlight = useRef(false);
  const submit = () => {
    if (!plan || inFlight.current) return;
    if (!stepInOrder()) {
      setShowErrors(true);
      return;
    }
    inFlight.current = true;
    apply
      .mutateAsync({ body: bundleCaseBody(guide.code, plan, choices), idempotencyKey: submitKey })
      .then((detail) => navigate(`/me/bundle-cases/${detail.id}`, { state: { submitted: true } }))
      .catch(() => undefined) // shown below
      .finally(() => {
        inFlight.current = false;
      });
  };

  const titles = STEPS.map((k) => t(k));
  const busy = planning || apply.isPending;
  return (
    <article className="wizard" data-testid="bundle-wizard">
      <header className="wizard-header">
        <h1 className="page-title">
          <span lang={zh}>{t('bdl.apply.title', { name: guide.name })}</span>
        </h1>
        <p className="page-lead">
          {me.actingFor
            ? t('bdl.apply.asEnterprise', { name: me.actingFor.name })
            : t('bdl.apply.asSelf', { name: me.name })}
        </p>
      </header>
      <WizardSteps titles={titles} current={step} reachable={reached + 1} onOpen={goTo} />
      <section className="wizard-panel" aria-labelledby="wizard-step-title">
        <h2 id="wizard-step-title" className="section-title" tabIndex={-1} ref={headingRef}>
          {titles[step]}
        </h2>
        {needsEnterprise && (
          <Alert type="warning" showIcon className="case-alert" title={t('bdl.apply.enterpriseOnly')} />
        )}
        <StepBody
          step={step}
          guide={guide}
          plan={plan}
          questions={questions}
          choices={choices}
          onChange={update}
          formHandle={formHandle}
          showErrors={showErrors}
          onChoose={(key: string, value: ChosenMaterial | undefined) =>
            setChoices((c) => {
              const chosen = { ...c.chosen };
              if (value) chosen[key] = value;
              else delete chosen[key];
              return { ...c, chosen };
            })
          }
        />
        {showErrors && step !== 1 && (
          <Alert type="error" showIcon className="case-alert" title={t('bdl.apply.fixErrors')} />
        )}
        {planner.error && <ProblemAlert error={planner.error} />}
        {apply.error && <ProblemAlert error={apply.error} />}
        <div className="wizard-actions">
          {step > 0 && (
            <Button size="large" onClick={() => goTo(step - 1)} disabled={busy}>
              {t('bdl.apply.back')}
            </Button>
          )}
          {step < STEPS.length - 1 ? (
            <Button
              size="large"
              type="primary"
              onClick={() => void next()}
              loading={planning}
              disabled={busy || needsEnterprise}
            >
              {t('bdl.apply.next')}
            </Button>
          ) : (
            <Button size="large" type="primary" onClick={submit} loading={apply.isPending} disabled={busy}>
              {t('bdl.apply.submit')}
            </Button>
          )}
        </div>
      </section>
    </article>
  );
}
