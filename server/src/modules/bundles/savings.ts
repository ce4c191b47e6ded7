// The savings of applying once: form fields, materials and visits of the members applied for
// separately (sums) against the bundle (the merged form and set; the bundle's own visits).
import type { MemberVersion, MergedForm, MergedMaterial, Savings } from './plan.ts';

export function computeSavings(
  _members: readonly MemberVersion[],
  _form: MergedForm,
  _materials: readonly MergedMaterial[],
  _bundleVisits: number,
): Savings {
  throw new Error('not implemented');
}
