import { describe, expect, it } from 'vitest';
import { applyAction, deriveState, INITIAL_STATE, type LoggedAction } from './case-state.ts';
import { findCaseTransition, nextStatus, workflowFor, type CaseAction } from './case-workflow.ts';
import type { CaseStatus } from './codes.ts';

const log = (...entries: [CaseAction, string, Record<string, unknown>?][]): LoggedAction[] =>
  entries.map(([action, on, detail]) => ({ action, on, ...(detail && { detail }) }));

/** The status the dispatcher projects, action by action, through the workflow of the procedure. */
function projected(entries: LoggedAction[], onTheSpot = false): CaseStatus {
  const w = workflowFor({ stepCodes: ['accept', 'review', 'decide', 'conclude', 'deliver'], onTheSpot });
  let status: CaseStatus = 'draft';
  let resumeTo: CaseStatus | null = null;
  for (const e of entries) {
    const t = findCaseTransition(w, status, e.action);
    if (!t) throw new Error(`${e.action} not allowed in ${status}`);
    const next = nextStatus(t, status, resumeTo);
    if (e.action === 'start-special-procedure') resumeTo = status;
    if (e.action === 'end-special-procedure') resumeTo = null;
    status = next;
  }
  return status;
}

const PATHS: Record<
  string,
  { entries: LoggedAction[]; onTheSpot?: boolean; expect: Partial<ReturnType<typeof deriveState>> }
> = {
  即办: {
    entries: log(['submit', '2026-03-02'], ['accept-and-conclude', '2026-03-02'], ['deliver', '2026-03-02']),
    onTheSpot: true,
    expect: { status: 'delivered', acceptedOn: '2026-03-02', decision: 'approved' },
  },
  'normal promised case': {
    entries: log(
      ['submit', '2026-03-02'],
      ['accept', '2026-03-03', { missingMaterials: [] }],
      ['assign', '2026-03-03'],
      ['review-pass', '2026-03-04'],
      ['approve', '2026-03-05'],
      ['deliver', '2026-03-06'],
    ),
    expect: { status: 'delivered', receivedOn: '2026-03-02', acceptedOn: '2026-03-03', decision: 'approved' },
  },
  'correction then acceptance': {
    entries: log(
      ['submit', '2026-03-02'],
      ['request-correction', '2026-03-03'],
      ['resubmit', '2026-03-10'],
      ['accept', '2026-03-11'],
    ),
    expect: { status: 'accepted', receivedOn: '2026-03-10', acceptedOn: '2026-03-11', correctionRounds: 1 },
  },
  refusal: {
    entries: log(['submit', '2026-03-02'], ['refuse', '2026-03-03']),
    expect: { status: 'refused', acceptedOn: null },
  },
  'deemed acceptance': {
    entries: log(['submit', '2026-03-02'], ['deem-accept', '2026-03-10']),
    expect: { status: 'accepted', acceptedOn: '2026-03-02', deemedAccepted: true },
  },
  '容缺 supplied': {
    entries: log(
      ['submit', '2026-03-02'],
      ['accept', '2026-03-02', { missingMaterials: ['layout-plan', 'safety-rules'] }],
      ['supplement', '2026-03-03', { materialKeys: ['layout-plan'] }],
    ),
    expect: { status: 'accepted', outstandingMaterials: ['safety-rules'] },
  },
  '容缺 expired': {
    entries: log(
      ['submit', '2026-03-02'],
      ['accept', '2026-03-02', { missingMaterials: ['layout-plan'] }],
      ['terminate', '2026-03-06'],
    ),
    expect: { status: 'terminated', outstandingMaterials: ['layout-plan'] },
  },
  'special procedure from review, extension, denial': {
    entries: log(
      ['submit', '2026-03-02'],
      ['accept', '2026-03-02'],
      ['review-pass', '2026-03-03'],
      ['start-special-procedure', '2026-03-04'],
      ['extend', '2026-03-05', { workingDays: 7 }],
      ['end-special-procedure', '2026-03-09'],
      ['deny', '2026-03-10'],
    ),
    expect: { status: 'concluded', extensionDays: 7, decision: 'denied', resumeTo: null },
  },
  'commitment revoked': {
    entries: log(
      ['submit', '2026-03-02'],
      ['accept', '2026-03-02'],
      ['review-pass', '2026-03-02'],
      ['approve', '2026-03-03'],
      ['verify-commitment', '2026-04-01'],
      ['revoke', '2026-04-01'],
    ),
    expect: { status: 'revoked', decision: 'approved' },
  },
  withdrawal: {
    entries: log(['submit', '2026-03-02'], ['accept', '2026-03-02'], ['withdraw', '2026-03-03']),
    expect: { status: 'withdrawn' },
  },
};

describe('deriveState', () => {
  for (const [name, path] of Object.entries(PATHS))
    it(`${name}: the fold gives the state, and its status equals the projection`, () => {
      const state = deriveState(path.entries);
      expect(state).toMatchObject(path.expect);
      expect(state.status).toBe(projected(path.entries, path.onTheSpot));
    });

  it('resumes a special procedure where it began', () => {
    const s = deriveState(
      log(['submit', '2026-03-02'], ['accept', '2026-03-02'], ['start-special-procedure', '2026-03-03']),
    );
    expect(s).toMatchObject({ status: 'suspended', resumeTo: 'accepted' });
    expect(applyAction(s, { action: 'end-special-procedure', on: '2026-03-05' })).toMatchObject({
      status: 'accepted',
      resumeTo: null,
    });
  });

  it('starts from a draft and throws on an action the status does not allow (a corrupt log)', () => {
    expect(deriveState([])).toEqual(INITIAL_STATE);
    expect(() => deriveState(log(['submit', '2026-03-02'], ['approve', '2026-03-03']))).toThrow(
      /approve is not allowed in status submitted/,
    );
    expect(() =>
      deriveState(log(['submit', '2026-03-02'], ['refuse', '2026-03-02'], ['accept', '2026-03-03'])),
    ).toThrow();
  });

  it('ignores malformed detail values', () => {
    const s = deriveState(
      log(['submit', '2026-03-02'], ['accept', '2026-03-02', { missingMaterials: ['a', 3, null] }]),
    );
    expect(s.outstandingMaterials).toEqual(['a']);
  });
});
