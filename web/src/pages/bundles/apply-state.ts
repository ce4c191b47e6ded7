// The bundle wizard's pure rules: which materials still block the submission, the body of the one
// submission, and the form pre-filled from the members' prefills (the applicant's profile).
import type { ChosenMaterial } from '../cases/MaterialPicker.tsx';
import type {
  Answers,
  BundleDelivery,
  BundleDeliveryMethod,
  BundlePlan,
  CreateBundleCaseBody,
  MergedMaterial,
} from './types.ts';

export interface WizardChoices {
  answers: Answers;
  formData: Record<string, unknown>;
  chosen: Record<string, ChosenMaterial>;
  licenseConsent: boolean;
  delivery: BundleDelivery;
  deliveryMethod: BundleDeliveryMethod;
  pickupVenueId: string | undefined;
}

/** 免证办: an e-license the applicant holds stands in for the material once they consent. */
export const exempted = (m: MergedMaterial, consent: boolean) =>
  m.source === 'shared-data' || (m.source === 'e-license' && m.held === true && consent);

/** Required materials not fetched by the platform and with nothing chosen (online all are due). */
export function missingMaterials(
  materials: readonly MergedMaterial[],
  chosen: Record<string, ChosenMaterial>,
  consent: boolean,
): MergedMaterial[] {
  return materials.filter((m) => m.requirement === 'required' && !exempted(m, consent) && !chosen[m.key]);
}

export const heldLicenses = (materials: readonly MergedMaterial[]) =>
  materials.filter((m) => m.source === 'e-license' && m.held === true);

export function bundleCaseBody(code: string, plan: BundlePlan, c: WizardChoices): CreateBundleCaseBody {
  const keys = new Set(plan.materials.filter((m) => !exempted(m, c.licenseConsent)).map((m) => m.key));
  return {
    bundleCode: code,
    answers: c.answers,
    formData: c.formData,
    materials: Object.entries(c.chosen)
      .filter(([key]) => keys.has(key))
      .map(([materialKey, value]) => ({ materialKey, materialId: value.id })),
    licenseConsent: c.licenseConsent,
    delivery: c.delivery,
    deliveryMethod: c.deliveryMethod,
    ...(c.deliveryMethod === 'window' && c.pickupVenueId ? { pickupVenueId: c.pickupVenueId } : {}),
    channel: window.matchMedia('(max-width: 767px)').matches ? 'mobile' : 'pc',
  };
}

/**
 * The merged form's data pre-filled from each member's prefill: a top-level field of the merged
 * form takes the first member's value for it (they share the data-element key).
 */
export function mergePrefills(
  form: BundlePlan['form'],
  prefills: readonly (Record<string, unknown> | undefined)[],
): Record<string, unknown> {
  const properties = (form.schema as { properties?: Record<string, unknown> }).properties ?? {};
  const data: Record<string, unknown> = {};
  for (const prefill of prefills)
    for (const [key, value] of Object.entries(prefill ?? {}))
      if (key in properties && !(key in data) && value !== undefined && value !== null && value !== '')
        data[key] = value;
  return data;
}
