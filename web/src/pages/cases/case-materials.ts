// The case's materials as the applicant's action panels see them: the latest round of each
// material, and how a case material is offered to the MaterialPicker (shared by the correction and
// the 容缺 supplement panels, and by the case page's material list).
import type { ChosenMaterial, PickableMaterial } from './MaterialPicker.tsx';
import type { CaseMaterial } from './types.ts';

export const pickable = (m: CaseMaterial): PickableMaterial => ({
  id: m.materialKey,
  name: m.name,
  source: m.status === 'exempt' ? 'shared-data' : 'applicant',
  // A situational material in the case applied to its situation.
  required: m.requirement !== 'optional',
  deficiencyAllowed: false,
});

/** The materials of the latest round, one per key (earlier rounds stay in the case's record). */
export function latestRound(materials: readonly CaseMaterial[]): CaseMaterial[] {
  const byKey = new Map<string, CaseMaterial>();
  for (const m of materials) {
    const seen = byKey.get(m.materialKey);
    if (!seen || m.round >= seen.round) byKey.set(m.materialKey, m);
  }
  return [...byKey.values()];
}

export const current = (m: CaseMaterial): ChosenMaterial | undefined =>
  m.materialId ? { id: m.materialId, name: m.name, sizeBytes: null, reused: true } : undefined;
