import { describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/access/principal.ts';
import {
  expiryAfter,
  followUpOpen,
  followUpUntil,
  indicatorsOf,
  mayRate,
  ratingInputErrors,
  reminderDue,
  storedComment,
} from './rating-rules.ts';

const principal = (kind: Principal['kind']): Principal => ({
  kind,
  accountId: 'a',
  name: 'n',
  actingFor: null,
  grants: [],
  sessionId: null,
});

describe('who may rate', () => {
  it('persons and anonymous visitors; never staff, the operator or a department system', () => {
    expect(mayRate(null)).toBe(true);
    expect(mayRate(principal('person'))).toBe(true);
    for (const k of ['staff', 'operator', 'client'] as const) expect(mayRate(principal(k))).toBe(false);
  });
});

describe('a valid rating', () => {
  it('scores online indicators for a case, window indicators for a window service', () => {
    expect(indicatorsOf('case').map((i) => i.code)).toContain('guide-accuracy');
    expect(indicatorsOf('window').map((i) => i.code)).toContain('attitude');
    expect(ratingInputErrors('case', { level: 1, scores: { overall: 5, usability: 1 } })).toEqual([]);
    expect(ratingInputErrors('window', { level: 5, scores: { attitude: 3 }, comment: '好' })).toEqual([]);
  });

  it('refuses a missing or out-of-range level, foreign indicators and bad scores', () => {
    expect(ratingInputErrors('case', { level: 0 }).map((e) => e.path)).toEqual(['/body/level']);
    expect(ratingInputErrors('case', { level: 6 }).map((e) => e.path)).toEqual(['/body/level']);
    expect(ratingInputErrors('case', { level: 2.5 }).map((e) => e.path)).toEqual(['/body/level']);
    expect(
      ratingInputErrors('case', { level: 1, scores: { attitude: 3, overall: 0, efficiency: 2.5 } }).map(
        (e) => e.path,
      ),
    ).toEqual(['/body/scores/attitude', '/body/scores/overall', '/body/scores/efficiency']);
    expect(ratingInputErrors('window', { level: 1, scores: { usability: 3 } })[0]?.messageZh).toBe(
      '不是此类评价的指标',
    );
  });

  it('counts the comment in characters (500 Chinese characters pass, 501 do not)', () => {
    expect(ratingInputErrors('case', { level: 3, comment: '好'.repeat(500) })).toEqual([]);
    expect(ratingInputErrors('case', { level: 3, comment: '好'.repeat(501) })[0]?.path).toBe('/body/comment');
    expect(storedComment('  ')).toBeNull();
    expect(storedComment(' 很好 ')).toBe('很好');
  });
});

describe('follow-up window (追评)', () => {
  it('is open through the last day and closed the day after, across a month end', () => {
    expect(followUpUntil('2026-01-20', 15)).toBe('2026-02-04');
    expect(followUpOpen('2026-01-20', 15, '2026-01-20')).toBe(true);
    expect(followUpOpen('2026-01-20', 15, '2026-02-04')).toBe(true);
    expect(followUpOpen('2026-01-20', 15, '2026-02-05')).toBe(false);
  });
});

describe('the one reminder', () => {
  const createdAt = new Date('2026-03-01T02:00:00Z');
  const inv = { createdAt, expiresAt: new Date('2026-03-16T02:00:00Z'), usedAt: null, remindedAt: null };
  it('is due once reminderDays have passed, while unused and unexpired', () => {
    expect(reminderDue(inv, 3, new Date('2026-03-04T01:59:59Z'))).toBe(false);
    expect(reminderDue(inv, 3, new Date('2026-03-04T02:00:00Z'))).toBe(true);
    expect(reminderDue({ ...inv, remindedAt: new Date() }, 3, new Date('2026-03-05T00:00:00Z'))).toBe(false);
    expect(reminderDue({ ...inv, usedAt: new Date() }, 3, new Date('2026-03-05T00:00:00Z'))).toBe(false);
    expect(reminderDue(inv, 3, new Date('2026-03-16T02:00:00Z'))).toBe(false);
  });

  it('invitations expire on a whole second', () => {
    expect(expiryAfter(new Date(1_000_999), 1_000).getTime()).toBe(1_001_000);
  });
});
