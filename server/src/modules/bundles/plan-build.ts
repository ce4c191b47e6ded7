// Builds a bundle's plan (plan.ts) from its content, the members' versions in force and answers.
import type { BundleContent } from './content.ts';
import type { BundlePlan, MemberVersion } from './plan.ts';

/**
 * `versions` maps a member id to its pinned version (every member of the content); `answers`
 * null means every member (the guide).
 */
export function buildPlan(
  _content: BundleContent,
  _versions: ReadonlyMap<string, MemberVersion>,
  _answers: Record<string, string> | null,
): BundlePlan {
  throw new Error('not implemented');
}
