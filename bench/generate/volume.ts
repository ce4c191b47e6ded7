// When the cases were filed: 36 months up to yesterday, growing ~30 % a year, with the demo
// history's seasonal rhythm (Spring Festival dip, year-end rush) and one working day carrying
// about four times a weekend day. Case i of N falls on the day where the cumulative volume
// reaches (i + ½)/N, so every batch knows its days without looking at the others.
import type { WorkingCalendar } from '../../server/src/platform/calendar/working-days.ts';
import { addCalendarDays, compareDates } from '../../server/src/platform/time/business-date.ts';

const MONTHS = 36;
const SEASON = [0.95, 0.7, 1.1, 1.0, 1.05, 1.1, 1.0, 0.95, 1.1, 0.85, 1.05, 1.15];
const WEEKEND = 0.22;

export interface Volume {
  days: string[];
  working: boolean[];
  /** cumulative[d] = share of all cases filed up to and including day d. */
  cumulative: Float64Array;
  dayOf(index: number, total: number): number;
  /** Share of the cases filed on or after `since`. */
  shareSince(since: string): number;
}

export function volumeCurve(cal: WorkingCalendar, today: string): Volume {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const startIdx = y * 12 + (m - 1) - MONTHS;
  const first = `${Math.floor(startIdx / 12)}-${String((startIdx % 12) + 1).padStart(2, '0')}-01`;
  const days: string[] = [];
  for (let d = first; compareDates(d, today) < 0; d = addCalendarDays(d, 1)) days.push(d);
  const working = days.map((d) => cal.isWorkingDay(d).working);
  const weights = days.map((d, i) => {
    const growth = Math.pow(1.3, (i / days.length) * 3 - 3);
    return growth * SEASON[Number(d.slice(5, 7)) - 1]! * (working[i] ? 1 : WEEKEND);
  });
  const total = weights.reduce((s, w) => s + w, 0);
  const cumulative = new Float64Array(days.length);
  let run = 0;
  weights.forEach((w, i) => (cumulative[i] = run += w / total));
  const dayOf = (index: number, n: number) => {
    const x = (index + 0.5) / n;
    let lo = 0;
    let hi = days.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! >= x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const shareSince = (since: string) => {
    const i = days.findIndex((d) => compareDates(d, since) >= 0);
    return i <= 0 ? (i === 0 ? 1 : 0) : 1 - cumulative[i - 1]!;
  };
  return { days, working, cumulative, dayOf, shareSince };
}
