// A bundle case's status from its members', and a member's outcome from its sub-case: pure, so
// the handler, the tracking read and the tests agree.
import type { BundleCaseStatus, MemberOutcome } from './codes.ts';
import type { MemberState } from './schema.ts';

/** A member's outcome from its row state and (when started) its sub-case's status and decision. */
export function memberOutcome(
  _state: MemberState,
  _caseStatus: string | null,
  _decision: 'approved' | 'denied' | null,
): MemberOutcome {
  throw new Error('not implemented');
}

/** in-progress while any member waits or runs; then concluded / partly-refused / refused. */
export function bundleStatus(_outcomes: readonly MemberOutcome[]): BundleCaseStatus {
  throw new Error('not implemented');
}
