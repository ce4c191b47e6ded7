// The content of the bundle wizard's steps: the bundle's questions, the one merged form (@rjsf,
// as the case wizard renders it), the one material set with a single e-license consent, and the
// delivery choice with the review (members and savings). The state is in BundleWizard.tsx.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Checkbox, Radio } from 'antd';
import type { Ref } from 'react';
import { codeLabel } from '../../i18n/catalog-codes.ts';
import { useI18n } from '../../i18n/index.ts';
import { zhWhenForeign } from '../catalog/guide/format.ts';
import { CaseForm, type CaseFormHandle } from '../cases/CaseForm.tsx';
import { MaterialPicker, type ChosenMaterial } from '../cases/MaterialPicker.tsx';
import { exempted, heldLicenses, type WizardChoices } from './apply-state.ts';
import { SavingsCompare } from './BundleBits.tsx';
import { MemberList } from './GuideSections.tsx';
import { BUNDLE_DELIVERIES, BUNDLE_DELIVERY_METHODS } from './labels.ts';
import type { BundleGuide, BundlePlan, BundleQuestion } from './types.ts';

interface StepBodyProps {
  step: number;
  guide: BundleGuide;
  plan: BundlePlan | null;
  questions: readonly BundleQuestion[];
  choices: WizardChoices;
  onChange: (patch: Partial<WizardChoices>) => void;
  onChoose: (materialKey: string, value: ChosenMaterial | undefined) => void;
  formHandle: Ref<CaseFormHandle>;
  showErrors: boolean;
}

export function StepBody(props: StepBodyProps) {
  const { t } = useI18n();
  const { step, plan, choices } = props;
  if (step === 0) return <QuestionsStep {...props} />;
  if (!plan) return null;
  if (step === 1)
    return (
      <div className="wizard-body">
        <p className="guide-lead">{t('bdl.apply.formLead')}</p>
        <CaseForm
          form={plan.form}
          data={choices.formData}
          onChange={(formData) => props.onChange({ formData })}
          idPrefix="bundle"
          handle={props.formHandle}
        />
      </div>
    );
  if (step === 2) return <MaterialsStep {...props} plan={plan} />;
  return <ReviewStep {...props} plan={plan} />;
}

function QuestionsStep({ guide, questions, choices, onChange, showErrors }: StepBodyProps) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  if (guide.content.questions.length === 0)
    return (
      <div className="wizard-body">
        <p>{t('bdl.apply.noQuestions')}</p>
        <MemberList members={guide.plan.members} />
      </div>
    );
  const missing = questions.some((q) => !choices.answers[q.id]);
  return (
    <div className="wizard-body">
      <p className="guide-lead">{t('bdl.apply.questionsLead')}</p>
      {questions.map((q) => (
        <fieldset key={q.id} className="situation-question">
          <legend lang={zh}>{q.text}</legend>
          {q.help && (
            <p className="situation-help" lang={zh}>
              {q.help}
            </p>
          )}
          <Radio.Group
            name={`bundle-${q.id}`}
            value={choices.answers[q.id]}
            onChange={(e) => onChange({ answers: { ...choices.answers, [q.id]: e.target.value as string } })}
            options={q.options.map((o) => ({ value: o.id, label: <span lang={zh}>{o.label}</span> }))}
          />
        </fieldset>
      ))}
      {showErrors && missing && (
        <p className="pick-error" role="alert">
          {t('bdl.apply.answerAll')}
        </p>
      )}
    </div>
  );
}

