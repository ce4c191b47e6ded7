// The publication rules of a bundle version, reported all at once (like catalog/rules.ts): every
// member's implementation has a version in force in the bundle's region scope; member ids are
// unique; `after` names existing members and has no cycle; `when` names the bundle's questions
// and options; each member's fixed answers cover its implementation's questions (and name real
// options); the lead agency exists; the venues exist; the merged form has no conflicts.
import type { RuleFailure } from '../catalog/rule-failure.ts';
import type { BundleContent } from './content.ts';
import type { MemberVersion } from './plan.ts';

export interface BundleRuleFacts {
  /** Members whose implementation has a version in force, by member id. */
  versions: ReadonlyMap<string, MemberVersion>;
  agencyExists: (id: string) => boolean;
  venueExists: (id: string) => boolean;
}

export function checkBundle(_content: BundleContent, _facts: BundleRuleFacts): RuleFailure[] {
  throw new Error('not implemented');
}
