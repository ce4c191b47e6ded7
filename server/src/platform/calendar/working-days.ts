// Working-day arithmetic for statutory time limits (行政许可法 §82: periods are counted in working
// days, statutory holidays excluded; the acceptance day itself is not counted).
//
// A working day is Monday–Friday, minus every 'rest' day of the State Council's notice, plus every
// 'work' day (调休上班). For a year whose notice is not loaded, only weekends and the fixed-date
// statutory holidays are known, and every answer touching that year is marked provisional.
//
// The calendar is pure: the caller passes the exceptional days (built-in notices, database rows,
// amendments) and the years whose notice they cover; nothing here reads a clock or a database.
// Counting uses closed-form weekday arithmetic plus the sparse exceptions, so the cost depends on
// the number of exceptions and years in range, not on the number of days.

import {
  MAX_BUSINESS_YEAR,
  MIN_BUSINESS_YEAR,
  assertBusinessDate,
  dateParts,
  dayOfWeekOfDayNumber,
  fromDayNumber,
  toDayNumber,
} from '../time/business-date.ts';
import { assertExceptionalDay } from './exceptional-day.ts';
import type { ExceptionalDay } from './exceptional-day.ts';
import { fixedDateHolidays } from './fixed-holidays.ts';

/** Largest `n` accepted by addWorkingDays: ten years of working days, far above any legal period. */
export const MAX_WORKING_DAYS = 3650;

export interface WorkingDayStatus {
  readonly working: boolean;
  /** True when the date's year has no loaded notice: the answer may change once it is loaded. */
  readonly provisional: boolean;
}

export interface DueDate {
  /** The n-th working day after `from` (`from` itself when n = 0). */
  readonly due: string;
  /** True when any day after `from` up to `due` lies in a year without a loaded notice. */
  readonly provisional: boolean;
}

export interface WorkingDayCount {
  /** Working days d with from < d ≤ to; negated when to < from. */
  readonly days: number;
  /** True when any day counted over lies in a year without a loaded notice. */
  readonly provisional: boolean;
}

export interface WorkingCalendar {
  /** The years whose notice is loaded, ascending. */
  readonly loadedYears: readonly number[];
  isWorkingDay(date: string): WorkingDayStatus;
  addWorkingDays(from: string, n: number): DueDate;
  workingDaysBetween(from: string, to: string): WorkingDayCount;
  /** The exceptional day recorded for `date`, if any (to explain why a day is off or on). */
  exceptionalDay(date: string): ExceptionalDay | undefined;
}

/** Number of Monday–Friday days with day number ≤ x, up to a constant (only differences matter). */
function weekdaysThrough(x: number): number {
  // Shift so that 0 is a Monday: day 4 (1970-01-05) was a Monday.
  const k = x + 3;
  const weeks = Math.floor(k / 7);
  const dayInWeek = k - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(dayInWeek + 1, 5);
}

function isWeekday(dayNumber: number): boolean {
  const dow = dayOfWeekOfDayNumber(dayNumber);
  return dow >= 1 && dow <= 5;
}

function yearOfDayNumber(dayNumber: number): number {
  return Number(fromDayNumber(dayNumber).slice(0, 4));
}

/** Index of the first element of ascending `sorted` greater than `x`. */
function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function assertDayCount(n: unknown): asserts n is number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`number of working days must be a non-negative integer, got ${String(n)}`);
  }
  if (n > MAX_WORKING_DAYS) {
    throw new RangeError(`number of working days must be at most ${MAX_WORKING_DAYS}, got ${n}`);
  }
}

/**
 * Builds a calendar from exceptional days and the years whose notice they cover. Throws RangeError
 * for a malformed day, a date listed both as 'rest' and as 'work', or a year outside 0001-9999.
 * Days in a year not listed in `loadedYears` still apply (an amendment may precede its notice),
 * but that year's answers stay provisional.
 */
