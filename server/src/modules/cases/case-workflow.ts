// The case workflow declared as data (as island.is declares its templates): which action moves a
// case from which status to which, and who may take it. The service checks every action against
// this table, the UI shows the buttons it allows, and a 409 names the allowed actions — so the
// three never disagree. The table is narrowed per implementation by its procedure (a procedure
// without a review step decides straight after acceptance) and its case type (即办).
import type { Permission } from '../../platform/access/permissions.ts';
import type { CaseStatus } from './codes.ts';

export const CASE_ACTIONS = [
  'submit',
  'accept',
  'accept-and-conclude',
  'request-correction',
  'resubmit',
  'refuse',
  'deem-accept',
  'supplement',
  'terminate',
  'assign',
  'review-pass',
  'return',
  'start-special-procedure',
  'end-special-procedure',
  'extend',
  'approve',
  'deny',
  'deliver',
  'withdraw',
  'forward',
  'confirm-receipt',
  'verify-commitment',
  'revoke',
  'recompute-deadline',
  'mark-overdue',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Who may act: the applicant (or their agent), the system's sweeps, or staff with a permission. */
export type CaseActor = 'applicant' | 'system' | Permission;

export interface CaseTransition {
  action: CaseAction;
  from: readonly CaseStatus[];
  /** 'same': the status does not change; 'previous': back to where a special procedure began. */
  to: CaseStatus | 'same' | 'previous';
  by: readonly CaseActor[];
  zh: string;
  en: string;
}

const HANDLING: readonly CaseStatus[] = ['accepted', 'reviewed', 'suspended'];
const BEFORE_DECISION: readonly CaseStatus[] = ['submitted', 'correction-requested', ...HANDLING];

export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  {
    action: 'submit',
    from: ['draft'],
    to: 'submitted',
    // 'system': a bundle (一件事) member waiting for its predecessors is submitted by the system
    // when they conclude — the applicant submitted the bundle, and with it this application.
    by: ['applicant', 'case.accept', 'system'],
    zh: '提交申请',
    en: 'Submit',
  },
  { action: 'accept', from: ['submitted'], to: 'accepted', by: ['case.accept'], zh: '受理', en: 'Accept' },
  {
    action: 'accept-and-conclude',
    from: ['submitted'],
    to: 'concluded',
    by: ['case.accept'],
    zh: '即来即办（受理并办结）',
    en: 'Accept and conclude on the spot',
  },
  {
    action: 'request-correction',
    from: ['submitted'],
    to: 'correction-requested',
    by: ['case.accept'],
    zh: '一次性告知补正',
    en: 'Request correction (one-time notice)',
  },
  {
    action: 'resubmit',
    from: ['correction-requested'],
    to: 'submitted',
    by: ['applicant', 'case.accept'],
    zh: '补正后重新提交',
    en: 'Resubmit after correction',
  },
  {
    action: 'refuse',
    from: ['submitted', 'correction-requested'],
    to: 'refused',
    by: ['case.accept'],
    zh: '不予受理',
    en: 'Refuse to accept',
  },
  {
    action: 'deem-accept',
    from: ['submitted'],
    to: 'accepted',
    by: ['system'],
    zh: '视为受理',
    en: 'Deemed accepted',
  },
  {
    action: 'supplement',
    from: HANDLING,
    to: 'same',
    by: ['applicant', 'case.accept'],
    zh: '补交容缺材料',
    en: 'Supply missing materials',
  },
  { action: 'terminate', from: HANDLING, to: 'terminated', by: ['system'], zh: '终止办理', en: 'Terminate' },
  {
    action: 'assign',
    from: ['accepted', 'reviewed'],
    to: 'same',
    by: ['case.review', 'case.supervise'],
    zh: '分派',
    en: 'Assign',
  },
  {
    action: 'review-pass',
    from: ['accepted'],
    to: 'reviewed',
    by: ['case.review'],
    zh: '审查通过',
    en: 'Pass review',
  },
  {
    action: 'return',
    from: ['reviewed'],
    to: 'accepted',
    by: ['case.decide'],
    zh: '退回审查',
    en: 'Return to review',
  },
  {
    action: 'start-special-procedure',
    from: ['accepted', 'reviewed'],
    to: 'suspended',
    by: ['case.review', 'case.decide'],
    zh: '启动特别程序',
    en: 'Start a special procedure',
  },
  {
    action: 'end-special-procedure',
    from: ['suspended'],
    to: 'previous',
    by: ['case.review', 'case.decide'],
    zh: '结束特别程序',
    en: 'End the special procedure',
  },
  {
    action: 'extend',
    from: HANDLING,
    to: 'same',
    by: ['case.extend'],
    zh: '延长办理期限',
    en: 'Extend the deadline',
  },
  {
    action: 'approve',
    from: ['reviewed'],
    to: 'concluded',
    by: ['case.decide'],
    zh: '准予许可',
    en: 'Approve',
  },
  { action: 'deny', from: ['reviewed'], to: 'concluded', by: ['case.decide'], zh: '不予许可', en: 'Deny' },
  {
    action: 'deliver',
    from: ['concluded'],
    to: 'delivered',
    by: ['case.accept', 'case.decide'],
    zh: '送达',
    en: 'Deliver',
  },
  {
    action: 'withdraw',
    from: BEFORE_DECISION,
    to: 'withdrawn',
    by: ['applicant'],
    zh: '撤回申请',
    en: 'Withdraw',
  },
  {
    action: 'forward',
    from: ['submitted', 'accepted', 'reviewed', 'suspended'],
    to: 'same',
    by: ['case.accept'],
    zh: '寄递纸质材料',
    en: 'Forward the paper materials',
  },
  {
    action: 'confirm-receipt',
    from: ['submitted', 'accepted', 'reviewed', 'suspended'],
    to: 'same',
    by: ['case.review', 'case.accept'],
    zh: '确认收到材料',
    en: 'Confirm receipt of the materials',
  },
  {
    action: 'verify-commitment',
    from: ['concluded', 'delivered'],
    to: 'same',
    by: ['case.review', 'case.supervise'],
    zh: '承诺核查',
    en: 'Verify the commitment',
  },
  {
    action: 'revoke',
    from: ['concluded', 'delivered'],
    to: 'revoked',
    by: ['system', 'case.decide'],
    zh: '撤销许可',
    en: 'Revoke the result',
  },
  {
    action: 'recompute-deadline',
    from: HANDLING,
    to: 'same',
    by: ['system'],
    zh: '工作日历变更，重算期限',
    en: 'Deadline re-derived after a calendar change',
  },
  {
    action: 'mark-overdue',
    from: HANDLING,
    to: 'same',
    by: ['system'],
    zh: '超期督办',
    en: 'Overdue: supervision',
  },
];

