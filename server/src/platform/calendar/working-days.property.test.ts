// Property tests: the closed-form counting in working-days.ts must agree with a plain day-by-day
// reference written from the rule alone, for the official data and for random exceptional days.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarDays, dateParts, dayOfWeek, fromDayNumber, toDayNumber } from '../time/business-date.ts';
import type { ExceptionalDay } from './exceptional-day.ts';
import { OFFICIAL_CALENDAR_YEARS, officialExceptionalDays } from './official-days.ts';
import { createWorkingCalendar } from './working-days.ts';

/** The rule as DOMAIN.md states it, one day at a time, sharing no code with the implementation. */
function referenceCalendar(days: readonly ExceptionalDay[], loadedYears: readonly number[]) {
  const kinds = new Map(days.map((d) => [d.date, d.kind]));
  const loaded = new Set(loadedYears);
  const fixed = ['01-01', '05-01', '05-02', '10-01', '10-02', '10-03'];
  const isLoaded = (date: string) => loaded.has(dateParts(date).year);
  function isWorking(date: string): boolean {
    const kind = kinds.get(date);
    if (kind !== undefined) return kind === 'work';
    const dow = dayOfWeek(date);
    if (dow === 0 || dow === 6) return false;
    if (isLoaded(date)) return true;
    const monthDay = date.slice(5);
    if (monthDay === '05-02' && dateParts(date).year < 2025) return true;
    return !fixed.includes(monthDay);
  }
  function between(from: string, to: string): { days: number; provisional: boolean } {
    const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    let days = 0;
    let provisional = false;
    for (let d = addCalendarDays(lo, 1); d <= hi; d = addCalendarDays(d, 1)) {
      if (isWorking(d)) days++;
      if (!isLoaded(d)) provisional = true;
    }
    return { days: days === 0 ? 0 : sign * days, provisional };
  }
  function add(from: string, n: number): { due: string; provisional: boolean } {
    let d = from;
    let provisional = false;
    for (let left = n; left > 0;) {
      d = addCalendarDays(d, 1);
      if (!isLoaded(d)) provisional = true;
      if (isWorking(d)) left--;
    }
    return { due: d, provisional };
  }
  return { isWorking, between, add };
}

const dateIn = (first: string, last: string) =>
  fc.integer({ min: toDayNumber(first), max: toDayNumber(last) }).map(fromDayNumber);

describe('official calendar vs day-by-day reference', () => {
  const days = officialExceptionalDays();
  const calendar = createWorkingCalendar(days, OFFICIAL_CALENDAR_YEARS);
  const reference = referenceCalendar(days, OFFICIAL_CALENDAR_YEARS);
  // 2020-2033 straddles the loaded years on both sides.
  const date = dateIn('2020-01-01', '2033-12-31');

  it('isWorkingDay agrees', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(calendar.isWorkingDay(d)).toEqual({
          working: reference.isWorking(d),
          provisional: !OFFICIAL_CALENDAR_YEARS.includes(dateParts(d).year),
        });
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingDays agrees and round-trips through workingDaysBetween', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), (from, n) => {
        const result = calendar.addWorkingDays(from, n);
        expect(result).toEqual(n === 0 ? { due: from, provisional: false } : reference.add(from, n));
        expect(calendar.workingDaysBetween(from, result.due).days).toBe(n);
        if (n > 0) expect(calendar.isWorkingDay(result.due).working).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('workingDaysBetween agrees, is antisymmetric and additive', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        const ab = calendar.workingDaysBetween(a, b);
        expect(ab).toEqual(reference.between(a, b));
        expect(calendar.workingDaysBetween(b, a).days).toBe(ab.days === 0 ? 0 : -ab.days);
        const bc = calendar.workingDaysBetween(b, c).days;
        expect(calendar.workingDaysBetween(a, c).days).toBe(ab.days + bc);
      }),
      { numRuns: 200 },
    );
  });

  it('addWorkingDays(x, between(x, y)) is the last working day ≤ y', () => {
    fc.assert(
      fc.property(date, date, (x, y) => {
        fc.pre(x < y);
        const n = calendar.workingDaysBetween(x, y).days;
        const back = calendar.addWorkingDays(x, n).due;
        expect(back <= y).toBe(true);
        expect(calendar.workingDaysBetween(back, y).days).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('random exceptional days vs day-by-day reference', () => {
  const exceptional = fc
    .uniqueArray(
      fc.tuple(dateIn('2029-11-01', '2032-02-28'), fc.constantFrom<'rest' | 'work'>('rest', 'work')),
      {
        selector: ([d]) => d,
        maxLength: 60,
      },
    )
    .map((pairs) =>
      pairs.map(([date, kind]): ExceptionalDay => ({ date, kind, name: 'random', source: 'test' })),
    );
  const years = fc.subarray([2029, 2030, 2031, 2032]);
  const date = dateIn('2029-10-01', '2032-03-31');

  it('every function agrees', () => {
    fc.assert(
      fc.property(
        exceptional,
        years,
        date,
        date,
        fc.integer({ min: 0, max: 120 }),
        (days, loaded, a, b, n) => {
          const calendar = createWorkingCalendar(days, loaded);
          const reference = referenceCalendar(days, loaded);
          expect(calendar.isWorkingDay(a).working).toBe(reference.isWorking(a));
          expect(calendar.workingDaysBetween(a, b)).toEqual(reference.between(a, b));
          const expected = n === 0 ? { due: a, provisional: false } : reference.add(a, n);
          expect(calendar.addWorkingDays(a, n)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
