// Statutory holidays that fall on a fixed Gregorian date (全国年节及纪念日放假办法, as revised in
// 2024 and in force from 2025-01-01). They are all that can be known about a year whose State
// Council notice has not been published: 春节, 清明节, 端午节 and 中秋节 follow the lunar or solar-term
// calendar, and the notice alone decides days in lieu and weekend working days. So they are used
// only for provisional answers.

import { dateParts } from '../time/business-date.ts';

interface FixedDateHoliday {
  /** 'MM-DD'. */
  readonly monthDay: string;
  readonly name: string;
  /** First year the day is a holiday (the 2024 revision added 05-02 from 2025). */
  readonly sinceYear: number;
}

// Before 2008 the May Day holiday had three days; years that old are expected to be loaded from
// their notices (or never asked about), so the table starts with the 2008 pattern.
export const FIXED_DATE_HOLIDAYS: readonly FixedDateHoliday[] = Object.freeze([
  { monthDay: '01-01', name: '元旦', sinceYear: 1 },
  { monthDay: '05-01', name: '劳动节', sinceYear: 1 },
  { monthDay: '05-02', name: '劳动节', sinceYear: 2025 },
  { monthDay: '10-01', name: '国庆节', sinceYear: 1 },
  { monthDay: '10-02', name: '国庆节', sinceYear: 1 },
  { monthDay: '10-03', name: '国庆节', sinceYear: 1 },
]);

/** The fixed-date holidays of `year` as business dates, ascending. */
export function fixedDateHolidays(year: number): { date: string; name: string }[] {
  const yyyy = String(year).padStart(4, '0');
  return FIXED_DATE_HOLIDAYS.filter((h) => year >= h.sinceYear).map((h) => ({
    date: `${yyyy}-${h.monthDay}`,
    name: h.name,
  }));
}

/** The holiday's name when `date` is a fixed-date statutory holiday, else undefined. */
export function fixedDateHolidayName(date: string): string | undefined {
  const { year } = dateParts(date);
  const monthDay = date.slice(5);
  return FIXED_DATE_HOLIDAYS.find((h) => h.monthDay === monthDay && year >= h.sinceYear)?.name;
}
