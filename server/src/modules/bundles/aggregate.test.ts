import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../cases/codes.ts';
import { bundleStatus, memberOutcome } from './aggregate.ts';
import type { MemberOutcome } from './codes.ts';

describe('memberOutcome', () => {
  it('follows the row state before a sub-case exists', () => {
    expect(memberOutcome('waiting', null, null)).toBe('waiting');
    expect(memberOutcome('blocked', null, null)).toBe('blocked');
  });

  it('reads a started member from its sub-case', () => {
    expect(memberOutcome('started', 'concluded', 'approved')).toBe('succeeded');
    expect(memberOutcome('started', 'delivered', 'approved')).toBe('succeeded');
    expect(memberOutcome('started', 'concluded', 'denied')).toBe('failed');
    expect(memberOutcome('started', 'delivered', 'denied')).toBe('failed');
    for (const status of ['refused', 'withdrawn', 'terminated', 'revoked']) {
      expect(memberOutcome('started', status, null)).toBe('failed');
    }
    // A revoked result no longer counts, though the decision had been an approval.
    expect(memberOutcome('started', 'revoked', 'approved')).toBe('failed');
  });

  it('is in progress for every other case status', () => {
    const running = ['draft', 'submitted', 'correction-requested', 'accepted', 'reviewed', 'suspended'];
    for (const status of running) expect(memberOutcome('started', status, null)).toBe('in-progress');
    // Every case status is covered by one of the lists above.
    const covered = new Set([
      ...running,
      'concluded',
      'delivered',
      'refused',
      'withdrawn',
      'terminated',
      'revoked',
    ]);
    expect(CASE_STATUSES.map((s) => s.code).filter((c) => !covered.has(c))).toEqual([]);
  });

  it('is in progress for a started member whose sub-case is not yet known', () => {
    expect(memberOutcome('started', null, null)).toBe('in-progress');
  });
});

describe('bundleStatus', () => {
  const table: [MemberOutcome[], string][] = [
    [['in-progress'], 'in-progress'],
    [['succeeded', 'waiting'], 'in-progress'],
    [['failed', 'in-progress', 'blocked'], 'in-progress'],
    [['succeeded'], 'concluded'],
    [['succeeded', 'succeeded', 'succeeded'], 'concluded'],
    [['succeeded', 'failed'], 'partly-refused'],
    [['succeeded', 'failed', 'blocked'], 'partly-refused'],
    [['failed'], 'refused'],
    [['failed', 'blocked', 'blocked'], 'refused'],
  ];

  it.each(table)('%j → %s', (outcomes, status) => {
    expect(bundleStatus(outcomes)).toBe(status);
  });

  it('refuses an empty member list (a bundle case always has a member)', () => {
    expect(() => bundleStatus([])).toThrow();
  });
});
