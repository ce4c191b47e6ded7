// The content of the apply wizard's current step (the wizard in ApplyWizard.tsx holds the state
// and passes it down), and the confirmation shown once the case is submitted.
import { Alert, Result } from 'antd';
import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import type { Answers, Guide, Narrowed } from '../catalog/queries.ts';
import { GuideStep, ReviewStep, SituationStep } from './ApplySteps.tsx';
import { MaterialsStep } from './MaterialsStep.tsx';
import { StatusTag } from './CaseBits.tsx';
import { CaseForm, type CaseFormHandle } from './CaseForm.tsx';
import type { ChosenMaterial } from './MaterialPicker.tsx';
import type { CaseDetail, MaterialLicense, MaterialObject, Prefill } from './types.ts';

export interface WizardStepBodyProps {
  step: number;
  guide: Guide;
  prefill: Prefill;
  view: Narrowed;
  /** The narrowed view is being recomputed for new answers. */
  updating: boolean;
  blockers: readonly MessageKey[];
  level: number;
  answers: Answers;
  onAnswer: (questionId: string, optionId: string) => void;
  formData: Record<string, unknown>;
  onFormData: (data: Record<string, unknown>) => void;
  formHandle: Ref<CaseFormHandle>;
  candidates: (materialKey: string) => readonly MaterialObject[];
  chosen: Record<string, ChosenMaterial>;
  onChoose: (materialKey: string, value: ChosenMaterial | undefined) => void;
  licenseConsent: boolean;
  onLicenseConsent: (value: boolean) => void;
  /** The e-licenses standing in for materials now (empty without consent). */
  linked: Readonly<Record<string, MaterialLicense>>;
  commitment: boolean;
  onCommitment: (value: boolean) => void;
  commitmentSigned: boolean;
  onSign: (value: boolean) => void;
  pickupVenueId: string | undefined;
  onPickup: (venueId: string) => void;
  showErrors: boolean;
}

export function WizardStepBody(props: WizardStepBodyProps) {
  const { t } = useI18n();
  const { step, guide, prefill, view, showErrors } = props;
  const { content } = guide;
  switch (step) {
    case 0:
      return (
        <>
          {props.blockers.map((b) => (
            <Alert
              key={b}
              type="warning"
              showIcon
              className="case-alert"
              title={t(b, { level: content.minRealNameLevel, current: props.level })}
              action={
                b === 'cases.apply.realName' ? <Link to="/me">{t('cases.apply.goVerify')}</Link> : undefined
              }
            />
          ))}
          <GuideStep guide={guide} narrowed={view} />
        </>
      );
    case 1:
      return (
        <SituationStep
          narrowed={view}
          answers={props.answers}
          onAnswer={props.onAnswer}
          updating={props.updating}
          showIncomplete={showErrors}
        />
      );
    case 2:
      return (
        <div className="wizard-body">
          <p className="guide-lead">{t('cases.apply.formLead')}</p>
          <CaseForm
            form={content.form}
            data={props.formData}
            onChange={props.onFormData}
            idPrefix="apply"
            handle={props.formHandle}
          />
        </div>
      );
    case 3:
      return (
        <MaterialsStep
          materials={view.materials}
          candidates={props.candidates}
          chosen={props.chosen}
          onChoose={props.onChoose}
          showMissing={showErrors}
          licenses={prefill.licenses}
          licenseConsent={props.licenseConsent}
          onLicenseConsent={props.onLicenseConsent}
        />
      );
    case 4:
      return (
        <ReviewStep
          guide={guide}
          narrowed={view}
          formData={props.formData}
          chosen={props.chosen}
          linked={props.linked}
          commitmentAvailable={prefill.commitmentAvailable && !prefill.creditBlocked}
          creditBlocked={prefill.creditBlocked}
          commitment={props.commitment}
          onCommitment={props.onCommitment}
          commitmentSigned={props.commitmentSigned}
          onSign={props.onSign}
          pickupVenueId={props.pickupVenueId}
          onPickup={props.onPickup}
          showErrors={showErrors}
        />
      );
    case 5:
      return (
        <div className="wizard-body">
          <p>{t('cases.apply.submitLead')}</p>
          <ul className="case-plain-list">
            <li>{t('cases.apply.submitHint1')}</li>
            <li>{t('cases.apply.submitHint2')}</li>
            <li>{t('cases.apply.submitHint3')}</li>
          </ul>
        </div>
      );
    default:
      return null;
  }
}

export function Submitted({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  return (
    <div data-testid="apply-submitted">
      <Result
        status="success"
        title={<span className="result-title">{t('cases.apply.submittedLead')}</span>}
        subTitle={
          <span>
            {detail.caseNumber && (
              <>
                {t('cases.detail.caseNumber')}：
                <strong data-testid="case-number">{detail.caseNumber}</strong>{' '}
              </>
            )}
            <StatusTag status={detail.status} />
          </span>
        }
        extra={[
          <Link key="case" to={`/me/cases/${detail.id}`} className="case-link-button">
            {t('cases.apply.viewCase')}
          </Link>,
          <Link key="mine" to="/me/cases" className="case-link-plain">
            {t('cases.mine.title')}
          </Link>,
        ]}
      />
    </div>
  );
}
