// The version workflow declared as data (as island.is declares its application templates): the
// service checks a transition against this table, the UI shows the buttons it allows, and the
// docs list it, so the three can never disagree.
import type { Permission } from '../../platform/access/permissions.ts';
import type { VersionStatus } from './schema.ts';

export type VersionAction = 'submit' | 'withdraw' | 'return' | 'approve' | 'publish' | 'retire';

export interface VersionTransition {
  action: VersionAction;
  from: readonly VersionStatus[];
  to: VersionStatus;
  permission: Permission;
  /** Returning and retiring must say why: the editor and the public need the reason. */
  commentRequired: boolean;
  zh: string;
  en: string;
}

export const VERSION_TRANSITIONS: readonly VersionTransition[] = [
  {
    action: 'submit',
    from: ['draft', 'returned'],
    to: 'submitted',
    permission: 'catalog.edit',
    commentRequired: false,
    zh: '提交审核',
    en: 'Submit for review',
  },
  {
    action: 'withdraw',
    from: ['submitted'],
    to: 'draft',
    permission: 'catalog.edit',
    commentRequired: false,
    zh: '撤回',
    en: 'Withdraw',
  },
  {
    action: 'return',
    from: ['submitted', 'approved'],
    to: 'returned',
    permission: 'catalog.review',
    commentRequired: true,
    zh: '退回修改',
    en: 'Return for changes',
  },
  {
    action: 'approve',
    from: ['submitted'],
    to: 'approved',
    permission: 'catalog.review',
    commentRequired: false,
    zh: '审核通过',
    en: 'Approve',
  },
  {
    action: 'publish',
    from: ['approved'],
    to: 'published',
    permission: 'catalog.publish',
    commentRequired: false,
    zh: '发布',
    en: 'Publish',
  },
  {
    action: 'retire',
    from: ['published'],
    to: 'retired',
    permission: 'catalog.publish',
    commentRequired: true,
    zh: '废止',
    en: 'Retire',
  },
];

export function findTransition(status: VersionStatus, action: VersionAction): VersionTransition | undefined {
  return VERSION_TRANSITIONS.find((t) => t.action === action && t.from.includes(status));
}

/** The actions allowed from a status (for the UI's buttons). */
export function availableActions(status: VersionStatus): VersionAction[] {
  return VERSION_TRANSITIONS.filter((t) => t.from.includes(status)).map((t) => t.action);
}

/** Only these may be edited; anything submitted or later is frozen (published ones for ever). */
export const EDITABLE_STATUSES: readonly VersionStatus[] = ['draft', 'returned'];

export const isEditable = (status: VersionStatus) => EDITABLE_STATUSES.includes(status);

/** The stored status refined by the effective dates: what a reader of the catalog sees. */
export type VersionState =
  'draft' | 'submitted' | 'returned' | 'approved' | 'scheduled' | 'in-force' | 'superseded' | 'retired';

/** Dates are YYYY-MM-DD, so they compare as strings; effectiveTo is exclusive (the successor's start). */
export function versionState(
  v: { status: VersionStatus; effectiveFrom: string | null; effectiveTo: string | null },
  today: string,
): VersionState {
  if (v.status !== 'published') return v.status;
  if (v.effectiveFrom !== null && v.effectiveFrom > today) return 'scheduled';
  if (v.effectiveTo !== null && v.effectiveTo <= today) return 'superseded';
  return 'in-force';
}
