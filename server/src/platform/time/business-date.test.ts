import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  assertBusinessDate,
  businessDate,
  compareDates,
  dateParts,
  dayOfWeek,
  fromDayNumber,
  isBusinessDate,
  toDayNumber,
} from './business-date.ts';

const FIRST_DAY = toDayNumber('0001-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

describe('businessDate', () => {
  it('is the Shanghai date: UTC+8 turns the day at 16:00 UTC', () => {
    expect(businessDate(new Date('2025-09-30T15:59:59.999Z'))).toBe('2025-09-30');
    expect(businessDate(new Date('2025-09-30T16:00:00.000Z'))).toBe('2025-10-01');
    // 23:30 in Los Angeles on New Year's Eve is already the afternoon of 1 January in Beijing.
    expect(businessDate(new Date('2025-12-31T23:30:00-08:00'))).toBe('2026-01-01');
    expect(businessDate(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
  });

  it('pads years below 1000 and reaches 9999', () => {
    expect(businessDate(new Date('0999-06-15T04:00:00Z'))).toBe('0999-06-15');
    expect(businessDate(new Date('9999-12-31T12:00:00Z'))).toBe('9999-12-31');
  });

  it('defaults to now', () => {
    const before = businessDate(new Date());
    const now = businessDate();
    const after = businessDate(new Date());
    expect([before, after]).toContain(now);
    expect(isBusinessDate(now)).toBe(true);
  });

  it('rejects an invalid Date or an instant without a four-digit year', () => {
    expect(() => businessDate(new Date('nonsense'))).toThrow(RangeError);
    expect(() => businessDate(new Date('9999-12-31T20:00:00Z'))).toThrow(RangeError);
    expect(() => businessDate(new Date(-62198755200000 - 10 * 86_400_000))).toThrow(RangeError);
  });

  it('agrees with a fixed +8 hour offset for any instant since 1992 (no DST in China since)', () => {
    const from = Date.UTC(1992, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        const shifted = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(businessDate(new Date(ms))).toBe(shifted);
      }),
    );
  });
});

describe('isBusinessDate', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-12-31', '2025-04-30'])(
    'accepts %s',
    (s) => {
      expect(isBusinessDate(s)).toBe(true);
    },
  );

  it.each([
    '2025-02-30',
    '2023-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-1',
    '25-01-01',
    '0000-01-01',
    '10000-01-01',
    ' 2025-01-01',
    '2025-01-01 ',
    '2025-01-01T00:00:00Z',
    '2025/01/01',
    '２０２５-01-01',
    'abc',
    '',
  ])('rejects %j', (s) => {
    expect(isBusinessDate(s)).toBe(false);
  });

  it('rejects non-strings', () => {
    for (const v of [20250101, null, undefined, new Date(), {}, ['2025-01-01']]) {
      expect(isBusinessDate(v)).toBe(false);
    }
  });

  it('assertBusinessDate throws a RangeError naming the field', () => {
    expect(() => assertBusinessDate('2025-02-30', 'acceptedOn')).toThrow(/acceptedOn/);
    expect(() => assertBusinessDate('2025-02-30')).toThrow(RangeError);
    expect(() => assertBusinessDate('2025-02-28')).not.toThrow();
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(toDayNumber('0001-01-01')).toBe(-719162);
    expect(fromDayNumber(20362)).toBe('2025-10-01');
  });

  it('matches Date.UTC arithmetic for years 100-9999', () => {
    const min = Date.UTC(100, 0, 1) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min, max: LAST_DAY }), (n) => {
        const date = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(date);
        expect(toDayNumber(date)).toBe(n);
      }),
    );
  });

  it('round-trips over the whole supported range', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('rejects malformed input and days outside 0001-9999', () => {
    expect(() => toDayNumber('2025-02-30')).toThrow(RangeError);
    expect(() => fromDayNumber(FIRST_DAY - 1)).toThrow(RangeError);
    expect(() => fromDayNumber(LAST_DAY + 1)).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
    expect(() => fromDayNumber(Number.NaN)).toThrow(RangeError);
  });

  it('dateParts splits a date', () => {
    expect(dateParts('2026-02-17')).toEqual({ year: 2026, month: 2, day: 17 });
    expect(() => dateParts('2026-2-17')).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addCalendarDays('2025-10-01', 0)).toBe('2025-10-01');
    expect(addCalendarDays('2024-01-01', 366)).toBe('2025-01-01');
  });

  it('rejects a non-integer count, a bad date and overflow', () => {
    expect(() => addCalendarDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarDays('2025-01-01', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addCalendarDays('2025-1-1', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('0001-01-01', -1)).toThrow(RangeError);
  });
});

describe('dayOfWeek', () => {
  it('is 0 for Sunday through 6 for Saturday', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2025-09-28')).toBe(0);
    expect(dayOfWeek('2025-10-01')).toBe(3);
    expect(dayOfWeek('2025-10-11')).toBe(6);
    expect(dayOfWeek('2024-02-29')).toBe(4);
    expect(dayOfWeek('0001-01-01')).toBe(1);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('matches Date#getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
        expect(dayOfWeek(fromDayNumber(n))).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });
});

describe('compareDates', () => {
  it('orders dates', () => {
    expect(compareDates('2025-10-01', '2025-10-02')).toBe(-1);
    expect(compareDates('2025-10-02', '2025-10-01')).toBe(1);
    expect(compareDates('2025-10-01', '2025-10-01')).toBe(0);
    expect(['2026-01-01', '0999-12-31', '2025-12-31'].sort(compareDates)).toEqual([
      '0999-12-31',
      '2025-12-31',
      '2026-01-01',
    ]);
  });

  it('rejects malformed dates instead of comparing strings', () => {
    expect(() => compareDates('2025-1-1', '2025-01-01')).toThrow(RangeError);
    expect(() => compareDates('2025-01-01', 'abc')).toThrow(RangeError);
  });
});
