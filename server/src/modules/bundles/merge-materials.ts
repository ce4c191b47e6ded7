// 一套材料: the applicable materials of the members (their `when` evaluated against each member's
// fixed answers) merged by identity — the e-license type if any, else the shared dataset, else the
// normalized name — so a document asked for by three members is submitted (or exempted) once.
import type { Material } from '../catalog/content.ts';
import type { MemberVersion, MergedMaterial } from './plan.ts';

/** The identity a material is merged by (MergedMaterial.key). */
export function materialIdentity(_m: Material): string {
  throw new Error('not implemented');
}

export function mergeMaterials(_members: readonly MemberVersion[]): MergedMaterial[] {
  throw new Error('not implemented');
}

/** The bundle's chosen material objects as one member's choices (its own material ids). */
export function memberMaterialChoices(
  _choices: readonly { materialKey: string; materialId: string }[],
  _merged: readonly MergedMaterial[],
  _memberId: string,
): { materialKey: string; materialId: string }[] {
  throw new Error('not implemented');
}
