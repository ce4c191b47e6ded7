// Calendar use cases. Every change is audited and publishes `calendar.changed` with the dates
// it touched, so modules holding due dates re-derive them.
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { publish } from '../outbox/publish.ts';
import { isBusinessDate } from '../time/business-date.ts';
import type { ExceptionalDayKind } from './exceptional-day.ts';
import { officialExceptionalDays, officialNoticeSource, OFFICIAL_CALENDAR_YEARS } from './official-days.ts';
import { calendarDay, calendarYear } from './schema.ts';
import { forgetWorkingCalendar } from './store.ts';

export interface ServiceContext {
  db: Db;
  actor: AuditActor;
}

export const CALENDAR_CHANGED = 'calendar.changed';

/** A notice's days lie in its year, plus the edges of the neighbouring years (2023's starts 2022-12-31). */
export function noticeWindow(year: number): { from: string; to: string } {
  return { from: `${year - 1}-12-01`, to: `${year + 1}-01-31` };
}

export async function findYear(db: Db, year: number) {
  const [loaded] = await db.select().from(calendarYear).where(eq(calendarYear.year, year));
  const days = await db
    .select({
      date: calendarDay.date,
      kind: calendarDay.kind,
      name: calendarDay.name,
      source: calendarDay.source,
    })
    .from(calendarDay)
    .where(and(gte(calendarDay.date, `${year}-01-01`), lte(calendarDay.date, `${year}-12-31`)))
    .orderBy(asc(calendarDay.date));
  return { year, loaded: !!loaded, source: loaded?.source ?? null, days };
}

export interface DayInput {
  date: string;
  kind: ExceptionalDayKind;
  name: string;
}

/** Replaces the exceptional days of one year's notice and marks the year loaded. */
export async function importYear(
  ctx: ServiceContext,
  input: { year: number; source: string; days: DayInput[] },
) {
  const window = noticeWindow(input.year);
  const seen = new Set<string>();
  const errors = input.days.flatMap((d, i) => {
    const problems = [];
    if (!isBusinessDate(d.date))
      problems.push({ path: `/body/days/${i}/date`, message: 'not a real date', messageZh: '日期无效' });
    else if (d.date < window.from || d.date > window.to)
      problems.push({
        path: `/body/days/${i}/date`,
        message: `outside ${window.from}..${window.to}`,
        messageZh: '日期不在该年度通知范围内',
      });
    if (seen.has(d.date))
      problems.push({ path: `/body/days/${i}/date`, message: 'listed twice', messageZh: '日期重复' });
    seen.add(d.date);
    return problems;
  });
  if (errors.length) throw new AppError('VALIDATION_FAILED', { errors });

  const result = await ctx.db.transaction(async (tx) => {
    const taken = await tx
      .select({ date: calendarDay.date, noticeYear: calendarDay.noticeYear })
      .from(calendarDay)
      .where(and(gte(calendarDay.date, window.from), lte(calendarDay.date, window.to)));
    const clash = taken.find((t) => t.noticeYear !== input.year && seen.has(t.date));
    if (clash)
      throw new AppError('CONFLICT', { detail: `${clash.date} belongs to the ${clash.noticeYear} notice` });

    await tx.delete(calendarDay).where(eq(calendarDay.noticeYear, input.year));
    if (input.days.length) {
      await tx.insert(calendarDay).values(
        input.days.map((d) => ({
          ...d,
          source: input.source,
          noticeYear: input.year,
          updatedBy: ctx.actor.id ?? 'system',
        })),
      );
    }
    await tx
      .insert(calendarYear)
      .values({ year: input.year, source: input.source, loadedBy: ctx.actor.id ?? 'system' })
      .onConflictDoUpdate({
        target: calendarYear.year,
        set: { source: input.source, loadedBy: ctx.actor.id ?? 'system', loadedAt: new Date() },
      });
    const dates = [
      ...new Set([...taken.filter((t) => t.noticeYear === input.year).map((t) => t.date), ...seen]),
    ].sort();
    await recordAudit(tx, ctx.actor, {
      action: 'calendar.year.import',
      purpose: 'maintain the official working-day calendar',
      resource: { type: 'calendar-year', id: String(input.year) },
      detail: { source: input.source, days: input.days.length },
    });
    await publish(tx, { type: CALENDAR_CHANGED, payload: { year: input.year, dates } });
    return findYear(tx, input.year);
  });
  forgetWorkingCalendar();
  return result;
}

/** Sets one date as an exceptional rest or work day (an amendment), or removes it (kind null). */
export async function amendDay(
  ctx: ServiceContext,
  input: { date: string; kind: ExceptionalDayKind | null; name: string; reason: string },
) {
  if (!isBusinessDate(input.date)) throw new AppError('CALENDAR_DATE_INVALID');
  const result = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarDay).where(eq(calendarDay.date, input.date));
    if (input.kind === null) {
      if (!before) throw new AppError('NOT_FOUND', { detail: `${input.date} is not an exceptional day` });
      await tx.delete(calendarDay).where(eq(calendarDay.date, input.date));
    } else {
      const row = {
        kind: input.kind,
        name: input.name,
        source: input.reason,
        updatedBy: ctx.actor.id ?? 'system',
        updatedAt: new Date(),
      };
      await tx
        .insert(calendarDay)
        .values({
          date: input.date,
          noticeYear: before?.noticeYear ?? Number(input.date.slice(0, 4)),
          ...row,
        })
        .onConflictDoUpdate({ target: calendarDay.date, set: row });
    }
    await recordAudit(tx, ctx.actor, {
      action: input.kind === null ? 'calendar.day.remove' : 'calendar.day.amend',
      purpose: 'maintain the official working-day calendar',
      resource: { type: 'calendar-day', id: input.date },
      detail: {
        before: before ? { kind: before.kind, name: before.name } : null,
        after: input.kind && { kind: input.kind, name: input.name },
        reason: input.reason,
      },
    });
    await publish(tx, { type: CALENDAR_CHANGED, payload: { dates: [input.date] } });
    const [after] = await tx.select().from(calendarDay).where(eq(calendarDay.date, input.date));
    return after ? { date: after.date, kind: after.kind, name: after.name, source: after.source } : null;
  });
  forgetWorkingCalendar();
  return result;
}

/** Loads the built-in State Council notices for years not loaded yet; an amended year is left alone. */
export async function loadOfficialYears(db: Db): Promise<void> {
  const loaded = new Set(
    (await db.select({ year: calendarYear.year }).from(calendarYear)).map((r) => r.year),
  );
  for (const year of OFFICIAL_CALENDAR_YEARS.filter((y) => !loaded.has(y))) {
    await db.transaction(async (tx) => {
      const source = officialNoticeSource(year) ?? `State Council holiday notice ${year}`;
      const days = officialExceptionalDays(year).map((d) => ({
        ...d,
        noticeYear: year,
        updatedBy: 'system',
      }));
      if (days.length) await tx.insert(calendarDay).values(days).onConflictDoNothing();
      await tx.insert(calendarYear).values({ year, source, loadedBy: 'system' }).onConflictDoNothing();
    });
  }
}
