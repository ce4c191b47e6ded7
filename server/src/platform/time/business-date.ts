// Business dates: the civil date in Asia/Shanghai, written 'YYYY-MM-DD'.
//
// Deadlines, acceptance days and holidays are all counted in Beijing time whatever the host's
// time zone, so a business date is a plain string, never a Date. The only place an instant is
// turned into a date is `businessDate`, which asks Intl for the Shanghai calendar day. All date
// arithmetic goes through a day number computed with integer arithmetic on the proleptic
// Gregorian calendar, so neither the host time zone nor Date's two-digit-year quirk
// (Date.UTC(99, 0, 1) is 1999) can leak in.

/** The time zone every business date is expressed in. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/** Smallest and largest years a business date may have: exactly four digits, no year zero. */
export const MIN_BUSINESS_YEAR = 1;
export const MAX_BUSINESS_YEAR = 9999;

const MS_PER_DAY = 86_400_000;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter for the process: construction is costly and the options never change. Gregorian
// calendar and Latin digits are pinned so a host locale cannot change the parts we read.
const SHANGHAI_DATE = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TIME_ZONE,
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Shanghai calendar date of an instant (default: now). Throws RangeError for an invalid Date. */
export function businessDate(instant: Date = new Date()): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('businessDate: invalid Date');
  let year = '';
  let month = '';
  let day = '';
  for (const part of SHANGHAI_DATE.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  const result = `${year.padStart(4, '0')}-${month}-${day}`;
  // Instants outside years 0001-9999 have no four-digit business date. Intl prints 1 BC as year
  // "1" (era omitted), so also require the result to be within a day of the instant's UTC day.
  const utcDay = Math.floor(instant.getTime() / MS_PER_DAY);
  if (!isBusinessDate(result) || Math.abs(toDayNumber(result) - utcDay) > 1) {
    throw new RangeError('businessDate: instant outside years 0001-9999');
  }
  return result;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True only for a real calendar date 'YYYY-MM-DD' with a four-digit year 0001-9999 (no 2025-02-30, no 2025-1-1). */
export function isBusinessDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = SHAPE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return (
    year >= MIN_BUSINESS_YEAR &&
    year <= MAX_BUSINESS_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Throws RangeError (which routes map to 400) unless `value` is a business date. */
export function assertBusinessDate(value: unknown, label = 'date'): asserts value is string {
  if (!isBusinessDate(value)) {
    throw new RangeError(`${label} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
}

/** Year, month (1-12) and day of a business date. Throws RangeError if malformed. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  assertBusinessDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Days since 1970-01-01 (which is day 0; earlier dates are negative).
 * Civil-to-day conversion over 400-year eras, whose length (146097 days) is a whole number of
 * weeks and of leap cycles; the year is counted from March so the leap day falls at the end.
 */
export function toDayNumber(date: string): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719468 = days from 0000-03-01 to 1970-01-01.
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of `toDayNumber`. Throws RangeError for a non-integer or a day outside years 0001-9999. */
export function fromDayNumber(dayNumber: number): string {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`day number must be an integer: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < MIN_BUSINESS_YEAR || year > MAX_BUSINESS_YEAR) {
    throw new RangeError(`day number ${dayNumber} is outside years 0001-9999`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` moved by `n` calendar days (n may be negative). Throws RangeError on bad input or overflow. */
export function addCalendarDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`number of days must be an integer: ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeekOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return dayOfWeekOfDayNumber(toDayNumber(date));
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`; usable as an Array#sort comparator. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  assertBusinessDate(a, 'a');
  assertBusinessDate(b, 'b');
  // Fixed-width, zero-padded, most significant field first: string order is date order.
  return a < b ? -1 : a > b ? 1 : 0;
}
