// The State Council General Office's yearly holiday notices (国务院办公厅关于XXXX年部分节假日安排的通知),
// written out by hand as data, one block per numbered item of each notice.
//
// Why data rather than derived from the `chinese-days` package at import time: the package
// names holidays its own way (2025-10-06 is "中秋" inside a "国庆节" block, while the notice
// heads the item "国庆节、中秋节"), carries no notice numbers, and a package upgrade could
// silently move a legal deadline. Written out here, each block reads like the notice itself and
// can be audited line by line; the tests cross-check every day against the package, so the two
// independent transcriptions must agree.
//
// A notice can reach back into the previous year (2023's 元旦 block starts 2022-12-31), so days
// belong to the notice year, not to the calendar year of their date.
//
// To add a year: when the notice appears (each November), add an entry below with its number,
// then run the tests; the database layer can also carry amendments without a release.

import { addCalendarDays, compareDates } from '../time/business-date.ts';
import type { ExceptionalDay } from './exceptional-day.ts';

interface NoticeItem {
  /** The item's heading in the notice. */
  readonly name: string;
  /** First and last day off, inclusive: statutory days, days in lieu and weekends in between. */
  readonly rest: readonly [from: string, to: string];
  /** Weekend days declared working days for this item. */
  readonly work?: readonly string[];
}

interface Notice {
  readonly year: number;
  readonly source: string;
  readonly items: readonly NoticeItem[];
}

const NOTICES: readonly Notice[] = [
  {
    year: 2022,
    source: '国办发明电〔2021〕11号',
    items: [
      { name: '元旦', rest: ['2022-01-01', '2022-01-03'] },
      { name: '春节', rest: ['2022-01-31', '2022-02-06'], work: ['2022-01-29', '2022-01-30'] },
      { name: '清明节', rest: ['2022-04-03', '2022-04-05'], work: ['2022-04-02'] },
      { name: '劳动节', rest: ['2022-04-30', '2022-05-04'], work: ['2022-04-24', '2022-05-07'] },
      { name: '端午节', rest: ['2022-06-03', '2022-06-05'] },
      { name: '中秋节', rest: ['2022-09-10', '2022-09-12'] },
      { name: '国庆节', rest: ['2022-10-01', '2022-10-07'], work: ['2022-10-08', '2022-10-09'] },
    ],
  },
  {
    year: 2023,
    source: '国办发明电〔2022〕16号',
    items: [
      { name: '元旦', rest: ['2022-12-31', '2023-01-02'] },
      { name: '春节', rest: ['2023-01-21', '2023-01-27'], work: ['2023-01-28', '2023-01-29'] },
      { name: '清明节', rest: ['2023-04-05', '2023-04-05'] },
      { name: '劳动节', rest: ['2023-04-29', '2023-05-03'], work: ['2023-04-23', '2023-05-06'] },
      { name: '端午节', rest: ['2023-06-22', '2023-06-24'], work: ['2023-06-25'] },
      { name: '中秋节、国庆节', rest: ['2023-09-29', '2023-10-06'], work: ['2023-10-07', '2023-10-08'] },
    ],
  },
  {
    year: 2024,
    source: '国办发明电〔2023〕7号',
    items: [
      // "1月1日放假，与周末连休": only the Monday is a notice day; the weekend is ordinary.
      { name: '元旦', rest: ['2024-01-01', '2024-01-01'] },
      { name: '春节', rest: ['2024-02-10', '2024-02-17'], work: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', rest: ['2024-04-04', '2024-04-06'], work: ['2024-04-07'] },
      { name: '劳动节', rest: ['2024-05-01', '2024-05-05'], work: ['2024-04-28', '2024-05-11'] },
      { name: '端午节', rest: ['2024-06-10', '2024-06-10'] },
      { name: '中秋节', rest: ['2024-09-15', '2024-09-17'], work: ['2024-09-14'] },
      { name: '国庆节', rest: ['2024-10-01', '2024-10-07'], work: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    year: 2025,
    source: '国办发明电〔2024〕12号',
    items: [
      { name: '元旦', rest: ['2025-01-01', '2025-01-01'] },
      { name: '春节', rest: ['2025-01-28', '2025-02-04'], work: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', rest: ['2025-04-04', '2025-04-06'] },
      { name: '劳动节', rest: ['2025-05-01', '2025-05-05'], work: ['2025-04-27'] },
      { name: '端午节', rest: ['2025-05-31', '2025-06-02'] },
      { name: '国庆节、中秋节', rest: ['2025-10-01', '2025-10-08'], work: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    source: '国办发明电〔2025〕7号',
    items: [
      { name: '元旦', rest: ['2026-01-01', '2026-01-03'], work: ['2026-01-04'] },
      { name: '春节', rest: ['2026-02-15', '2026-02-23'], work: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', rest: ['2026-04-04', '2026-04-06'] },
      { name: '劳动节', rest: ['2026-05-01', '2026-05-05'], work: ['2026-05-09'] },
      { name: '端午节', rest: ['2026-06-19', '2026-06-21'] },
      { name: '中秋节', rest: ['2026-09-25', '2026-09-27'] },
      { name: '国庆节', rest: ['2026-10-01', '2026-10-07'], work: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

function expandNotice(notice: Notice): ExceptionalDay[] {
  const days: ExceptionalDay[] = [];
  for (const item of notice.items) {
    const [from, to] = item.rest;
    for (let date = from; compareDates(date, to) <= 0; date = addCalendarDays(date, 1)) {
      days.push(Object.freeze({ date, kind: 'rest', name: item.name, source: notice.source }));
    }
    for (const date of item.work ?? []) {
      days.push(Object.freeze({ date, kind: 'work', name: item.name, source: notice.source }));
    }
  }
  return days.sort((a, b) => compareDates(a.date, b.date));
}

const DAYS_BY_YEAR: ReadonlyMap<number, readonly ExceptionalDay[]> = new Map(
  NOTICES.map((notice) => [notice.year, Object.freeze(expandNotice(notice))]),
);

/** The years whose notice is built in, ascending. */
export const OFFICIAL_CALENDAR_YEARS: readonly number[] = Object.freeze(NOTICES.map((n) => n.year));

/**
 * The exceptional days of one year's notice (which may include late December of the year before),
 * or of all built-in notices when `year` is omitted; sorted by date. Empty for a year without a
 * built-in notice. The entries are frozen and may be shared.
 */
export function officialExceptionalDays(year?: number): readonly ExceptionalDay[] {
  if (year === undefined) return NOTICES.flatMap((notice) => DAYS_BY_YEAR.get(notice.year) ?? []);
  return DAYS_BY_YEAR.get(year) ?? [];
}

/** The notice reference for a built-in year, e.g. '国办发明电〔2024〕12号' for 2025; undefined otherwise. */
export function officialNoticeSource(year: number): string | undefined {
  return NOTICES.find((notice) => notice.year === year)?.source;
}
