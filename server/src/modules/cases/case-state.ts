// A case's state is a fold over its append-only action log (as OpenCRVS derives a record's
// status from its actions). service_case.status is a projection of this fold written in the
// same transaction, for queues and indexes; the log stays the truth and a test checks that the
// two agree.
import type { CaseStatus } from './codes.ts';
import { CASE_TRANSITIONS, nextStatus, type CaseAction } from './case-workflow.ts';

export interface LoggedAction {
  action: CaseAction;
  /** Business date (YYYY-MM-DD) the action took effect. */
  on: string;
  detail?: Record<string, unknown>;
}

export interface CaseState {
  status: CaseStatus;
  /** Where a running special procedure returns to. */
  resumeTo: CaseStatus | null;
  receivedOn: string | null;
  acceptedOn: string | null;
  deemedAccepted: boolean;
  decision: 'approved' | 'denied' | null;
  /** Working days added by the one extension. */
  extensionDays: number;
  /** Material keys accepted as missing (容缺) and not yet supplied. */
  outstandingMaterials: string[];
  correctionRounds: number;
}

export const INITIAL_STATE: CaseState = {
  status: 'draft',
  resumeTo: null,
  receivedOn: null,
  acceptedOn: null,
  deemedAccepted: false,
  decision: null,
  extensionDays: 0,
  outstandingMaterials: [],
  correctionRounds: 0,
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** Applies one action; throws on an action the status does not allow (a corrupt log). */
export function applyAction(state: CaseState, a: LoggedAction): CaseState {
  const t = CASE_TRANSITIONS.find((x) => x.action === a.action && x.from.includes(state.status));
  if (!t) throw new Error(`action ${a.action} is not allowed in status ${state.status}`);
  const s: CaseState = { ...state, status: nextStatus(t, state.status, state.resumeTo) };
  switch (a.action) {
    case 'submit':
      return { ...s, receivedOn: a.on };
    case 'resubmit':
      // 补正后重新提交: the §32 five days and the clock start again from the corrected receipt.
      return { ...s, receivedOn: a.on, correctionRounds: state.correctionRounds + 1 };
    case 'accept':
      return { ...s, acceptedOn: a.on, outstandingMaterials: strings(a.detail?.missingMaterials) };
    case 'accept-and-conclude':
      return { ...s, acceptedOn: a.on, decision: 'approved' };
    case 'deem-accept':
      // 行政许可法 §32: accepted as of the day of receipt, not of the sweep.
      return { ...s, acceptedOn: state.receivedOn, deemedAccepted: true };
    case 'supplement': {
      const supplied = new Set(strings(a.detail?.materialKeys));
      return { ...s, outstandingMaterials: state.outstandingMaterials.filter((k) => !supplied.has(k)) };
    }
    case 'start-special-procedure':
      return { ...s, resumeTo: state.status };
    case 'end-special-procedure':
      return { ...s, resumeTo: null };
    case 'extend':
      return { ...s, extensionDays: state.extensionDays + Number(a.detail?.workingDays ?? 0) };
    case 'approve':
      return { ...s, decision: 'approved' };
    case 'deny':
      return { ...s, decision: 'denied' };
    default:
      return s;
  }
}

export const deriveState = (log: readonly LoggedAction[]): CaseState =>
  log.reduce(applyAction, INITIAL_STATE);
