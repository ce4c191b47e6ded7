// The events of one case as the platform would have logged them, planned before the cut-off:
// filing, correction or refusal or withdrawal, acceptance (即办 or with a promised period),
// review, decision, delivery — and, for the recent cases kept open, where they stopped. Due
// dates follow cases/deadline.ts without pauses (as the demo history does).
import type { WorkingCalendar } from '../../server/src/platform/calendar/working-days.ts';
import { addCalendarDays } from '../../server/src/platform/time/business-date.ts';
import type { TimeLimit } from '../../server/src/modules/catalog/content.ts';
import type { CaseAction } from '../../server/src/modules/cases/case-workflow.ts';
import type { Random } from '../../server/src/modules/stats/seed/history-random.ts';

export const at = (date: string, minutes: number) =>
  new Date(
    `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`,
  );
export const plus = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);

/** A due date by the rules of cases/deadline.ts (no pause, no extension); as history-cases.ts. */
export function dueOf(cal: WorkingCalendar, acceptedOn: string, limit: TimeLimit): string {
  if (limit.kind === 'on-the-spot') return acceptedOn;
  if (limit.unit === 'working-days') return cal.addWorkingDays(acceptedOn, limit.value).due;
  let end: string;
  if (limit.unit === 'months') {
    const [y, m, d] = acceptedOn.split('-').map(Number) as [number, number, number];
    const idx = y * 12 + (m - 1) + limit.value;
    const days = new Date(Date.UTC(Math.floor(idx / 12), (idx % 12) + 1, 0)).getUTCDate();
    end = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-${String(Math.min(d, days)).padStart(2, '0')}`;
  } else end = addCalendarDays(acceptedOn, limit.value);
  return cal.isWorkingDay(end).working ? end : cal.addWorkingDays(end, 1).due;
}

/** Working days from acceptance to conclusion: mostly well inside the promise, some late (history-cases.ts). */
export function handlingDays(r: Random, promised: number): number {
  if (promised === 0) return 0;
  if (r.chance(0.07)) return promised + r.int(1, 3);
  if (r.chance(0.12)) return 0;
  return Math.max(1, Math.ceil(promised * Math.pow(r.next(), 1.6)));
}

export type Who = 'applicant' | 'clerk' | 'reviewer' | 'system';

export interface PlannedEvent {
  action: CaseAction;
  at: Date;
  on: string;
  who: Who;
}

export type Path = 'normal' | 'refused' | 'withdrawn' | 'corrected';
/** Where a case kept open (recent, still being handled) stops. */
export type Stop = null | 'accepted' | 'reviewed' | 'suspended';

export function pickPath(r: Random, instant: boolean): Path {
  const x = r.next();
  if (x < 0.015) return 'withdrawn';
  if (instant) return 'normal';
  if (x < 0.027) return 'refused';
  if (x < 0.067) return 'corrected';
  return 'normal';
}

const hex8 = (r: Random) => (Math.floor(r.next() * 0x100000000) >>> 0).toString(16).padStart(8, '0');

/** A UUIDv7 of a row made at `at`, as history-random's uuidv7At but with fewer PRNG draws. */
export function uuidAt(r: Random, when: Date): string {
  const ms = when.getTime().toString(16).padStart(12, '0');
  const a = hex8(r);
  const b = hex8(r);
  const c = hex8(r);
  const variant = '89ab'[a.charCodeAt(0) & 3]!;
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${a.slice(1, 4)}-${variant}${a.slice(4, 7)}-${b}${c.slice(0, 4)}`;
}
