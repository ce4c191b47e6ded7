// 一表申请: the members' forms merged into one, deduplicated by data-element key. Required if any
// member requires it; a key whose leaves validate differently (type, format, enum values, length…;
// titles and help may differ) is a conflict, reported so that publication is refused.
import type { MemberVersion, MergedForm } from './plan.ts';

export function mergeForm(_members: readonly MemberVersion[]): MergedForm {
  throw new Error('not implemented');
}

/** The part of the merged form's data that a member's form uses (its keys, nested as the form). */
export function memberFormData(
  _data: Record<string, unknown>,
  _memberKeys: readonly string[],
): Record<string, unknown> {
  throw new Error('not implemented');
}
