// The apply wizard's state and its moves: which step is open and how far the applicant got, the
// answers, form data, chosen materials, commitment and pickup place; saving a draft and submitting.
// The steps' content is WizardStepBody; the page around it (loading, a draft that is no longer a
// draft) is ApplyPage.
import { CheckCircleOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Me } from '../../api/identity.ts';
import { ApiError } from '../../api/problem.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { useSituation, type Answers, type Guide } from '../catalog/queries.ts';
import { newIdempotencyKey, useCaseAction, useCreateCase, useSaveDraft } from './api.ts';
import { caseInput, draftOf, initialChosen, reviewInOrder, STEPS, withChoice } from './apply-wizard.ts';
import { linkedLicenses, missingMaterials, usableLicenses } from './MaterialsStep.tsx';
import type { CaseFormHandle } from './CaseForm.tsx';
import type { ChosenMaterial } from './MaterialPicker.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import type { CaseDetail, CaseInput, Prefill } from './types.ts';
import { Submitted, WizardStepBody } from './WizardStepBody.tsx';
import { WizardSteps } from './WizardSteps.tsx';

interface WizardProps {
  guide: Guide;
  prefill: Prefill;
  draft: CaseDetail | undefined;
  me: Me;
  initialAnswers: Answers;
}

export function Wizard({ guide, prefill, draft, me, initialAnswers }: WizardProps) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const [, setParams] = useSearchParams();
  const { content } = guide;
  const [step, setStep] = useState(0);
  const [reached, setReached] = useState(draft ? 4 : 0);
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [formData, setFormData] = useState<Record<string, unknown>>(() =>
    draft && Object.keys(draft.formData).length > 0 ? draft.formData : prefill.formData,
  );
  const [chosen, setChosen] = useState<Record<string, ChosenMaterial>>(() => initialChosen(draft));
  // 免证办: asked anew (a draft does not keep it); without it, e-license materials are uploaded.
  const [licenseConsent, setLicenseConsent] = useState(false);
  const [commitment, setCommitment] = useState(Boolean(draft?.commitment));
  const [commitmentSigned, setCommitmentSigned] = useState(Boolean(draft?.commitment));
  const [pickupVenueId, setPickupVenueId] = useState<string | undefined>(draft?.pickupVenueId ?? undefined);
  const [caseId, setCaseId] = useState<string | undefined>(draft?.id);
  const [seq, setSeq] = useState<number | undefined>(draft?.seq);
  const [showErrors, setShowErrors] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<CaseDetail | null>(null);
  // One key per wizard session for the draft's creation and one for the submission.
  const [draftKey] = useState(newIdempotencyKey);
  const [submitKey] = useState(newIdempotencyKey);

  const narrowed = useSituation(guide.implementationCode, answers);
  const formHandle = useRef<CaseFormHandle>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const create = useCreateCase();
  const save = useSaveDraft();
  const act = useCaseAction();
  const busy = create.isPending || save.isPending || act.isPending;
  const error = create.error ?? save.error ?? act.error;

  // Focus follows the step (for screen readers and keyboards), but not on the first render.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step, submitted]);

  const level = me.person?.realNameLevel ?? 0;
  const blockers: MessageKey[] = [];
  if (me.kind !== 'person') blockers.push('cases.apply.personOnly');
  if (content.notOnline) blockers.push('cases.apply.notOnline');
  if (level < content.minRealNameLevel) blockers.push('cases.apply.realName');

  const candidates = useMemo(() => {
    const map = new Map(prefill.reusableMaterials.map((r) => [r.materialKey, r.candidates]));
    return (key: string) => map.get(key) ?? [];
  }, [prefill.reusableMaterials]);

  const view = narrowed.data;
  const review = { commitment, commitmentSigned, pickupVenueId };
  const linked = linkedLicenses(usableLicenses(prefill.licenses, view?.materials ?? []), licenseConsent);
  const input = (submit: boolean): CaseInput =>
    caseInput(guide, view, { answers, formData, chosen, licenseConsent, linked, ...review }, submit);

  const goTo = (next: number) => {
    setShowErrors(false);
    setStep(next);
    setReached((r) => Math.max(r, next));
  };

  /** Whether the step is in order, without side effects (the form's check shows its errors itself). */
  const canLeaveQuiet = (index: number): boolean => {
    if (!view) return true;
    if (index === 3) return missingMaterials(view.materials, chosen, linked).length === 0;
    if (index === 4) return reviewInOrder(guide, review);
    if (index === 0) return blockers.length === 0;
    return true;
  };

  /** Whether the applicant may leave the step; the situation and the form are checked here too. */
  const canLeave = (): boolean => {
    if (!view) return false;
    if (step === 1) return !narrowed.isPlaceholderData && view.complete;
    if (step === 2) return formHandle.current?.validate() ?? true;
    return canLeaveQuiet(step);
  };

  const next = () => {
    if (!canLeave()) {
      setShowErrors(true);
      return;
    }
    goTo(step + 1);
  };

  const saveDraft = async () => {
    const body = input(false);
    const detail = caseId
      ? await save.mutateAsync({ id: caseId, input: draftOf(body) })
      : await create.mutateAsync({ input: body, idempotencyKey: draftKey });
    setCaseId(detail.id);
    setSeq(detail.seq);
    setSavedAt(
      new Date().toLocaleTimeString(lang, { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }),
    );
    // The URL resumes the draft (a reload, or the link from "my cases") without reloading now.
    setParams(
      (current) => {
        const params = new URLSearchParams(current);
        params.set('draft', detail.id);
        return params;
      },
      { replace: true },
    );
  };

  const submit = async () => {
    if (!caseId) {
      setSubmitted(await create.mutateAsync({ input: input(true), idempotencyKey: submitKey }));
      return;
    }
    let current = seq ?? 0;
    try {
      current = (await save.mutateAsync({ id: caseId, input: draftOf(input(false)) })).seq;
      setSeq(current);
    } catch (e) {
      // A retry after the submission went through: the draft is no longer a draft, and the
      // submit below replays the stored answer under the same key.
      if (!(e instanceof ApiError && e.status === 409)) throw e;
    }
    setSubmitted(
      await act.mutateAsync({
        id: caseId,
        body: { action: 'submit', seq: current, licenseConsent },
        idempotencyKey: submitKey,
      }),
    );
  };

  // A second click before the first one's answer is ignored (the button shows it is busy).
  const inFlight = useRef(false);
  const run = (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    create.reset();
    save.reset();
    act.reset();
    work()
      .catch(() => undefined) // the mutation's error is shown below
      .finally(() => {
        inFlight.current = false;
      });
  };

  const titles = STEPS.map((k) => t(k));
  return (
    <article className="wizard" data-testid="apply-wizard">
      <header className="wizard-header">
        <h1 className="page-title">
          {t('cases.apply.titlePrefix')}
          <span lang={zh}>{content.name}</span>
        </h1>
        <p className="page-lead">
          {me.actingFor
            ? t('cases.apply.asEnterprise', { name: me.actingFor.name })
            : t('cases.apply.asSelf', { name: me.name })}
        </p>
      </header>
      <WizardSteps
        titles={titles}
        current={submitted ? STEPS.length - 1 : step}
        reachable={submitted ? 0 : reached + 1}
        onOpen={goTo}
      />
      <section className="wizard-panel" aria-labelledby="wizard-step-title">
        <h2 id="wizard-step-title" className="section-title" tabIndex={-1} ref={headingRef}>
          {submitted ? t('cases.apply.submittedTitle') : titles[step]}
        </h2>
        {!view ? (
          narrowed.isError ? (
            <LoadError error={narrowed.error} onRetry={() => void narrowed.refetch()} />
          ) : (
            <Loading rows={6} />
          )
        ) : submitted ? (
          <Submitted detail={submitted} />
        ) : (
          <>
            <WizardStepBody
              step={step}
              guide={guide}
              prefill={prefill}
              view={view}
              updating={narrowed.isPlaceholderData || narrowed.isFetching}
              blockers={blockers}
              level={level}
              answers={answers}
              onAnswer={(q, o) => setAnswers((a) => ({ ...a, [q]: o }))}
              formData={formData}
              onFormData={setFormData}
              formHandle={formHandle}
              candidates={candidates}
              chosen={chosen}
              onChoose={(key, value) => setChosen((c) => withChoice(c, key, value))}
              licenseConsent={licenseConsent}
              onLicenseConsent={setLicenseConsent}
              linked={linked}
              commitment={commitment}
              onCommitment={(v) => {
                setCommitment(v);
                // Withdrawing the choice withdraws the signature: it must be given again.
                if (!v) setCommitmentSigned(false);
              }}
              commitmentSigned={commitmentSigned}
              onSign={setCommitmentSigned}
              pickupVenueId={pickupVenueId}
              onPickup={setPickupVenueId}
              showErrors={showErrors}
            />
            {showErrors && step !== 1 && !canLeaveQuiet(step) && (
              <Alert type="error" showIcon className="case-alert" title={t('cases.apply.fixErrors')} />
            )}
            {error && <ProblemAlert error={error} />}
            {savedAt && !error && (
              <p className="wizard-saved" role="status">
                <CheckCircleOutlined aria-hidden /> {t('cases.apply.saved', { time: savedAt })}
              </p>
            )}
            <div className="wizard-actions">
              {step > 0 && (
                <Button size="large" onClick={() => goTo(step - 1)} disabled={busy}>
                  {t('cases.apply.back')}
                </Button>
              )}
              <Button
                size="large"
                icon={<SaveOutlined aria-hidden />}
                onClick={() => run(saveDraft)}
                loading={save.isPending || (create.isPending && !create.variables?.input.submit)}
                disabled={busy || blockers.length > 0}
              >
                {t('cases.apply.saveDraft')}
              </Button>
              {step < STEPS.length - 1 ? (
                <Button
                  size="large"
                  type="primary"
                  onClick={next}
                  disabled={busy || (step === 0 && blockers.length > 0)}
                >
                  {t('cases.apply.next')}
                </Button>
              ) : (
                <Button
                  size="large"
                  type="primary"
                  onClick={() => run(submit)}
                  loading={busy}
                  disabled={busy}
                >
                  {t('cases.apply.submit')}
                </Button>
              )}
            </div>
          </>
        )}
      </section>
    </article>
  );
}
