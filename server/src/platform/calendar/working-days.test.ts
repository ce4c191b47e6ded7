import { describe, expect, it } from 'vitest';
import type { ExceptionalDay } from './exceptional-day.ts';
import { fixedDateHolidayName, fixedDateHolidays } from './fixed-holidays.ts';
import { OFFICIAL_CALENDAR_YEARS, officialExceptionalDays } from './official-days.ts';
import { MAX_WORKING_DAYS, createWorkingCalendar } from './working-days.ts';

const calendar = createWorkingCalendar(officialExceptionalDays(), OFFICIAL_CALENDAR_YEARS);
const working = (date: string) => calendar.isWorkingDay(date).working;
const due = (from: string, n: number) => calendar.addWorkingDays(from, n).due;

describe('isWorkingDay with the official notices', () => {
  it('follows the 2025 National Day notice', () => {
    expect(calendar.isWorkingDay('2025-10-07')).toEqual({ working: false, provisional: false });
    expect(calendar.isWorkingDay('2025-10-08')).toEqual({ working: false, provisional: false });
    expect(calendar.isWorkingDay('2025-09-28')).toEqual({ working: true, provisional: false });
    expect(calendar.isWorkingDay('2025-10-11')).toEqual({ working: true, provisional: false });
    expect(working('2025-10-01')).toBe(false);
    expect(working('2025-09-30')).toBe(true);
    expect(working('2025-10-09')).toBe(true);
  });

  it('follows Spring Festival 2026', () => {
    expect(working('2026-02-14')).toBe(true); // Saturday worked
    for (const d of ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-20', '2026-02-23']) {
      expect(working(d), d).toBe(false);
    }
    expect(working('2026-02-24')).toBe(true);
    expect(working('2026-02-28')).toBe(true); // Saturday worked
    expect(working('2026-03-01')).toBe(false); // ordinary Sunday
  });

  it('spot-checks 2024 and 2023', () => {
    expect(working('2024-02-04')).toBe(true); // Sunday worked before Spring Festival
    expect(working('2024-02-15')).toBe(false); // Thursday given in lieu
    expect(working('2024-04-07')).toBe(true); // Sunday worked after 清明
    expect(working('2024-06-10')).toBe(false); // 端午, Monday
    expect(working('2024-10-12')).toBe(true);
    expect(working('2023-01-02')).toBe(false); // 元旦 in lieu
    expect(working('2023-06-25')).toBe(true); // Sunday worked after 端午
    expect(working('2023-09-29')).toBe(false); // 中秋节
    expect(working('2023-10-08')).toBe(true);
  });

  it('treats an ordinary weekend as rest and an ordinary weekday as work', () => {
    expect(working('2025-03-08')).toBe(false);
    expect(working('2025-03-09')).toBe(false);
    expect(working('2025-03-10')).toBe(true);
  });

  it('explains an exceptional day by its notice', () => {
    expect(calendar.exceptionalDay('2025-10-08')?.source).toBe('国办发明电〔2024〕12号');
    expect(calendar.exceptionalDay('2025-03-10')).toBeUndefined();
    expect(calendar.loadedYears).toEqual([2022, 2023, 2024, 2025, 2026]);
  });
});

