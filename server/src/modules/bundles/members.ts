// Which members of a bundle apply (their `when` against the bundle's answers) and in what order
// they may start (`after`): pure rules, shared by the guide, the publication rules and fan-out.
import type { BundleContent, BundleMember } from './content.ts';
import type { MemberOutcome } from './codes.ts';

/** The members that apply for the answers (null: every member, as the guide lists them). */
export function applicableMembers(
  _content: BundleContent,
  _answers: Record<string, string> | null,
): BundleMember[] {
  throw new Error('not implemented');
}

/**
 * The members in a start order that respects `after` (a member after all its predecessors; ties
 * keep definition order). Predecessors that are not applicable are ignored. Throws on a cycle.
 */
export function startOrder(_members: readonly BundleMember[]): BundleMember[] {
  throw new Error('not implemented');
}

/** A cycle among `after` references (member ids in order), or null. */
export function orderCycle(_members: readonly BundleMember[]): string[] | null {
  throw new Error('not implemented');
}

/**
 * What to do with waiting members given the outcomes so far: `start` those whose applicable
 * predecessors all succeeded; `block` those with a failed or blocked predecessor.
 */
export function nextSteps(
  _members: readonly BundleMember[],
  _outcomes: ReadonlyMap<string, MemberOutcome>,
): { start: string[]; block: string[] } {
  throw new Error('not implemented');
}
