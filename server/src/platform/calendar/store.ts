// Reads the calendar from the database. The working calendar is cached per process and rebuilt
// when the tables change: a cheap fingerprint query, run at most once a second per database
// handle, tells. A transaction is a handle of its own: it runs the fingerprint once and finds the
// calendar already built for that fingerprint, instead of reading every exceptional day again
// (measured in issue #9: each submission read the whole calendar twice). So an amendment reaches
// every replica within a second without a broadcast — and at once in the process that made it
// (forgetWorkingCalendar).
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { queryRows } from '../db/query.ts';
import type { ExceptionalDay } from './exceptional-day.ts';
import { calendarDay, calendarYear } from './schema.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-days.ts';

interface Cached {
  fingerprint: string;
  calendar: WorkingCalendar;
  checkedAt: number;
}

const RECHECK_MS = 1000;
/** Different databases (tests) keep their calendars apart by fingerprint. */
const MAX_CALENDARS = 8;
let byHandle = new WeakMap<Db, Cached>();
const byFingerprint = new Map<string, WorkingCalendar>();

export function forgetWorkingCalendar(): void {
  byHandle = new WeakMap();
  byFingerprint.clear();
}

async function fingerprint(db: Db): Promise<string> {
  const [r] = await queryRows<{ f: string }>(
    db,
    sql`select concat_ws(':',
    (select count(*) from calendar_day), (select max(updated_at) from calendar_day),
    (select count(*) from calendar_year), (select max(loaded_at) from calendar_year)) as f`,
  );
  return r?.f ?? '';
}

export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  const cached = byHandle.get(db);
  if (cached && Date.now() - cached.checkedAt < RECHECK_MS) return cached.calendar;
  const f = await fingerprint(db);
  const calendar = byFingerprint.get(f) ?? (await buildCalendar(db, f));
  byHandle.set(db, { fingerprint: f, calendar, checkedAt: Date.now() });
  return calendar;
}

async function buildCalendar(db: Db, f: string): Promise<WorkingCalendar> {
  const [days, years] = await Promise.all([
    db
      .select({
        date: calendarDay.date,
        kind: calendarDay.kind,
        name: calendarDay.name,
        source: calendarDay.source,
      })
      .from(calendarDay),
    db.select({ year: calendarYear.year }).from(calendarYear),
  ]);
  const calendar = createWorkingCalendar(
    days as ExceptionalDay[],
    years.map((y) => y.year),
  );
  if (byFingerprint.size >= MAX_CALENDARS) byFingerprint.delete(byFingerprint.keys().next().value!);
  byFingerprint.set(f, calendar);
  return calendar;
}