/** What shapes the workflow of one implementation (from its pinned version). */
export interface ProcedureShape {
  /** Codes of the procedure steps, e.g. accept > review > decide > conclude > deliver. */
  stepCodes: readonly string[];
  /** 即办: the situation's promised limit is on the spot. */
  onTheSpot: boolean;
}

/**
 * The transitions of one procedure. Without a review step the decision follows acceptance
 * directly; only 即办 items may be accepted and concluded in one step.
 */
export function workflowFor(shape: ProcedureShape): readonly CaseTransition[] {
  const hasReview = shape.stepCodes.includes('review');
  return CASE_TRANSITIONS.flatMap((t): CaseTransition[] => {
    if (t.action === 'accept-and-conclude' && !shape.onTheSpot) return [];
    if (!hasReview && (t.action === 'review-pass' || t.action === 'return')) return [];
    if (!hasReview && (t.action === 'approve' || t.action === 'deny')) return [{ ...t, from: ['accepted'] }];
    return [t];
  });
}

export function findCaseTransition(
  workflow: readonly CaseTransition[],
  status: CaseStatus,
  action: CaseAction,
): CaseTransition | undefined {
  return workflow.find((t) => t.action === action && t.from.includes(status));
}

/** The actions a status allows in this workflow (for the UI and for 409 answers). */
export function allowedActions(workflow: readonly CaseTransition[], status: CaseStatus): CaseAction[] {
  return workflow.filter((t) => t.from.includes(status)).map((t) => t.action);
}

/** The status after `t` taken in `status`; `resumeTo` is where a special procedure began. */
export function nextStatus(t: CaseTransition, status: CaseStatus, resumeTo: CaseStatus | null): CaseStatus {
  if (t.to === 'same') return status;
  if (t.to === 'previous') return resumeTo ?? 'accepted';
  return t.to;
}

/** Facts of one case that rule an action out although its status allows it. */
export interface CaseFacts {
  outstandingMaterials: number;
  extended: boolean;
  /** A 告知承诺 verification task waits for its result. */
  verificationPending: boolean;
  /** 异地代收代办: paper materials travel with a forwarding record. */
  forwarding: boolean;
  approved: boolean;
}

/** Whether the facts allow the action (the UI's buttons; the handlers enforce the same rules). */
export function factsAllow(action: CaseAction, f: CaseFacts): boolean {
  switch (action) {
    case 'supplement':
      return f.outstandingMaterials > 0;
    case 'extend':
      return !f.extended;
    case 'verify-commitment':
      return f.verificationPending;
    case 'forward':
    case 'confirm-receipt':
      return f.forwarding;
    case 'revoke':
      return f.approved;
    default:
      return true;
  }
}
