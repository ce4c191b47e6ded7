// Deadline arithmetic of an order (Tianjin 12345 and 办不成事 practice; every number a setting):
// signing for a dispatched order within minutes when life, property or utilities are at stake,
// else by the end of a working day; returning a misrouted order within working days; explaining
// within 3 and resolving within 5 (10 if complex) working days of signing. Pure: the calendar and
// the settings are passed in.
import type { WorkingCalendar } from '../../platform/calendar/working-days.ts';
import { addCalendarDays, businessDate } from '../../platform/time/business-date.ts';
import type { ComplaintUrgency } from './codes.ts';

export interface DeadlineSettings {
  signMinutesLifeProperty: number;
  signMinutesUtilities: number;
  signWorkingDays: number;
  returnWorkingDays: number;
  explainWorkingDays: number;
  resolveWorkingDays: number;
  resolveComplexWorkingDays: number;
}

export const SETTING_KEYS: Record<keyof DeadlineSettings, string> = {
  signMinutesLifeProperty: 'complaint.sign-minutes-life-property',
  signMinutesUtilities: 'complaint.sign-minutes-utilities',
  signWorkingDays: 'complaint.sign-working-days',
  returnWorkingDays: 'complaint.return-working-days',
  explainWorkingDays: 'complaint.explain-working-days',
  resolveWorkingDays: 'complaint.resolve-working-days',
  resolveComplexWorkingDays: 'complaint.resolve-complex-working-days',
};

const MINUTE = 60_000;

/** The last instant of a business date in Shanghai (the start of the next day, exclusive). */
export function endOfBusinessDay(date: string): Date {
  return new Date(Date.parse(`${addCalendarDays(date, 1)}T00:00:00+08:00`) - 1);
}

/** The end of the n-th working day after the business date of `at`. */
function workingDaysEnd(cal: WorkingCalendar, at: Date, n: number): Date {
  return endOfBusinessDay(cal.addWorkingDays(businessDate(at), n).due);
}

export interface DispatchDeadlines {
  signDue: Date;
  returnDue: Date;
}

export function dispatchDeadlines(
  cal: WorkingCalendar,
  s: DeadlineSettings,
  urgency: ComplaintUrgency,
  at: Date,
): DispatchDeadlines {
  const signDue =
    urgency === 'life-property'
      ? new Date(at.getTime() + s.signMinutesLifeProperty * MINUTE)
      : urgency === 'utilities'
        ? new Date(at.getTime() + s.signMinutesUtilities * MINUTE)
        : workingDaysEnd(cal, at, s.signWorkingDays);
  return { signDue, returnDue: workingDaysEnd(cal, at, s.returnWorkingDays) };
}

export interface HandlingDeadlines {
  explainDue: string;
  replyDue: string;
}

/** From signing (or reopening): explain within n working days, resolve within 5 or 10. */
export function handlingDeadlines(
  cal: WorkingCalendar,
  s: DeadlineSettings,
  complex: boolean,
  at: Date,
): HandlingDeadlines {
  const day = businessDate(at);
  return {
    explainDue: cal.addWorkingDays(day, s.explainWorkingDays).due,
    replyDue: cal.addWorkingDays(day, complex ? s.resolveComplexWorkingDays : s.resolveWorkingDays).due,
  };
}

/** A reply on or before its due date (Shanghai) is on time. */
export const repliedOnTime = (replyDue: string, at: Date) => businessDate(at) <= replyDue;

/** Which deadline of an open order is missed at `now` and not yet supervised; null: none. */
export function missedDeadline(
  c: {
    status: string;
    signDue: Date | null;
    explainDue: string | null;
    replyDue: string | null;
    supervisedAt: Date | null;
  },
  now: Date,
): { kind: 'sign' | 'explain' | 'reply'; due: Date } | null {
  const unsupervised = (due: Date) => now > due && (!c.supervisedAt || c.supervisedAt < due);
  if (c.status === 'dispatched' && c.signDue && unsupervised(c.signDue))
    return { kind: 'sign', due: c.signDue };
  if (c.status !== 'signed') return null;
  // The later deadline first: one notice when both passed unseen (e.g. the job was down).
  if (c.replyDue && unsupervised(endOfBusinessDay(c.replyDue)))
    return { kind: 'reply', due: endOfBusinessDay(c.replyDue) };
  if (c.explainDue && unsupervised(endOfBusinessDay(c.explainDue)))
    return { kind: 'explain', due: endOfBusinessDay(c.explainDue) };
  return null;
}