export function createWorkingCalendar(
  days: Iterable<ExceptionalDay>,
  loadedYears: Iterable<number>,
): WorkingCalendar {
  const loaded = new Set<number>();
  for (const year of loadedYears) {
    if (!Number.isInteger(year) || year < MIN_BUSINESS_YEAR || year > MAX_BUSINESS_YEAR) {
      throw new RangeError(`loaded year must be an integer 1-9999, got ${String(year)}`);
    }
    loaded.add(year);
  }

  const byDay = new Map<number, ExceptionalDay>();
  for (const day of days) {
    assertExceptionalDay(day);
    const dayNumber = toDayNumber(day.date);
    const previous = byDay.get(dayNumber);
    if (previous !== undefined && previous.kind !== day.kind) {
      throw new RangeError(`${day.date} is listed both as a rest day and as a working day`);
    }
    if (previous === undefined) byDay.set(dayNumber, day);
  }

  // Exceptions that change the Monday–Friday answer, ascending, with prefix sums of their effect
  // (+1 for a weekend working day, -1 for a weekday off) so a range sum is two binary searches.
  const shifts = [...byDay]
    .map(([dayNumber, day]) => ({
      dayNumber,
      delta: (day.kind === 'work' ? 1 : 0) - (isWeekday(dayNumber) ? 1 : 0),
    }))
    .filter((s) => s.delta !== 0)
    .sort((a, b) => a.dayNumber - b.dayNumber);
  const shiftDays = shifts.map((s) => s.dayNumber);
  const shiftPrefix = [0];
  for (const s of shifts) shiftPrefix.push(shiftPrefix[shiftPrefix.length - 1]! + s.delta);

  // Working days d with a < d ≤ b (a ≤ b), and whether a year without a notice was involved.
  function count(a: number, b: number): WorkingDayCount {
    if (a === b) return { days: 0, provisional: false };
    let days = weekdaysThrough(b) - weekdaysThrough(a);
    days += shiftPrefix[upperBound(shiftDays, b)]! - shiftPrefix[upperBound(shiftDays, a)]!;
    let provisional = false;
    const lastYear = yearOfDayNumber(b);
    for (let year = yearOfDayNumber(a + 1); year <= lastYear; year++) {
      if (loaded.has(year)) continue;
      provisional = true;
      for (const holiday of fixedDateHolidays(year)) {
        const d = toDayNumber(holiday.date);
        // A recorded exceptional day overrides the fixed-date rule (its shift is counted above).
        if (d > a && d <= b && isWeekday(d) && !byDay.has(d)) days -= 1;
      }
    }
    return { days, provisional };
  }

  const lastDayNumber = toDayNumber(`${MAX_BUSINESS_YEAR}-12-31`);

  return {
    loadedYears: Object.freeze([...loaded].sort((x, y) => x - y)),

    isWorkingDay(date) {
      assertBusinessDate(date);
      const dayNumber = toDayNumber(date);
      const provisional = !loaded.has(dateParts(date).year);
      const day = byDay.get(dayNumber);
      if (day !== undefined) return { working: day.kind === 'work', provisional };
      // count() knows the fixed-date rule for years without a notice; one day is one unit.
      return { working: count(dayNumber - 1, dayNumber).days === 1, provisional };
    },

    addWorkingDays(from, n) {
      assertBusinessDate(from, 'from');
      assertDayCount(n);
      if (n === 0) return { due: from, provisional: false };
      const start = toDayNumber(from);
      // Grow an upper bound, then binary-search the first day whose count reaches n: the count
      // rises by exactly one on each working day, so that day is itself the n-th working day.
      const step = Math.ceil(n / 5) * 7 + 14;
      let low = start;
      let high = start + step;
      while (count(start, Math.min(high, lastDayNumber)).days < n) {
        if (high >= lastDayNumber)
          throw new RangeError(`due date would fall after year ${MAX_BUSINESS_YEAR}`);
        low = high;
        high += step;
      }
      high = Math.min(high, lastDayNumber);
      while (high - low > 1) {
        const mid = low + Math.floor((high - low) / 2);
        if (count(start, mid).days >= n) high = mid;
        else low = mid;
      }
      return { due: fromDayNumber(high), provisional: count(start, high).provisional };
    },

    workingDaysBetween(from, to) {
      assertBusinessDate(from, 'from');
      assertBusinessDate(to, 'to');
      const a = toDayNumber(from);
      const b = toDayNumber(to);
      if (a <= b) return count(a, b);
      const backwards = count(b, a);
      // `0 - x` rather than `-x`: no -0 when the span holds no working day.
      return { days: 0 - backwards.days, provisional: backwards.provisional };
    },

    exceptionalDay(date) {
      assertBusinessDate(date);
      return byDay.get(toDayNumber(date));
    },
  };
}
