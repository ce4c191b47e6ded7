// The savings of applying once: form fields, materials and visits of the members applied for
// separately (sums) against the bundle: the merged form and set, and one trip to the 一件事 window
// at most — none when no applicable member needs a visit (the bundle's `visits` caps it).
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
  const mostVisits = Math.max(0, ...members.map((mv) => mv.content.visits));
  const bundled: Tally = {
    fields: form.fieldCount,
    materials: materials.length,
    visits: Math.min(bundleVisits, mostVisits),
  };
  // A union is never larger than the sum, and one trip never more than the most any member needs.
  const saved: Tally = {
    fields: separately.fields - bundled.fields,
    materials: separately.materials - bundled.materials,
    visits: separately.visits - bundled.visits,
  };
  return { separately, bundled, saved };
}
