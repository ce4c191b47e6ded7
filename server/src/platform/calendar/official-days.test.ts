import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, compareDates, dayOfWeek } from '../time/business-date.ts';
import { exceptionalDayProblem } from './exceptional-day.ts';
import { OFFICIAL_CALENDAR_YEARS, officialExceptionalDays, officialNoticeSource } from './official-days.ts';

const isWeekend = (date: string) => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

function restDays(year: number, name: string): string[] {
  return officialExceptionalDays(year)
    .filter((d) => d.kind === 'rest' && d.name === name)
    .map((d) => d.date);
}

function workDays(year: number): string[] {
  return officialExceptionalDays(year)
    .filter((d) => d.kind === 'work')
    .map((d) => d.date);
}

describe('official notices', () => {
  it('cover 2022-2026 with their notice numbers', () => {
    expect(OFFICIAL_CALENDAR_YEARS).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(OFFICIAL_CALENDAR_YEARS.map((y) => officialNoticeSource(y))).toEqual([
      '国办发明电〔2021〕11号',
      '国办发明电〔2022〕16号',
      '国办发明电〔2023〕7号',
      '国办发明电〔2024〕12号',
      '国办发明电〔2025〕7号',
    ]);
    expect(officialNoticeSource(2031)).toBeUndefined();
    expect(officialExceptionalDays(2031)).toEqual([]);
  });

  it('hold well-formed, sorted, frozen entries with each date listed once', () => {
    const all = officialExceptionalDays();
    expect(all.length).toBe(
      OFFICIAL_CALENDAR_YEARS.reduce((n, y) => n + officialExceptionalDays(y).length, 0),
    );
    for (const day of all) expect(exceptionalDayProblem(day)).toBeNull();
    const dates = all.map((d) => d.date);
    expect(dates).toEqual([...dates].sort(compareDates));
    expect(new Set(dates).size).toBe(dates.length);
    expect(Object.isFrozen(all[0])).toBe(true);
    expect(Object.isFrozen(officialExceptionalDays(2025))).toBe(true);
  });

  it('only ever declare weekend days as working days (调休上班)', () => {
    for (const year of OFFICIAL_CALENDAR_YEARS) {
      for (const date of workDays(year)) expect(isWeekend(date), date).toBe(true);
    }
  });

  // Hand-checked against the text of each notice ("共N天"; 2024's 元旦 and 端午 are single days).
  it.each([
    [2022, { 元旦: 3, 春节: 7, 清明节: 3, 劳动节: 5, 端午节: 3, 中秋节: 3, 国庆节: 7 }, 7],
    [2023, { 元旦: 3, 春节: 7, 清明节: 1, 劳动节: 5, 端午节: 3, '中秋节、国庆节': 8 }, 7],
    [2024, { 元旦: 1, 春节: 8, 清明节: 3, 劳动节: 5, 端午节: 1, 中秋节: 3, 国庆节: 7 }, 8],
    [2025, { 元旦: 1, 春节: 8, 清明节: 3, 劳动节: 5, 端午节: 3, '国庆节、中秋节': 8 }, 5],
    [2026, { 元旦: 3, 春节: 9, 清明节: 3, 劳动节: 5, 端午节: 3, 中秋节: 3, 国庆节: 7 }, 6],
  ])('%i has the notice’s days off per holiday and its working weekend days', (year, expected, work) => {
    const counts: Record<string, number> = {};
    for (const day of officialExceptionalDays(year)) {
      if (day.kind === 'rest') counts[day.name] = (counts[day.name] ?? 0) + 1;
    }
    expect(counts).toEqual(expected);
    expect(workDays(year)).toHaveLength(work);
  });

  // Every weekend working day pays for one weekday off, so weekdays off minus weekend working days
  // is the number of statutory holiday days: 11 until 2024, 13 from 2025 (2024 revision: 春节 +1,
  // 劳动节 +1). A missing or extra day in the data breaks this.
  it.each([
    [2022, 11],
    [2023, 11],
    [2024, 11],
    [2025, 13],
    [2026, 13],
  ])('%i gives exactly the statutory holiday days (%i) net of swaps', (year, statutory) => {
    const days = officialExceptionalDays(year);
    const weekdaysOff = days.filter((d) => d.kind === 'rest' && !isWeekend(d.date)).length;
    expect(weekdaysOff - workDays(year).length).toBe(statutory);
  });

  it('list the 2025 National Day block as in 国办发明电〔2024〕12号', () => {
    expect(restDays(2025, '国庆节、中秋节')).toEqual([
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
    const october8 = officialExceptionalDays(2025).find((d) => d.date === '2025-10-08');
    expect(october8).toEqual({
      date: '2025-10-08',
      kind: 'rest',
      name: '国庆节、中秋节',
      source: '国办发明电〔2024〕12号',
    });
    expect(workDays(2025)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
  });

  it('list Spring Festival 2026 from 02-15 to 02-23 with 02-14 and 02-28 worked', () => {
    const days = restDays(2026, '春节');
    expect(days[0]).toBe('2026-02-15');
    expect(days.at(-1)).toBe('2026-02-23');
    expect(workDays(2026)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('attribute 2022-12-31 to the 2023 notice, whose 元旦 block starts the year before', () => {
    expect(restDays(2023, '元旦')).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
    expect(officialExceptionalDays(2022).some((d) => d.date === '2022-12-31')).toBe(false);
  });
});

// The chinese-days package transcribed the same notices independently; both must agree on every
// day of every covered year, so a typo on either side shows up here.
describe('cross-check with the chinese-days package', () => {
  const require = createRequire(import.meta.url);
  type YearFile = { holidays: Record<string, string>; workdays: Record<string, string> };
  const packageRest = new Set<string>();
  const packageWork = new Set<string>();
  for (const year of OFFICIAL_CALENDAR_YEARS) {
    const file = require.resolve(`chinese-days/dist/years/${year}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8')) as YearFile;
    for (const date of Object.keys(data.holidays)) packageRest.add(date);
    for (const date of Object.keys(data.workdays)) packageWork.add(date);
  }

  it('has the same rest and work dates', () => {
    const ours = officialExceptionalDays();
    expect(ours.filter((d) => d.kind === 'rest').map((d) => d.date)).toEqual([...packageRest].sort());
    expect(ours.filter((d) => d.kind === 'work').map((d) => d.date)).toEqual([...packageWork].sort());
  });

  it('agrees day by day on working days from 2022-01-01 to 2026-12-31', () => {
    const ours = new Map(officialExceptionalDays().map((d) => [d.date, d.kind]));
    let checked = 0;
    for (let date = '2022-01-01'; date <= '2026-12-31'; date = addCalendarDays(date, 1)) {
      const kind = ours.get(date);
      const oursWorking = kind === undefined ? !isWeekend(date) : kind === 'work';
      const theirsWorking = packageWork.has(date) || (!isWeekend(date) && !packageRest.has(date));
      expect(oursWorking, date).toBe(theirsWorking);
      checked++;
    }
    expect(checked).toBe(365 * 5 + 1);
  });
});
