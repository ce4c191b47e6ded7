// The legal clock of a case (行政许可法 §42, §45, §82; DOMAIN.md §3), pure: due dates from the
// acceptance day, the pinned limits, the special procedures (not counted) and the extension, on
// the official working-day calendar — with an explanation a clerk can read out.
//
// Counting rules:
// - The acceptance day itself is not counted; day 1 is the next working day.
// - A special procedure started on S and ended on E excludes the days d with S < d ≤ E (the day it
//   starts is still a handling day); one still running excludes up to today, so the due date of
//   a paused case moves on every day until it ends.
// - Working-day limits count working days. Natural-day and month limits count calendar days; if
//   such a period ends on a day off it ends on the next working day (the general rule for periods).
// - The one extension adds working days after everything else.
import type { WorkingCalendar } from '../../platform/calendar/working-days.ts';
import { addCalendarDays, dateParts, toDayNumber } from '../../platform/time/business-date.ts';
import type { TimeLimit } from '../catalog/content.ts';

export interface Pause {
  kind: string;
  from: string;
  /** null: still running. */
  to: string | null;
}

export interface ClockInput {
  acceptedOn: string;
  statutoryLimit: TimeLimit;
  promisedLimit: TimeLimit;
  pauses: readonly Pause[];
  extensionDays: number;
  /** Business date of the computation (closes a running pause). */
  today: string;
}

export interface CountedPause extends Pause {
  /** Days not counted: working days for working-day limits, calendar days otherwise. */
  workingDays: number;
  calendarDays: number;
}

export interface CrossedDay {
  date: string;
  kind: 'rest' | 'work';
  name: string;
}

export interface DeadlineExplanation {
  acceptedOn: string;
  statutoryLimit: TimeLimit;
  promisedLimit: TimeLimit;
  pauses: CountedPause[];
  extensionDays: number;
  /** Holidays and adjusted working days between acceptance and the later due date. */
  crossedDays: CrossedDay[];
  statutoryDue: string;
  promisedDue: string;
  /** True while a special procedure runs: the due dates still move. */
  paused: boolean;
  /** True when a year crossed has no loaded State Council notice yet. */
  provisional: boolean;
}

function nextWorkingDayFrom(cal: WorkingCalendar, date: string): string {
  return cal.isWorkingDay(date).working ? date : cal.addWorkingDays(date, 1).due;
}

function addMonths(date: string, n: number): string {
  const { year, month, day } = dateParts(date);
  const m0 = month - 1 + n;
  const y = year + Math.floor(m0 / 12);
  const m = (m0 % 12) + 1;
  const last = new Date(Date.UTC(2000, m, 0)).getUTCDate(); // days in month m (leap years below)
  const days = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : last;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, days)).padStart(2, '0')}`;
}

function due(cal: WorkingCalendar, input: ClockInput, limit: TimeLimit, pauses: CountedPause[]) {
  if (limit.kind === 'on-the-spot') return { due: input.acceptedOn, provisional: false };
  if (limit.unit === 'working-days') {
    const paused = pauses.reduce((n, p) => n + p.workingDays, 0);
    return cal.addWorkingDays(input.acceptedOn, limit.value + paused + input.extensionDays);
  }
  const paused = pauses.reduce((n, p) => n + p.calendarDays, 0);
  const end =
    limit.unit === 'months'
      ? addCalendarDays(addMonths(input.acceptedOn, limit.value), paused)
      : addCalendarDays(input.acceptedOn, limit.value + paused);
  const onWorkingDay = nextWorkingDayFrom(cal, end);
  const extended = cal.addWorkingDays(onWorkingDay, input.extensionDays);
  return { due: extended.due, provisional: extended.provisional || cal.isWorkingDay(end).provisional };
}

/** The exceptional days of the calendar in (from, to], for the explanation (bounded by the limits). */
function crossed(cal: WorkingCalendar, from: string, to: string): CrossedDay[] {
  const days: CrossedDay[] = [];
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) {
    const x = cal.exceptionalDay(d);
    if (x) days.push({ date: d, kind: x.kind, name: x.name });
  }
  return days;
}

export function explainDeadline(cal: WorkingCalendar, input: ClockInput): DeadlineExplanation {
  const pauses: CountedPause[] = input.pauses.map((p) => {
    const to = p.to ?? input.today;
    const end = to < p.from ? p.from : to;
    return {
      ...p,
      workingDays: cal.workingDaysBetween(p.from, end).days,
      calendarDays: toDayNumber(end) - toDayNumber(p.from),
    };
  });
  const statutory = due(cal, input, input.statutoryLimit, pauses);
  const promised = due(cal, input, input.promisedLimit, pauses);
  const last = statutory.due > promised.due ? statutory.due : promised.due;
  return {
    acceptedOn: input.acceptedOn,
    statutoryLimit: input.statutoryLimit,
    promisedLimit: input.promisedLimit,
    pauses,
    extensionDays: input.extensionDays,
    crossedDays: crossed(cal, input.acceptedOn, last),
    statutoryDue: statutory.due,
    promisedDue: promised.due,
    paused: input.pauses.some((p) => p.to === null),
    provisional: statutory.provisional || promised.provisional,
  };
}

export type Urgency = 'green' | 'yellow' | 'red';

/**
 * Queue colour: red once the promised due date has passed, yellow within `warningDays` working
 * days of it (setting case.deadline-warning-working-days), green otherwise.
 */
export function urgencyOf(
  cal: WorkingCalendar,
  promisedDue: string,
  today: string,
  warningDays: number,
): Urgency {
  if (today > promisedDue) return 'red';
  return cal.workingDaysBetween(today, promisedDue).days <= warningDays ? 'yellow' : 'green';
}

/** 行政许可法 §32: the last day to refuse or ask for correction; after it the case counts as accepted. */
export function deemedAcceptanceDay(cal: WorkingCalendar, receivedOn: string, workingDays: number): string {
  return cal.addWorkingDays(receivedOn, workingDays).due;
}
