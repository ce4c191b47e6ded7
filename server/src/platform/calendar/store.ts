// Reads the calendar from the database. The working calendar is cached per process and rebuilt
// when the tables change: a cheap fingerprint query, run at most once a second, tells. So an
// amendment reaches every replica within a second without a broadcast — and at once in the
// process that made it (forgetWorkingCalendar).
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { queryRows } from '../db/query.ts';
import type { ExceptionalDay } from './exceptional-day.ts';
import { calendarDay, calendarYear } from './schema.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-days.ts';

const RECHECK_MS = 1000;
const caches = new WeakMap<Db, { fingerprint: string; calendar: WorkingCalendar; checkedAt: number }>();

export function forgetWorkingCalendar(db: Db): void {
  caches.delete(db);
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
  const cached = caches.get(db);
  if (cached && Date.now() - cached.checkedAt < RECHECK_MS) return cached.calendar;
  const f = await fingerprint(db);
  if (cached?.fingerprint === f) {
    cached.checkedAt = Date.now();
    return cached.calendar;
  }
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
  caches.set(db, { fingerprint: f, calendar, checkedAt: Date.now() });
  return calendar;
}
