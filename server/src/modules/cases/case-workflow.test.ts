import { describe, expect, it } from 'vitest';
import {
  factsAllow,
  allowedActions,
  CASE_ACTIONS,
  CASE_TRANSITIONS,
  findCaseTransition,
  nextStatus,
  workflowFor,
} from './case-workflow.ts';
import { CASE_STATUSES } from './codes.ts';

const FULL = ['accept', 'review', 'decide', 'conclude', 'deliver'];
const NO_REVIEW = ['accept', 'decide', 'conclude', 'deliver'];

describe('the transition table', () => {
  it('names only known actions and statuses, one transition per action and status', () => {
    const statuses = new Set(CASE_STATUSES.map((s) => s.code));
    const seen = new Set<string>();
    for (const t of CASE_TRANSITIONS) {
      expect(CASE_ACTIONS).toContain(t.action);
      for (const from of t.from) {
        expect(statuses.has(from), from).toBe(true);
        const key = `${t.action}@${from}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
      if (t.to !== 'same' && t.to !== 'previous') expect(statuses.has(t.to), t.to).toBe(true);
      expect(t.by.length).toBeGreaterThan(0);
      expect(t.zh).not.toBe('');
    }
    // Every action of the list has a transition.
    for (const a of CASE_ACTIONS)
      expect(
        CASE_TRANSITIONS.some((t) => t.action === a),
        a,
      ).toBe(true);
  });

  it('never lets an applicant decide, and never lets staff withdraw for the applicant', () => {
    for (const a of ['accept', 'approve', 'deny', 'refuse', 'revoke', 'extend'] as const)
      expect(CASE_TRANSITIONS.find((t) => t.action === a)!.by).not.toContain('applicant');
    expect(CASE_TRANSITIONS.find((t) => t.action === 'withdraw')!.by).toEqual(['applicant']);
  });

  it('closes nothing after a final status except a revocation of a concluded case', () => {
    for (const s of ['refused', 'withdrawn', 'terminated', 'revoked'] as const)
      expect(allowedActions(CASE_TRANSITIONS, s), s).toEqual([]);
    expect(allowedActions(CASE_TRANSITIONS, 'concluded')).toEqual(['deliver', 'verify-commitment', 'revoke']);
  });
});

describe('workflowFor', () => {
  it('with a review step: accept → review-pass → approve/deny; no accept-and-conclude', () => {
    const w = workflowFor({ stepCodes: FULL, onTheSpot: false });
    expect(allowedActions(w, 'submitted')).toEqual([
      'accept',
      'request-correction',
      'refuse',
      'deem-accept',
      'withdraw',
      'forward',
      'confirm-receipt',
    ]);
    expect(findCaseTransition(w, 'accepted', 'approve')).toBeUndefined();
    expect(findCaseTransition(w, 'accepted', 'review-pass')?.to).toBe('reviewed');
    expect(findCaseTransition(w, 'reviewed', 'approve')?.to).toBe('concluded');
    expect(findCaseTransition(w, 'reviewed', 'return')?.to).toBe('accepted');
    expect(findCaseTransition(w, 'suspended', 'approve')).toBeUndefined();
  });

  it('without a review step: the decision follows acceptance, no review-pass or return', () => {
    const w = workflowFor({ stepCodes: NO_REVIEW, onTheSpot: false });
    expect(findCaseTransition(w, 'accepted', 'approve')?.to).toBe('concluded');
    expect(findCaseTransition(w, 'accepted', 'deny')?.to).toBe('concluded');
    expect(findCaseTransition(w, 'reviewed', 'approve')).toBeUndefined();
    expect(w.some((t) => t.action === 'review-pass' || t.action === 'return')).toBe(false);
  });

  it('即办 only: accept-and-conclude from submitted', () => {
    for (const stepCodes of [FULL, NO_REVIEW]) {
      expect(
        findCaseTransition(workflowFor({ stepCodes, onTheSpot: true }), 'submitted', 'accept-and-conclude')
          ?.to,
      ).toBe('concluded');
      expect(
        findCaseTransition(workflowFor({ stepCodes, onTheSpot: false }), 'submitted', 'accept-and-conclude'),
      ).toBeUndefined();
    }
  });

  it('does not change the shared table', () => {
    const before = JSON.stringify(CASE_TRANSITIONS);
    workflowFor({ stepCodes: NO_REVIEW, onTheSpot: true });
    expect(JSON.stringify(CASE_TRANSITIONS)).toBe(before);
  });
});

describe('nextStatus', () => {
  it("'same' keeps the status; 'previous' returns where the special procedure began", () => {
    const extend = CASE_TRANSITIONS.find((t) => t.action === 'extend')!;
    const end = CASE_TRANSITIONS.find((t) => t.action === 'end-special-procedure')!;
    expect(nextStatus(extend, 'reviewed', null)).toBe('reviewed');
    expect(nextStatus(end, 'suspended', 'reviewed')).toBe('reviewed');
    expect(nextStatus(end, 'suspended', null)).toBe('accepted');
  });
});

describe('facts that rule out an action the status allows', () => {
  const none = {
    outstandingMaterials: 0,
    extended: false,
    verificationPending: false,
    forwarding: false,
    approved: false,
  };
  it('supplement needs outstanding 容缺 materials; extend only once; verification only when pending', () => {
    expect(factsAllow('supplement', none)).toBe(false);
    expect(factsAllow('supplement', { ...none, outstandingMaterials: 1 })).toBe(true);
    expect(factsAllow('extend', none)).toBe(true);
    expect(factsAllow('extend', { ...none, extended: true })).toBe(false);
    expect(factsAllow('verify-commitment', none)).toBe(false);
    expect(factsAllow('verify-commitment', { ...none, verificationPending: true })).toBe(true);
  });
  it('forwarding actions need a forwarding record; only an approval can be revoked; others are not affected', () => {
    expect(factsAllow('forward', none)).toBe(false);
    expect(factsAllow('confirm-receipt', { ...none, forwarding: true })).toBe(true);
    expect(factsAllow('revoke', none)).toBe(false);
    expect(factsAllow('revoke', { ...none, approved: true })).toBe(true);
    expect(factsAllow('accept', none)).toBe(true);
  });
});
