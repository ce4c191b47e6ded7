// 一套材料: the applicable materials of the members (their `when` evaluated against each member's
// fixed answers) merged by identity — the e-license type if any, else the shared dataset, else the
// normalized name — so a document asked for by three members is submitted (or exempted) once.
import type { Material } from '../catalog/content.ts';
import { matchesWhen, narrowGuide } from '../catalog/situations.ts';
import type { MemberVersion, MergedMaterial } from './plan.ts';

/** The identity a material is merged by (MergedMaterial.key). */
export function materialIdentity(m: Material): string {
  if (m.licenseType) return `license:${m.licenseType}`;
  if (m.source === 'shared-data' && m.sharedDataset) return `shared:${m.sharedDataset}`;
  return `name:${normalizeName(m.name)}`;
}

/**
 * A name as compared across members: full-width forms folded to half-width (NFKC), then
 * whitespace and punctuation — brackets of either width, 、，。《》 and the like — removed, so
 * 「身份证（复印件）」 and 「身份证(复印件)」 are one material.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{P}]/gu, '')
    .toLowerCase();
}

/**
 * A member's materials that apply for its fixed answers, as the sub-case will see them: the
 * answers are narrowed like the guide narrows them (catalog/situations.ts), and a material whose
 * `when` names an unanswered question does not apply.
 */
export function memberMaterials(mv: MemberVersion): Material[] {
  const { answered } = narrowGuide(mv.content, mv.member.answers);
  return mv.content.materials.filter((m) => matchesWhen(m.when, answered));
}

/** Strength of a requirement: the merged material asks for the strongest of its group. */
const STRENGTH: Record<Material['requirement'], number> = {
  optional: 0,
  situational: 1,
  required: 2,
};

function startGroup(key: string, m: Material, memberId: string): MergedMaterial {
  return {
    key,
    name: m.name,
    requirement: m.requirement,
    source: m.source,
    licenseType: m.licenseType ?? null,
    sharedDataset: m.sharedDataset ?? null,
    format: m.format,
    originals: m.originals,
    copies: m.copies,
    deficiencyAllowed: m.deficiencyAllowed,
    acceptanceStandard: m.acceptanceStandard,
    members: [{ memberId, materialId: m.id }],
  };
}

function joinGroup(group: MergedMaterial, m: Material, memberId: string) {
  if (STRENGTH[m.requirement] > STRENGTH[group.requirement]) group.requirement = m.requirement;
  group.originals = Math.max(group.originals, m.originals);
  group.copies = Math.max(group.copies, m.copies);
  // Supplying later is allowed only if every member allows it.
  group.deficiencyAllowed &&= m.deficiencyAllowed;
  group.members.push({ memberId, materialId: m.id });
}

export function mergeMaterials(members: readonly MemberVersion[]): MergedMaterial[] {
  const byKey = new Map<string, MergedMaterial>();
  for (const mv of members) {
    for (const m of memberMaterials(mv)) {
      const key = materialIdentity(m);
      const group = byKey.get(key);
      if (group) joinGroup(group, m, mv.member.id);
      else byKey.set(key, startGroup(key, m, mv.member.id));
    }
  }
  return [...byKey.values()];
}

/** The bundle's chosen material objects as one member's choices (its own material ids). */
export function memberMaterialChoices(
  choices: readonly { materialKey: string; materialId: string }[],
  merged: readonly MergedMaterial[],
  memberId: string,
): { materialKey: string; materialId: string }[] {
  const byKey = new Map(merged.map((m) => [m.key, m]));
  const out: { materialKey: string; materialId: string }[] = [];
  for (const choice of choices) {
    const group = byKey.get(choice.materialKey);
    if (!group) continue;
    for (const own of group.members) {
      if (own.memberId === memberId) out.push({ materialKey: own.materialId, materialId: choice.materialId });
    }
  }
  return out;
}