function MaterialsStep({
  plan,
  choices,
  onChange,
  onChoose,
  showErrors,
}: StepBodyProps & { plan: BundlePlan }) {
  const { t, lang } = useI18n();
  const held = heldLicenses(plan.materials);
  const sep = lang === 'zh-CN' ? '、' : ', ';
  return (
    <div className="wizard-body">
      <p className="guide-lead">{t('bdl.apply.materialsLead')}</p>
      {held.length > 0 && (
        <div className="license-consent" data-testid="license-consent">
          <p>{t('bdl.apply.consentLead', { names: held.map((m) => m.name).join(sep) })}</p>
          <Checkbox
            checked={choices.licenseConsent}
            onChange={(e) => onChange({ licenseConsent: e.target.checked })}
          >
            {t('bdl.apply.consent')}
          </Checkbox>
          {!choices.licenseConsent && <p className="case-muted">{t('bdl.apply.consentNeeded')}</p>}
        </div>
      )}
      <ol className="pick-list" data-testid="material-picks">
        {plan.materials.map((m) => (
          <li key={m.key}>
            {exempted(m, choices.licenseConsent) ? (
              <article className="pick" data-testid="material-pick" data-material={m.key} aria-label={m.name}>
                <h3 className="pick-name">{m.name}</h3>
                <p className="license-linked" data-testid="material-exempt">
                  <SafetyCertificateOutlined aria-hidden />{' '}
                  {m.source === 'e-license' ? t('bdl.guide.held') : t('cases.pick.fetched')}
                </p>
              </article>
            ) : (
              <MaterialPicker
                material={{
                  id: m.key,
                  name: m.name,
                  source: m.source === 'e-license' ? 'applicant' : m.source,
                  required: m.requirement === 'required',
                  deficiencyAllowed: m.deficiencyAllowed,
                }}
                candidates={[]}
                value={choices.chosen[m.key]}
                onChange={(value) => onChoose(m.key, value)}
                showMissing={showErrors}
              />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function ReviewStep({ guide, plan, choices, onChange, showErrors }: StepBodyProps & { plan: BundlePlan }) {
  const { t, lang } = useI18n();
  const zh = zhWhenForeign(lang);
  const atWindow = choices.deliveryMethod === 'window';
  return (
    <div className="wizard-body">
      <fieldset className="situation-question">
        <legend>{t('bdl.apply.deliveryTitle')}</legend>
        <Radio.Group
          name="bundle-delivery"
          value={choices.delivery}
          onChange={(e) => onChange({ delivery: e.target.value as WizardChoices['delivery'] })}
          options={BUNDLE_DELIVERIES.map((d) => ({
            value: d.code,
            label: codeLabel(BUNDLE_DELIVERIES, d.code, lang),
          }))}
        />
      </fieldset>
      <fieldset className="situation-question">
        <legend>{t('bdl.apply.methodTitle')}</legend>
        <Radio.Group
          name="bundle-method"
          value={choices.deliveryMethod}
          onChange={(e) => onChange({ deliveryMethod: e.target.value as WizardChoices['deliveryMethod'] })}
          options={BUNDLE_DELIVERY_METHODS.filter((m) => m.code !== 'window' || guide.venues.length > 0).map(
            (m) => ({ value: m.code, label: codeLabel(BUNDLE_DELIVERY_METHODS, m.code, lang) }),
          )}
        />
      </fieldset>
      {atWindow && guide.venues.length > 0 && (
        <fieldset className="situation-question">
          <legend>{t('bdl.apply.venueTitle')}</legend>
          <Radio.Group
            className="pickup-options"
            name="bundle-venue"
            value={choices.pickupVenueId}
            onChange={(e) => onChange({ pickupVenueId: e.target.value as string })}
            options={guide.venues.map((v) => ({
              value: v.id,
              label: (
                <span className="pickup-option" lang={zh}>
                  <strong>{v.name}</strong>
                  <span className="case-muted">{v.address}</span>
                </span>
              ),
            }))}
          />
          {showErrors && !choices.pickupVenueId && (
            <p className="pick-error" role="alert">
              {t('bdl.apply.venueMissing')}
            </p>
          )}
        </fieldset>
      )}
      <h3 className="case-subtitle">{t('bdl.apply.reviewMembers')}</h3>
      <Alert type="info" showIcon title={t('bdl.apply.planReady', { count: plan.members.length })} />
      <MemberList members={plan.members} headingLevel={4} />
      <h3 className="case-subtitle">{t('bdl.apply.reviewSavings')}</h3>
      <SavingsCompare savings={plan.savings} label={t('bdl.apply.reviewSavings')} />
    </div>
  );
}
