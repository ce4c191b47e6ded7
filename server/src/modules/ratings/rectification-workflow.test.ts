import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../platform/calendar/working-days.ts';
import { OFFICIAL_CALENDAR_YEARS, officialExceptionalDays } from '../../platform/calendar/official-days.ts';
import { RECTIFICATION_STATUSES } from './codes.ts';
import {
  allowedActions,
  dueDatesFrom,
  findTransition,
  isOverdue,
  nextStatus,
  RECTIFICATION_ACTIONS,
  RECTIFICATION_TRANSITIONS,
  STEP_DUE_SETTING,
  OPEN_RECTIFICATION,
} from './rectification-workflow.ts';
import { findSettingDefinition } from '../../platform/settings/definitions.ts';

const staff = (by: string) => by === 'rating.handle';
const office = (by: string) => by === 'rating.supervise';

describe('the rectification workflow table', () => {
  it('names known actions and statuses, one transition per action and status', () => {
    const statuses = new Set<string | null>([...RECTIFICATION_STATUSES.map((s) => s.code), null]);
    const seen = new Set<string>();
    for (const t of RECTIFICATION_TRANSITIONS) {
      expect(RECTIFICATION_ACTIONS).toContain(t.action);
      for (const from of t.from) {
        expect(statuses.has(from), String(from)).toBe(true);
        const key = `${t.action}@${from}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
      for (const to of t.to) if (to !== 'same') expect(statuses.has(to), to).toBe(true);
      expect(t.by.length).toBeGreaterThan(0);
    }
    for (const a of RECTIFICATION_ACTIONS)
      expect(
        RECTIFICATION_TRANSITIONS.some((t) => t.action === a),
        a,
      ).toBe(true);
  });

  it('every open status has a step deadline setting that exists', () => {
    for (const s of OPEN_RECTIFICATION) expect(findSettingDefinition(STEP_DUE_SETTING[s]!), s).toBeDefined();
  });

  it('lets the agency verify, appeal, rectify, report and visit; the office alone decides appeals', () => {
    expect(allowedActions('verifying', staff)).toEqual(['verify', 'appeal']);
    expect(allowedActions('appealed', staff)).toEqual([]);
    expect(allowedActions('appealed', office)).toEqual(['decide-appeal']);
    expect(allowedActions('rectifying', staff)).toEqual(['rectify']);
    expect(allowedActions('feedback', staff)).toEqual(['feedback']);
    expect(allowedActions('revisiting', staff)).toEqual(['revisit']);
    expect(allowedActions('revisiting', (b) => b === 'rater')).toEqual(['revisit']);
    for (const s of ['closed', 'dismissed'] as const)
      expect(
        allowedActions(s, () => true),
        s,
      ).toEqual([]);
    expect(allowedActions('verifying', office)).toEqual([]);
  });

  it('chooses the outcome: appeal upheld/rejected, feedback with or without a rater', () => {
    const decide = findTransition('appealed', 'decide-appeal')!;
    expect(nextStatus(decide, 'appealed', { upheld: true, hasRater: true })).toBe('dismissed');
    expect(nextStatus(decide, 'appealed', { upheld: false, hasRater: true })).toBe('rectifying');
    const feedback = findTransition('feedback', 'feedback')!;
    expect(nextStatus(feedback, 'feedback', { hasRater: true })).toBe('revisiting');
    expect(nextStatus(feedback, 'feedback', { hasRater: false })).toBe('closed');
    const escalate = findTransition('rectifying', 'escalate')!;
    expect(nextStatus(escalate, 'rectifying', { hasRater: true })).toBe('rectifying');
    expect(findTransition('closed', 'escalate')).toBeUndefined();
    expect(findTransition('verifying', 'rectify')).toBeUndefined();
  });
});

describe('deadlines on the working-day clock', () => {
  const cal = createWorkingCalendar(officialExceptionalDays(), OFFICIAL_CALENDAR_YEARS);

  it('skips a weekend: Friday + 2 working days is Tuesday', () => {
    expect(dueDatesFrom(cal, '2026-11-27', { step: 2 })).toEqual({ stepDue: '2026-12-01', finalDue: null });
  });

  it('skips the National Day holidays and counts the final deadline the same way', () => {
    const d = dueDatesFrom(cal, '2026-09-30', { step: 2, final: 15 });
    expect(d.stepDue).toBe('2026-10-09');
    // 10-08, 10-09, 10-10 (Saturday worked), then 12 more weekdays.
    expect(d.finalDue).toBe(cal.addWorkingDays('2026-09-30', 15).due);
    expect(cal.isWorkingDay('2026-10-10').working).toBe(true);
    expect(d.finalDue).toBe('2026-10-27');
  });

  it('is overdue only while open and only after the due day', () => {
    expect(isOverdue({ status: 'rectifying', stepDue: '2026-12-01' }, '2026-12-01')).toBe(false);
    expect(isOverdue({ status: 'rectifying', stepDue: '2026-12-01' }, '2026-12-02')).toBe(true);
    expect(isOverdue({ status: 'closed', stepDue: '2026-12-01' }, '2026-12-09')).toBe(false);
  });
});
