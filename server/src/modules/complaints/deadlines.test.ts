import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR_YEARS, officialExceptionalDays } from '../../platform/calendar/official-days.ts';
import { createWorkingCalendar } from '../../platform/calendar/working-days.ts';
import {
  dispatchDeadlines,
  endOfBusinessDay,
  handlingDeadlines,
  missedDeadline,
  repliedOnTime,
  type DeadlineSettings,
} from './deadlines.ts';

const cal = createWorkingCalendar(officialExceptionalDays(), OFFICIAL_CALENDAR_YEARS);
const S: DeadlineSettings = {
  signMinutesLifeProperty: 15,
  signMinutesUtilities: 30,
  signWorkingDays: 1,
  returnWorkingDays: 1,
  explainWorkingDays: 3,
  resolveWorkingDays: 5,
  resolveComplexWorkingDays: 10,
};
const at = (iso: string) => new Date(iso);

describe('dispatch deadlines', () => {
  it('counts minutes for life/property and utilities, whatever the day', () => {
    const friday = at('2025-10-31T23:50:00+08:00');
    expect(dispatchDeadlines(cal, S, 'life-property', friday).signDue.toISOString()).toBe(
      '2025-10-31T16:05:00.000Z',
    );
    expect(dispatchDeadlines(cal, S, 'utilities', friday).signDue.toISOString()).toBe(
      '2025-10-31T16:20:00.000Z',
    );
  });

  it('gives a normal order until the end of the next working day, across a weekend', () => {
    // Friday 2025-10-31 → Monday 2025-11-03, 24:00 Beijing time.
    const d = dispatchDeadlines(cal, S, 'normal', at('2025-10-31T10:00:00+08:00'));
    expect(d.signDue.toISOString()).toBe('2025-11-03T15:59:59.999Z');
    expect(d.returnDue.toISOString()).toBe('2025-11-03T15:59:59.999Z');
  });

  it('skips the National Day holiday and uses the Beijing date of a late-UTC instant', () => {
    // 2025-09-30 17:00 UTC is already 1 October in Beijing: the next working day is 9 October.
    const d = dispatchDeadlines(cal, S, 'normal', at('2025-09-30T17:00:00Z'));
    expect(d.signDue.toISOString()).toBe('2025-10-09T15:59:59.999Z');
  });
});

describe('handling deadlines', () => {
  it('gives 3 working days to explain and 5 or 10 to resolve', () => {
    const signed = at('2025-09-26T09:00:00+08:00'); // Friday before National Day
    expect(handlingDeadlines(cal, S, false, signed)).toEqual({
      explainDue: '2025-09-30', // Sunday 28th worked, Mon 29th, Tue 30th
      replyDue: '2025-10-10', // then 9 and 10 October, after the holiday
    });
    // Complex: Saturday 11 October is worked, then 13 … 16 October.
    expect(handlingDeadlines(cal, S, true, signed).replyDue).toBe('2025-10-16');
  });

  it('is on time through the last day', () => {
    expect(repliedOnTime('2025-10-11', at('2025-10-11T15:59:00Z'))).toBe(true);
    expect(repliedOnTime('2025-10-11', at('2025-10-11T16:00:00Z'))).toBe(false);
    expect(endOfBusinessDay('2025-12-31').toISOString()).toBe('2025-12-31T15:59:59.999Z');
  });
});

describe('missed deadlines', () => {
  const base = { explainDue: null, replyDue: null, supervisedAt: null };
  it('supervises a late signature once', () => {
    const c = { ...base, status: 'dispatched', signDue: at('2025-11-03T02:15:00Z') };
    expect(missedDeadline(c, at('2025-11-03T02:14:00Z'))).toBeNull();
    expect(missedDeadline(c, at('2025-11-03T02:16:00Z'))?.kind).toBe('sign');
    expect(missedDeadline({ ...c, supervisedAt: at('2025-11-03T02:16:00Z') }, at('2025-11-04'))).toBeNull();
  });

  it('supervises explain and then reply deadlines of a signed order', () => {
    const c = { status: 'signed', signDue: null, explainDue: '2025-11-05', replyDue: '2025-11-07' };
    expect(missedDeadline({ ...c, supervisedAt: null }, at('2025-11-05T12:00:00Z'))).toBeNull();
    const explain = missedDeadline({ ...c, supervisedAt: null }, at('2025-11-06T01:00:00Z'));
    expect(explain?.kind).toBe('explain');
    const after = { ...c, supervisedAt: at('2025-11-06T01:00:00Z') };
    expect(missedDeadline(after, at('2025-11-07T10:00:00Z'))).toBeNull();
    expect(missedDeadline(after, at('2025-11-08T01:00:00Z'))?.kind).toBe('reply');
  });
});
