// The rectification of a negative rating declared as data (like cases/case-workflow.ts): which
// action moves a rectification from which status to which, who may take it, and which setting
// gives the next step's deadline. The service checks every action against this table, the UI
// shows the form of the one action the caller may take, and a 409 names the allowed actions.
//
// verifying ─verify→ rectifying ─rectify→ feedback ─feedback→ revisiting ─revisit→ closed
//     └─appeal→ appealed ─decide-appeal(upheld)→ dismissed (not counted as a negative rating)
//                        └─decide-appeal(rejected)→ rectifying
// An anonymous rating has nobody to visit: feedback closes it (DOMAIN §5 asks a return visit of
// every real-name negative rating).
import type { Permission } from '../../platform/access/permissions.ts';
import type { RectificationStatus } from './codes.ts';

export const RECTIFICATION_ACTIONS = [
  'open',
  'verify',
  'appeal',
  'decide-appeal',
  'rectify',
  'feedback',
  'revisit',
  'escalate',
] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/** Staff with a permission over the rectification's agency, the rater themselves, or the system. */
export type RectificationActor = Permission | 'rater' | 'system';

export interface RectificationTransition {
  action: RectificationAction;
  from: readonly (RectificationStatus | null)[];
  /** Every status the action can lead to; the first is the usual one ('same': unchanged). */
  to: readonly (RectificationStatus | 'same')[];
  by: readonly RectificationActor[];
  zh: string;
  en: string;
}

export const OPEN_RECTIFICATION: readonly RectificationStatus[] = [
  'verifying',
  'appealed',
  'rectifying',
  'feedback',
  'revisiting',
];

export const RECTIFICATION_TRANSITIONS: readonly RectificationTransition[] = [
  { action: 'open', from: [null], to: ['verifying'], by: ['system'], zh: '差评转办', en: 'Opened' },
  {
    action: 'verify',
    from: ['verifying'],
    to: ['rectifying'],
    by: ['rating.handle'],
    zh: '核实属实',
    en: 'Verify as valid',
  },
  {
    action: 'appeal',
    from: ['verifying'],
    to: ['appealed'],
    by: ['rating.handle'],
    zh: '申诉（误评、恶意差评）',
    en: 'Appeal (mistaken or malicious)',
  },
  {
    action: 'decide-appeal',
    from: ['appealed'],
    to: ['dismissed', 'rectifying'],
    by: ['rating.supervise'],
    zh: '申诉审核',
    en: 'Decide the appeal',
  },
  {
    action: 'rectify',
    from: ['rectifying'],
    to: ['feedback'],
    by: ['rating.handle'],
    zh: '整改（或说明无法整改的依据）',
    en: 'Rectify (or explain why it cannot be fixed)',
  },
  {
    action: 'feedback',
    from: ['feedback'],
    to: ['revisiting', 'closed'],
    by: ['rating.handle'],
    zh: '反馈评价人',
    en: 'Report to the rater',
  },
  {
    action: 'revisit',
    from: ['revisiting'],
    to: ['closed'],
    by: ['rating.handle', 'rater'],
    zh: '回访',
    en: 'Return visit',
  },
  {
    action: 'escalate',
    from: OPEN_RECTIFICATION,
    to: ['same'],
    by: ['system'],
    zh: '超期督办',
    en: 'Overdue: escalated',
  },
];

/** The setting whose working days bound the step a status stands for. */
export const STEP_DUE_SETTING: Record<string, string> = {
  verifying: 'rating.verify-working-days',
  appealed: 'rating.appeal-working-days',
  rectifying: 'rating.rectify-working-days',
  feedback: 'rating.feedback-working-days',
  revisiting: 'rating.revisit-working-days',
};

export const FINAL_DUE_SETTING = 'rating.rectification-working-days';

export function findTransition(
  status: RectificationStatus,
  action: RectificationAction,
): RectificationTransition | undefined {
  return RECTIFICATION_TRANSITIONS.find((t) => t.action === action && t.from.includes(status));
}

/** The actions `actor` may take in `status` (system actions excluded unless asked). */
export function allowedActions(
  status: RectificationStatus,
  may: (by: RectificationActor) => boolean = (b) => b !== 'system',
): RectificationAction[] {
  return RECTIFICATION_TRANSITIONS.filter((t) => t.from.includes(status) && t.by.some(may)).map(
    (t) => t.action,
  );
}

/** What decides between an action's outcomes. */
export interface OutcomeFacts {
  /** decide-appeal: the office upheld the appeal. */
  upheld?: boolean;
  /** feedback: the rating has a rater to visit (not anonymous). */
  hasRater: boolean;
}

export function nextStatus(
  t: RectificationTransition,
  status: RectificationStatus,
  facts: OutcomeFacts,
): RectificationStatus {
  switch (t.action) {
    case 'decide-appeal':
      return facts.upheld ? 'dismissed' : 'rectifying';
    case 'feedback':
      return facts.hasRater ? 'revisiting' : 'closed';
    default: {
      const to = t.to[0]!;
      return to === 'same' ? status : to;
    }
  }
}

export const isOpenStatus = (s: RectificationStatus) => OPEN_RECTIFICATION.includes(s);

/** Working-day arithmetic of the calendar, as the deadlines need it. */
export interface WorkingDayAdder {
  addWorkingDays(from: string, n: number): { due: string };
}

/**
 * The due dates when a step starts on `on`: the step's own (its setting's working days) and, on
 * opening, the whole loop's. Working days exclude weekends and holidays, and count 调休 Saturdays;
 * the start day itself is not counted (行政许可法 §82 practice).
 */
export function dueDatesFrom(
  cal: WorkingDayAdder,
  on: string,
  days: { step: number; final?: number },
): { stepDue: string; finalDue: string | null } {
  return {
    stepDue: cal.addWorkingDays(on, days.step).due,
    finalDue: days.final === undefined ? null : cal.addWorkingDays(on, days.final).due,
  };
}

/** Overdue: an open rectification whose current step's due date has passed. */
export const isOverdue = (r: { status: RectificationStatus; stepDue: string }, today: string) =>
  isOpenStatus(r.status) && r.stepDue < today;
