import { describe, expect, it } from 'vitest';
import { COMPLAINT_STATUSES } from './codes.ts';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_TRANSITIONS,
  allowedActions,
  mayReturn,
  nextStatus,
  type ComplaintFlags,
} from './complaint-workflow.ts';

const fresh: ComplaintFlags = { designated: false, returnCount: 0, maxReturns: 3, returnLate: false };
const STATUSES = COMPLAINT_STATUSES.map((s) => s.code);

describe('complaint workflow table', () => {
  it('declares every action once with known statuses', () => {
    expect(COMPLAINT_TRANSITIONS.map((t) => t.action).sort()).toEqual([...COMPLAINT_ACTIONS].sort());
    for (const t of COMPLAINT_TRANSITIONS) {
      for (const s of t.from) expect(STATUSES).toContain(s);
      expect(t.zh && t.en).toBeTruthy();
    }
  });

  it('gives each role its own buttons', () => {
    expect(allowedActions('received', ['complaint.dispatch'], fresh)).toEqual([
      'dispatch',
      'designate',
      'merge',
    ]);
    expect(allowedActions('dispatched', ['complaint.handle'], fresh)).toEqual(['sign', 'return']);
    expect(allowedActions('signed', ['complaint.handle'], fresh)).toEqual(['reply']);
    expect(allowedActions('replied', ['complainant'], fresh)).toEqual(['confirm']);
    expect(allowedActions('replied', ['complaint.dispatch'], fresh)).toEqual(['revisit', 'merge']);
    expect(allowedActions('closed', ['complaint.dispatch', 'complaint.handle'], fresh)).toEqual([]);
    expect(allowedActions('merged', ['complaint.dispatch', 'complaint.handle'], fresh)).toEqual([]);
    expect(allowedActions('received', ['complainant'], fresh)).toEqual([]);
  });

  it('stops returns after the limit, after designation and after the deadline', () => {
    expect(mayReturn(fresh)).toBe(true);
    expect(mayReturn({ ...fresh, returnCount: 3 })).toBe(false);
    expect(mayReturn({ ...fresh, designated: true })).toBe(false);
    expect(mayReturn({ ...fresh, returnLate: true })).toBe(false);
    expect(allowedActions('dispatched', ['complaint.handle'], { ...fresh, designated: true })).toEqual([
      'sign',
    ]);
    // At the limit a plain dispatch gives way to designation.
    expect(allowedActions('returned', ['complaint.dispatch'], { ...fresh, returnCount: 3 })).toEqual([
      'designate',
      'merge',
    ]);
  });

  it('closes a solved order and reopens an unsolved one', () => {
    expect(nextStatus('confirm', 'replied', true)).toBe('closed');
    expect(nextStatus('confirm', 'replied', false)).toBe('signed');
    expect(nextStatus('revisit', 'replied', false)).toBe('signed');
    expect(nextStatus('supervise', 'dispatched')).toBe('dispatched');
    expect(nextStatus('return', 'dispatched')).toBe('returned');
  });
});
