// Builds a bundle's plan (plan.ts) from its content, the members' versions in force and answers.
import type { BundleContent } from './content.ts';
import { mergeForm } from './merge-form.ts';
import { mergeMaterials } from './merge-materials.ts';
import { applicableMembers, startOrder, typicalAnswers } from './members.ts';
import type { BundlePlan, MemberVersion } from './plan.ts';
import { computeSavings } from './savings.ts';

/**
 * `versions` maps a member id to its pinned version (every member of the content); `answers`
 * null means every member (the guide).
 */
export function buildPlan(
  content: BundleContent,
  versions: ReadonlyMap<string, MemberVersion>,
  answers: Record<string, string> | null,
): BundlePlan {
  const applicable = applicableMembers(content, answers).filter((m) => versions.has(m.id));
  // The content's member definition is the one that counts (its fixed answers, its order).
  const members = startOrder(applicable).map((m) => ({ ...versions.get(m.id)!, member: m }));
  const form = mergeForm(members);
  const materials = mergeMaterials(members);
  return { members, form, materials, savings: computeSavings(members, form, materials, content.visits) };
}

/** The savings quoted for a bundle: those of its typical application (members.ts typicalAnswers). */
export function typicalSavings(content: BundleContent, versions: ReadonlyMap<string, MemberVersion>) {
  return buildPlan(content, versions, typicalAnswers(content.questions)).savings;
}
