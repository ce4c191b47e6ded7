// Reads the calendar from the database. The working calendar is cached per process and rebuilt
// when the tables change (a cheap fingerprint query), so every replica sees an amendment at once
// without a broadcast.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { queryRows } from '../db/query.ts';
import type { ExceptionalDay } from './exceptional-day.ts';
import { calendarDay, calendarYear } from './schema.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-days.ts';

let cached: { fingerprint: string; calendar: WorkingCalendar } | undefined;

async function fingerprint(db: Db): Promise<string> {
  const [r] = await queryRows<{ f: string }>(db, sql`select concat_ws(':',
    (select count(*) from calendar_day), (select max(updated_at) from calendar_day),
    (select count(*) from calendar_year), (select max(loaded_at) from calendar_year)) as f`);
  return r?.f ?? '';
}

export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  const f = await fingerprint(db);
  if (cached?.fingerprint === f) return cached.calendar;
  const [days, years] = await Promise.all([
    db.select({ date: calendarDay.date, kind: calendarDay.kind, name: calendarDay.name, source: calendarDay.source }).from(calendarDay),
    db.select({ year: calendarYear.year }).from(calendarYear),
  ]);
  const calendar = createWorkingCalendar(days as ExceptionalDay[], years.map((y) => y.year));
  cached = { fingerprint: f, calendar };
  return calendar;
}
