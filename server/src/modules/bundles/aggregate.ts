// A bundle case's status from its members', and a member's outcome from its sub-case: pure, so
// the handler, the tracking read and the tests agree.
import type { BundleCaseStatus, MemberOutcome } from './codes.ts';
import type { MemberState } from './schema.ts';

/** Sub-case statuses with a decision: its decision says whether the member succeeded. */
const DECIDED = new Set(['concluded', 'delivered']);
/** Sub-case statuses that end without a result (a revoked result counts as none). */
const ENDED_WITHOUT_RESULT = new Set(['refused', 'withdrawn', 'terminated', 'revoked']);

/** A member's outcome from its row state and (when started) its sub-case's status and decision. */
export function memberOutcome(
  state: MemberState,
  caseStatus: string | null,
  decision: 'approved' | 'denied' | null,
): MemberOutcome {
  if (state === 'waiting') return 'waiting';
  if (state === 'blocked') return 'blocked';
  if (caseStatus !== null && DECIDED.has(caseStatus)) {
    if (decision === 'approved') return 'succeeded';
    if (decision === 'denied') return 'failed';
    // Concluded without a recorded decision: not yet readable as either, so still running.
    return 'in-progress';
  }
  if (caseStatus !== null && ENDED_WITHOUT_RESULT.has(caseStatus)) return 'failed';
  return 'in-progress';
}

/** in-progress while any member waits or runs; then concluded / partly-refused / refused. */
export function bundleStatus(outcomes: readonly MemberOutcome[]): BundleCaseStatus {
  // A bundle case always has a member; none means a broken caller, not a status.
  if (outcomes.length === 0) throw new Error('a bundle case has no members');
  if (outcomes.some((o) => o === 'waiting' || o === 'in-progress')) return 'in-progress';
  const succeeded = outcomes.filter((o) => o === 'succeeded').length;
  if (succeeded === outcomes.length) return 'concluded';
  return succeeded === 0 ? 'refused' : 'partly-refused';
}
