import { describe, expect, it } from 'vitest';
import type { TimeLimit } from './content.ts';
import { limitEn, limitWithin, limitZh } from './time-limits.ts';

const spot: TimeLimit = { kind: 'on-the-spot' };
const wd = (value: number): TimeLimit => ({ kind: 'period', value, unit: 'working-days' });
const nd = (value: number): TimeLimit => ({ kind: 'period', value, unit: 'natural-days' });
const mo = (value: number): TimeLimit => ({ kind: 'period', value, unit: 'months' });

describe('limitWithin (promised ≤ statutory)', () => {
  it('on the spot is within anything; a period never within on the spot', () => {
    for (const s of [spot, wd(1), nd(1), mo(1)]) expect(limitWithin(spot, s)).toBe(true);
    for (const p of [wd(1), nd(1), mo(1)]) expect(limitWithin(p, spot)).toBe(false);
  });

  it('compares the numbers in the same unit', () => {
    expect(limitWithin(wd(20), wd(20))).toBe(true);
    expect(limitWithin(wd(21), wd(20))).toBe(false);
    expect(limitWithin(nd(30), nd(31))).toBe(true);
    expect(limitWithin(mo(3), mo(2))).toBe(false);
  });

  it('working days against natural days: N ≤ ⌊5M/7⌋', () => {
    expect(limitWithin(wd(5), nd(7))).toBe(true);
    expect(limitWithin(wd(6), nd(7))).toBe(false);
    expect(limitWithin(wd(14), nd(20))).toBe(true); // ⌊100/7⌋ = 14
    expect(limitWithin(wd(15), nd(20))).toBe(false);
    expect(limitWithin(wd(1), nd(1))).toBe(false); // ⌈7/5⌉ = 2 natural days at worst
    expect(limitWithin(wd(1), nd(2))).toBe(true);
  });

  it('natural days against working days: N ≤ M (M working days last at least M days)', () => {
    expect(limitWithin(nd(20), wd(20))).toBe(true);
    expect(limitWithin(nd(21), wd(20))).toBe(false);
  });

  it('a month is 30 natural days', () => {
    expect(limitWithin(nd(30), mo(1))).toBe(true);
    expect(limitWithin(nd(31), mo(1))).toBe(false);
    expect(limitWithin(mo(1), nd(30))).toBe(true);
    expect(limitWithin(mo(1), nd(29))).toBe(false);
    expect(limitWithin(wd(21), mo(1))).toBe(true); // ⌈147/5⌉ = 30
    expect(limitWithin(wd(22), mo(1))).toBe(false);
    expect(limitWithin(mo(1), wd(30))).toBe(true);
    expect(limitWithin(mo(1), wd(29))).toBe(false);
  });

  it('is conservative: never says yes when the natural-day spans could overlap the wrong way', () => {
    const units = [wd, nd, mo];
    for (const p of units) {
      for (const s of units) {
        for (let a = 1; a <= 40; a++) {
          for (let b = 1; b <= 40; b++) {
            const promised = p(a);
            const statutory = s(b);
            if (!limitWithin(promised, statutory) || p === s) continue;
            // Longest promise (working days at 7/5) never beyond the shortest statutory span.
            const longest = p === wd ? Math.ceil((7 * a) / 5) : p === mo ? 30 * a : a;
            const shortest = s === mo ? 30 * b : b;
            expect(longest).toBeLessThanOrEqual(shortest);
          }
        }
      }
    }
  });
});

describe('labels', () => {
  it('reads the limits in Chinese and English', () => {
    expect(limitZh(spot)).toBe('即办');
    expect(limitZh(wd(20))).toBe('20个工作日');
    expect(limitEn(mo(2))).toBe('2 months');
    expect(limitEn(spot)).toBe('on the spot');
  });
});