describe('addWorkingDays: the start day is not counted', () => {
  it('crosses National Day 2025 and the worked Sunday before it', () => {
    // 09-28 Sun (1), 09-29 (2), 09-30 (3), 10-01..10-08 off, 10-09 (4), 10-10 (5).
    expect(calendar.addWorkingDays('2025-09-26', 5)).toEqual({ due: '2025-10-10', provisional: false });
  });

  it('gives the next Monday for a Friday acceptance + 1', () => {
    expect(due('2025-03-07', 1)).toBe('2025-03-10');
    expect(due('2025-03-08', 1)).toBe('2025-03-10'); // accepted on a Saturday
  });

  it('starts after the holiday when accepted on a holiday', () => {
    expect(due('2025-10-03', 1)).toBe('2025-10-09');
    expect(due('2026-02-16', 1)).toBe('2026-02-24');
  });

  it('counts a worked weekend day', () => {
    expect(due('2025-09-27', 1)).toBe('2025-09-28');
    expect(due('2025-10-10', 1)).toBe('2025-10-11');
    expect(due('2026-02-13', 1)).toBe('2026-02-14');
    expect(due('2026-02-14', 1)).toBe('2026-02-24');
  });

  it('returns the start itself for n = 0, working day or not', () => {
    expect(calendar.addWorkingDays('2025-10-05', 0)).toEqual({ due: '2025-10-05', provisional: false });
    expect(calendar.addWorkingDays('2031-10-01', 0)).toEqual({ due: '2031-10-01', provisional: false });
  });

  it('computes a §42 twenty-day decision period across National Day', () => {
    // Sep 16-19 (4), 22-26 (9), Sun 28 (10), 29-30 (12), Oct 9-10 (14), Sat 11 (15), 13-17 (20).
    expect(due('2025-09-15', 20)).toBe('2025-10-17');
  });

  it('handles the maximum and a year-long span', () => {
    const long = calendar.addWorkingDays('2025-01-01', MAX_WORKING_DAYS);
    expect(long.provisional).toBe(true);
    expect(calendar.workingDaysBetween('2025-01-01', long.due).days).toBe(MAX_WORKING_DAYS);
    // 2025: 261 Mon–Fri days − 18 weekdays off + 5 worked weekend days = 248.
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toEqual({
      days: 248,
      provisional: false,
    });
  });
});

describe('workingDaysBetween counts from < d ≤ to', () => {
  it('counts across a holiday', () => {
    expect(calendar.workingDaysBetween('2025-09-30', '2025-10-09')).toEqual({ days: 1, provisional: false });
    expect(calendar.workingDaysBetween('2025-09-26', '2025-10-10').days).toBe(5);
    expect(calendar.workingDaysBetween('2025-10-01', '2025-10-08').days).toBe(0);
  });

  it('is zero for the same day and negative backwards', () => {
    expect(calendar.workingDaysBetween('2025-10-09', '2025-10-09')).toEqual({ days: 0, provisional: false });
    expect(calendar.workingDaysBetween('2025-10-09', '2025-09-30')).toEqual({ days: -1, provisional: false });
    expect(Object.is(calendar.workingDaysBetween('2025-10-08', '2025-10-01').days, 0)).toBe(true);
  });
});

