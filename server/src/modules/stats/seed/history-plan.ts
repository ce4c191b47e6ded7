// When, where and through which channel the cases of the demo year were filed: about fifty a
// month with a seasonal rhythm, weighted towards 河西 (the demo district) and the busiest city
// bodies, with realistic channel shares (most online, a quarter at a window). Pure.
import { addCalendarDays, compareDates, dayOfWeek } from '../../../platform/time/business-date.ts';
import type { Channel } from '../../cases/codes.ts';
import type { HistoryContext, HistoryImplementation } from './history-cases.ts';
import type { Random } from './history-random.ts';

/** Cases per month before the seasonal factor (Spring Festival in February, year-end rush). */
const PER_MONTH = 52;
const SEASON = [0.95, 0.7, 1.1, 1.0, 1.05, 1.1, 1.0, 0.95, 1.1, 0.85, 1.05, 1.15];

/** Realistic channel shares: most cases online, a quarter at a window. */
const CHANNEL_SHARES: readonly (readonly [Channel, number])[] = [
  ['pc', 36],
  ['mobile', 24],
  ['window', 25],
  ['assisted', 5],
  ['kiosk', 5],
  ['third-party-app', 5],
];
export const ONLINE: readonly Channel[] = ['pc', 'mobile', 'kiosk', 'third-party-app'];

/** Heavier weight for 河西 (the demo district: its lead sees his agency) and the busiest city bodies. */
function agencyWeight(agencyId: string): number {
  if (agencyId === 'hx-xzspj') return 14;
  if (agencyId.startsWith('hx-')) return 5;
  if (['tj-mzj', 'tj-gjjzx', 'tj-ybj', 'tj-gaj'].includes(agencyId)) return 4;
  if (agencyId.startsWith('bh-') || agencyId.startsWith('hp-') || agencyId.startsWith('nk-')) return 3;
  return 1;
}

const monthStart = (today: string, back: number) => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) - back;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-01`;
};

/** The days of the month starting at `first` before `today`. */
function daysOf(first: string, today: string): string[] {
  const days: string[] = [];
  for (
    let d = first;
    d.slice(0, 7) === first.slice(0, 7) && compareDates(d, today) < 0;
    d = addCalendarDays(d, 1)
  )
    days.push(d);
  return days;
}

export interface CaseSpec {
  impl: HistoryImplementation;
  channel: Channel;
  submittedOn: string;
}

/** When and through which channel each case of the twelve months before today was filed. */
export function planSubmissions(r: Random, ctx: HistoryContext): CaseSpec[] {
  const pool = ctx.implementations
    .filter((i) => i.content.acceptingVenues.length && i.content.materials.length)
    .map((i) => [i, agencyWeight(i.agencyId)] as const);
  const specs: CaseSpec[] = [];
  for (let back = 11; back >= 0; back--) {
    const first = monthStart(ctx.today, back);
    const days = daysOf(first, ctx.today);
    if (!days.length) continue;
    const working = days.filter((d) => ctx.cal.isWorkingDay(d).working);
    const month = Number(first.slice(5, 7));
    const share = days.length / new Date(Number(first.slice(0, 4)), month, 0).getDate();
    const n = Math.round(PER_MONTH * SEASON[month - 1]! * share * (0.9 + r.next() * 0.2));
    for (let i = 0; i < n; i++) {
      const channel = r.weighted(CHANNEL_SHARES);
      const online = ONLINE.includes(channel);
      // Windows open on working days; online applications come any day, fewer at weekends.
      let day = r.pick(working.length ? working : days);
      if (online && r.chance(0.2)) {
        const weekend = days.filter((d) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6);
        if (weekend.length) day = r.pick(weekend);
      }
      specs.push({ impl: r.weighted(pool), channel, submittedOn: day });
    }
  }
  return specs.sort((a, b) => compareDates(a.submittedOn, b.submittedOn));
}
