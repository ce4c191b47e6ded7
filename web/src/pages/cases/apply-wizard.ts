// The apply wizard's fixed parts, apart from its React state: the steps, how a draft is built from
// the wizard's input, how a saved draft's materials come back, and whether the review step is in
// order (checked both when leaving the step and when deciding to show the error summary).
import type { MessageKey } from '../../i18n/index.ts';
import type { Answers, Guide, Narrowed } from '../catalog/queries.ts';
import type { ChosenMaterial } from './MaterialPicker.tsx';
import type { CaseDetail, CaseInput, DraftInput, MaterialLicense } from './types.ts';

export interface ReviewChoices {
  commitment: boolean;
  commitmentSigned: boolean;
  pickupVenueId: string | undefined;
}

export const STEPS: readonly MessageKey[] = [
  'cases.apply.step.guide',
  'cases.apply.step.situation',
  'cases.apply.step.form',
  'cases.apply.step.materials',
  'cases.apply.step.review',
  'cases.apply.step.submit',
];

export interface WizardInput extends ReviewChoices {
  answers: Answers;
  formData: Record<string, unknown>;
  chosen: Record<string, ChosenMaterial>;
  /** 免证办: the applicant's consent, and the licenses it links now (by material key). */
  licenseConsent: boolean;
  linked: Readonly<Record<string, MaterialLicense>>;
}

/**
 * The case as the wizard would file it: only the chosen files of materials that apply to the
 * situation (a file chosen under another answer stays out, and so does one of a material a linked
 * e-license stands in for), the pickup place only for a city-wide item, the commitment only once
 * signed, the consent to use e-licenses only with the submission.
 */
export function caseInput(
  guide: Guide,
  view: Narrowed | undefined,
  w: WizardInput,
  submit: boolean,
): CaseInput {
  const applicable = view?.materials ?? [];
  return {
    implementationCode: guide.implementationCode,
    answers: view?.answered ?? w.answers,
    formData: w.formData,
    materials: applicable.flatMap((m) => {
      const file = w.chosen[m.id];
      return m.source !== 'shared-data' && !w.linked[m.id] && file
        ? [{ materialKey: m.id, materialId: file.id }]
        : [];
    }),
    ...(w.pickupVenueId && guide.content.cityWide && { pickupVenueId: w.pickupVenueId }),
    channel: window.matchMedia('(max-width: 767px)').matches ? 'mobile' : 'pc',
    ...(w.commitment && w.commitmentSigned && { commitment: true }),
    ...(submit && { submit: true, licenseConsent: w.licenseConsent }),
  };
}

/** A draft's fields (the implementation and the channel are fixed when the case is created). */
export function draftOf(input: CaseInput): DraftInput {
  const { answers, formData, materials, pickupVenueId, commitment } = input;
  return {
    ...(answers && { answers }),
    ...(formData && { formData }),
    ...(materials && { materials }),
    pickupVenueId: pickupVenueId ?? null,
    commitment: commitment ?? false,
  };
}

export function initialChosen(draft: CaseDetail | undefined): Record<string, ChosenMaterial> {
  const chosen: Record<string, ChosenMaterial> = {};
  for (const m of draft?.materials ?? [])
    if (m.materialId)
      chosen[m.materialKey] = { id: m.materialId, name: m.name, sizeBytes: null, reused: true };
  return chosen;
}

/** The chosen files with one material's choice set, or removed when `value` is undefined. */
export function withChoice(
  chosen: Record<string, ChosenMaterial>,
  key: string,
  value: ChosenMaterial | undefined,
): Record<string, ChosenMaterial> {
  const next = { ...chosen };
  if (value) next[key] = value;
  else delete next[key];
  return next;
}

/** The review step: a chosen commitment is signed, and a city-wide item has a pickup place. */
export function reviewInOrder(guide: Guide, review: ReviewChoices): boolean {
  return (
    (!review.commitment || review.commitmentSigned) &&
    (!guide.content.cityWide || guide.venues.length === 0 || Boolean(review.pickupVenueId))
  );
}