describe('years without a loaded notice are provisional', () => {
  it('uses weekends and the fixed-date holidays of the 2024 revision', () => {
    expect(calendar.isWorkingDay('2031-10-01')).toEqual({ working: false, provisional: true });
    expect(calendar.isWorkingDay('2031-10-03')).toEqual({ working: false, provisional: true });
    expect(calendar.isWorkingDay('2031-10-06')).toEqual({ working: true, provisional: true });
    expect(working('2031-01-01')).toBe(false);
    expect(working('2031-05-01')).toBe(false);
    expect(working('2031-05-02')).toBe(false);
    // Spring Festival 2031 (lunar) cannot be known without the notice: an ordinary Thursday.
    expect(calendar.isWorkingDay('2031-01-23')).toEqual({ working: true, provisional: true });
  });

  it('knows 05-02 only became a holiday in 2025', () => {
    expect(fixedDateHolidayName('2021-05-02')).toBeUndefined();
    expect(fixedDateHolidayName('2025-05-02')).toBe('劳动节');
    expect(fixedDateHolidays(2024).map((h) => h.date)).toEqual([
      '2024-01-01',
      '2024-05-01',
      '2024-10-01',
      '2024-10-02',
      '2024-10-03',
    ]);
    expect(working('2021-05-06')).toBe(true); // 2021 not loaded: only weekends and fixed dates
    expect(calendar.isWorkingDay('2021-05-03')).toEqual({ working: true, provisional: true });
  });

  it('skips 10-01..10-03 and the weekend after 2031-09-30', () => {
    expect(calendar.addWorkingDays('2031-09-30', 1)).toEqual({ due: '2031-10-06', provisional: true });
    expect(calendar.workingDaysBetween('2031-09-30', '2031-10-06')).toEqual({ days: 1, provisional: true });
  });

  it('flags a period that runs into the first year without a notice', () => {
    // 2026-12-31 Thu (1), 2027-01-01 fixed holiday, weekend, 01-04 (2), 01-05 (3).
    expect(calendar.addWorkingDays('2026-12-30', 3)).toEqual({ due: '2027-01-05', provisional: true });
    expect(calendar.addWorkingDays('2026-12-29', 2)).toEqual({ due: '2026-12-31', provisional: false });
  });

  it('applies recorded days in a year without its notice but stays provisional', () => {
    const amended = createWorkingCalendar(
      [
        { date: '2031-01-23', kind: 'rest', name: '春节', source: 'draft' },
        { date: '2031-10-01', kind: 'work', name: 'test', source: 'test' },
      ],
      [],
    );
    expect(amended.isWorkingDay('2031-01-23')).toEqual({ working: false, provisional: true });
    expect(amended.isWorkingDay('2031-10-01')).toEqual({ working: true, provisional: true });
    expect(amended.addWorkingDays('2031-09-30', 1)).toEqual({ due: '2031-10-01', provisional: true });
    expect(amended.addWorkingDays('2031-01-22', 1)).toEqual({ due: '2031-01-24', provisional: true });
  });
});

describe('rejects bad input with RangeError', () => {
  it.each(['2025-02-30', '2025-1-1', 'abc', '', '2025-10-01T00:00:00Z'])('date %j', (bad) => {
    expect(() => calendar.isWorkingDay(bad)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(bad, 1)).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween(bad, '2025-10-01')).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween('2025-10-01', bad)).toThrow(RangeError);
    expect(() => calendar.exceptionalDay(bad)).toThrow(RangeError);
  });

  it.each([-1, 1.5, 1e9, MAX_WORKING_DAYS + 1, Number.NaN, Number.POSITIVE_INFINITY, -0.5])('n = %d', (n) => {
    expect(() => calendar.addWorkingDays('2025-10-01', n)).toThrow(RangeError);
  });

  it('n that is not a number', () => {
    expect(() => calendar.addWorkingDays('2025-10-01', '5' as unknown as number)).toThrow(RangeError);
  });

  it('a due date past 9999-12-31', () => {
    expect(() => calendar.addWorkingDays('9999-12-30', 5)).toThrow(RangeError);
    expect(calendar.addWorkingDays('9999-12-29', 1).due).toBe('9999-12-30');
  });

  it('malformed or contradictory exceptional days and bad years', () => {
    const day: ExceptionalDay = { date: '2025-10-08', kind: 'rest', name: '国庆节', source: 'x' };
    expect(() => createWorkingCalendar([{ ...day, date: '2025-10-32' }], [])).toThrow(RangeError);
    expect(() => createWorkingCalendar([{ ...day, kind: 'off' as 'rest' }], [])).toThrow(RangeError);
    expect(() => createWorkingCalendar([{ ...day, name: ' ' }], [])).toThrow(RangeError);
    expect(() => createWorkingCalendar([{ ...day, source: '' }], [])).toThrow(RangeError);
    expect(() => createWorkingCalendar([day, { ...day, kind: 'work' }], [])).toThrow(/both/);
    expect(() => createWorkingCalendar([day, { ...day, name: 'duplicate' }], [])).not.toThrow();
    expect(() => createWorkingCalendar([], [2025.5])).toThrow(RangeError);
    expect(() => createWorkingCalendar([], [0])).toThrow(RangeError);
    expect(() => createWorkingCalendar([], [10000])).toThrow(RangeError);
  });
});
