// The complaint workflow declared as data (like cases/case-workflow.ts): which action moves an
// order from which status to which, and who may take it. The service checks every action against
// this table, the admin page shows the buttons it allows, and a 409 names the allowed ones.
import type { Permission } from '../../platform/access/permissions.ts';
import type { ComplaintStatus } from './codes.ts';

export const COMPLAINT_ACTIONS = [
  'file',
  'dispatch',
  'designate',
  'sign',
  'return',
  'reply',
  'confirm',
  'revisit',
  'merge',
  'supervise',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** The complainant (their own order), the supervision job, or staff with a permission. */
export type ComplaintActor = 'complainant' | 'system' | Permission;

export interface ComplaintTransition {
  action: ComplaintAction;
  from: readonly ComplaintStatus[];
  /** 'same': the status does not change; 'answer': closed when solved, else back to signed. */
  to: ComplaintStatus | 'same' | 'answer';
  by: readonly ComplaintActor[];
  zh: string;
  en: string;
}

const OPEN: readonly ComplaintStatus[] = ['received', 'dispatched', 'returned', 'signed', 'replied'];

export const COMPLAINT_TRANSITIONS: readonly ComplaintTransition[] = [
  {
    action: 'file',
    from: [],
    to: 'received',
    by: ['complainant', 'complaint.dispatch'],
    zh: '登记诉求',
    en: 'File',
  },
  {
    action: 'dispatch',
    from: ['received', 'returned'],
    to: 'dispatched',
    by: ['complaint.dispatch'],
    zh: '分派',
    en: 'Dispatch',
  },
  {
    // 指定承办: after too many returns (or whenever the service office decides) — no more returns.
    action: 'designate',
    from: ['received', 'returned'],
    to: 'dispatched',
    by: ['complaint.dispatch'],
    zh: '指定承办',
    en: 'Designate the handler',
  },
  {
    action: 'sign',
    from: ['dispatched'],
    to: 'signed',
    by: ['complaint.handle'],
    zh: '签收',
    en: 'Sign for',
  },
  {
    action: 'return',
    from: ['dispatched'],
    to: 'returned',
    by: ['complaint.handle'],
    zh: '退回（错派）',
    en: 'Return (misrouted)',
  },
  { action: 'reply', from: ['signed'], to: 'replied', by: ['complaint.handle'], zh: '答复', en: 'Reply' },
  {
    action: 'confirm',
    from: ['replied'],
    to: 'answer',
    by: ['complainant'],
    zh: '确认是否解决',
    en: 'Confirm whether solved',
  },
  {
    // 回访: the agent records what the complainant said on the phone.
    action: 'revisit',
    from: ['replied'],
    to: 'answer',
    by: ['complaint.dispatch'],
    zh: '回访',
    en: 'Return visit',
  },
  {
    action: 'merge',
    from: OPEN,
    to: 'merged',
    by: ['complaint.dispatch'],
    zh: '合并重复诉求',
    en: 'Merge as a duplicate',
  },
  {
    action: 'supervise',
    from: ['dispatched', 'signed'],
    to: 'same',
    by: ['system', 'complaint.dispatch'],
    zh: '督办',
    en: 'Supervise (reminder)',
  },
];

export function transitionOf(action: ComplaintAction): ComplaintTransition {
  return COMPLAINT_TRANSITIONS.find((t) => t.action === action)!;
}

/** The status after `action` from `from` (for confirm/revisit: by the complainant's answer). */
export function nextStatus(
  action: ComplaintAction,
  from: ComplaintStatus,
  solved?: boolean,
): ComplaintStatus {
  const t = transitionOf(action);
  if (t.to === 'same') return from;
  if (t.to === 'answer') return solved ? 'closed' : 'signed';
  return t.to;
}

/** What the order's state still allows beyond the status (returns limited, designation). */
export interface ComplaintFlags {
  designated: boolean;
  returnCount: number;
  maxReturns: number;
  /** The return deadline passed. */
  returnLate: boolean;
}

/** May an order in this state be returned? (The service answers COMPLAINT_RETURN_NOT_ALLOWED.) */
export const mayReturn = (f: ComplaintFlags) =>
  !f.designated && !f.returnLate && f.returnCount < f.maxReturns;

/** After max returns a plain dispatch is no longer possible: the service office designates. */
export const mustDesignate = (f: Pick<ComplaintFlags, 'returnCount' | 'maxReturns'>) =>
  f.returnCount >= f.maxReturns;

/** The actions `actors` may take on an order in `status` (the UI's buttons). */
export function allowedActions(
  status: ComplaintStatus,
  actors: readonly ComplaintActor[],
  flags: ComplaintFlags,
): ComplaintAction[] {
  return COMPLAINT_TRANSITIONS.filter(
    (t) =>
      t.action !== 'file' &&
      t.from.includes(status) &&
      t.by.some((b) => actors.includes(b)) &&
      !(t.action === 'dispatch' && mustDesignate(flags)) &&
      !(t.action === 'return' && !mayReturn(flags)),
  ).map((t) => t.action);
}
