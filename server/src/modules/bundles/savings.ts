// The savings of applying once: form fields, materials and visits of the members applied for
// separately (sums) against the bundle (the merged form and set; the bundle's own visits).
import { formFields } from '../catalog/form-schema.ts';
import { memberMaterials } from './merge-materials.ts';
import type { MemberVersion, MergedForm, MergedMaterial, Savings, Tally } from './plan.ts';

export function computeSavings(
  members: readonly MemberVersion[],
  form: MergedForm,
  materials: readonly MergedMaterial[],
  bundleVisits: number,
): Savings {
  const separately: Tally = { fields: 0, materials: 0, visits: 0 };
  for (const mv of members) {
    separately.fields += formFields(mv.content.form).length;
    // The same narrowing as the merged set, so the two counts compare like with like.
    separately.materials += memberMaterials(mv).length;
    separately.visits += mv.content.visits;
  }
  const bundled: Tally = { fields: form.fieldCount, materials: materials.length, visits: bundleVisits };
  // Never negative: a bundle that needs a visit its fully-online members did not saves nothing.
  const saved: Tally = {
    fields: Math.max(0, separately.fields - bundled.fields),
    materials: Math.max(0, separately.materials - bundled.materials),
    visits: Math.max(0, separately.visits - bundled.visits),
  };
  return { separately, bundled, saved };
}
