// Acting on a case: one transaction per action, the same steps for every action.
// 1. Lock the case (FOR UPDATE) and refuse a stale view (seq ≠ the one the caller saw → 409).
// 2. Fold the action log into the state; the workflow of the pinned version's procedure says
//    whether the action is allowed now (else 409 naming the allowed actions) and who may take it.
// 3. The action's handler checks its own rules and says what changes.
// 4. Append the action row (unique (case, seq): a concurrent writer loses with 409), update the
//    projection and the due dates, audit, issue documents, tell the applicant, publish events.
// Two clerks acting at once: the second waits for the lock, then finds seq moved on → 409.
import { asc, eq } from 'drizzle-orm';
import type { Principal } from '../../platform/access/principal.ts';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/record.ts';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { idempotent } from '../../platform/idempotency/idempotent.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publish } from '../../platform/outbox/publish.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { isUniqueViolation } from '../catalog/catalog-access.ts';
import { findStaffPlace } from '../identity/staff-place.ts';
import { ACTION_HANDLERS } from './actions/index.ts';
import type { ActingParty, ActionContext, ActionOutcome } from './actions/types.ts';
import { getVisibleCase, isApplicantOf, staffMay, type CaseCtx } from './case-access.ts';
import { getCaseDetail } from './case-read.ts';
import { applyAction, deriveState, type CaseState, type LoggedAction } from './case-state.ts';
import {
  allowedActions,
  factsAllow,
  findCaseTransition,
  nextStatus,
  workflowFor,
  type CaseAction,
  type CaseFacts,
  type CaseTransition,
} from './case-workflow.ts';
import type { CaseActionBody, CaseDetail } from './cases.schemas.ts';
import { caseDeadline } from './clock.service.ts';
import { OPEN_STATUSES, type CaseStatus } from './codes.ts';
import { issueDocument } from './documents.service.ts';
import { getPinnedVersion, procedureShape, type PinnedVersion } from './pinned-version.ts';
import { caseAction, serviceCase, siteMessage, type CaseActionRow, type ServiceCaseRow } from './schema.ts';

/** The action log of a case, oldest first, as the fold reads it. */
export async function loadLog(tx: Db, caseId: string): Promise<LoggedAction[]> {
  const rows = await tx
    .select({ action: caseAction.action, at: caseAction.at, detail: caseAction.detail })
    .from(caseAction)
    .where(eq(caseAction.caseId, caseId))
    .orderBy(asc(caseAction.seq));
  return rows.map(toLogged);
}

/** An action row as the fold reads it: what, on which business day, with which facts. */
export const toLogged = (r: Pick<CaseActionRow, 'action' | 'at' | 'detail'>): LoggedAction => ({
  action: r.action as CaseAction,
  on: (r.detail.effectiveOn as string | undefined) ?? businessDate(r.at),
  detail: r.detail,
});

/** The actions `p` may take on the case now (what the UI shows, what a 409 names). */
export function actionsFor(
  p: Principal,
  row: ServiceCaseRow,
  version: PinnedVersion,
  status: CaseStatus,
  facts: CaseFacts,
): CaseAction[] {
  const workflow = workflowFor(procedureShape(version, row.answers));
  return allowedActions(workflow, status).filter((a) => {
    const t = findCaseTransition(workflow, status, a);
    return !!t && factsAllow(a, facts) && mayTake(p, t, row) !== null;
  });
}

/** The facts of a case as its row and folded state tell them. */
export const factsOf = (row: ServiceCaseRow, state: CaseState, verificationPending: boolean): CaseFacts => ({
  outstandingMaterials: state.outstandingMaterials.length,
  extended: state.extensionDays > 0,
  verificationPending,
  forwarding: row.acceptanceMode === 'remote-acceptance',
  approved: state.decision === 'approved',
});

/** How `p` would take `t`, or null when they may not. */
function mayTake(p: Principal, t: CaseTransition, row: ServiceCaseRow): ActingParty['actorKind'] | null {
  if (t.by.includes('applicant') && isApplicantOf(p, row)) return p.actingFor ? 'agent' : 'applicant';
  if (t.by.some((b) => b !== 'applicant' && b !== 'system' && staffMay(p, b, row)))
    return row.channel === 'assisted' && t.by.includes('applicant') ? 'staff-for-person' : 'staff';
  return null;
}

async function partyOf(tx: Db, ctx: CaseCtx, t: CaseTransition, row: ServiceCaseRow): Promise<ActingParty> {
  const p = ctx.principal;
  const actorKind = mayTake(p, t, row);
  if (!actorKind) throw new AppError('FORBIDDEN', { detail: `${t.action} needs one of: ${t.by.join(', ')}` });
  const place = p.kind === 'staff' ? await findStaffPlace(tx, p.accountId) : undefined;
  return {
    principal: p,
    accountId: p.accountId,
    actorKind,
    name: place?.name ?? p.name,
    channel: place ? (row.channel === 'assisted' ? 'assisted' : 'window') : row.channel,
    venueId: place?.venueId ?? null,
    windowCode: place?.windowCode ?? null,
    audit: ctx.actor,
  };
}

const SYSTEM_PARTY: ActingParty = {
  principal: null,
  accountId: null,
  actorKind: 'system',
  name: '系统',
  channel: 'system',
  venueId: null,
  windowCode: null,
  audit: SYSTEM_ACTOR,
};

interface Step {
  tx: Db;
  storage: FileStorage;
  row: ServiceCaseRow;
  body: CaseActionBody;
  party: ActingParty;
  /** For a caller: resolve the party once the transition is known. */
  resolveParty?: (t: CaseTransition) => Promise<ActingParty>;
}

/** Runs one action on a locked case; returns the updated row. */
async function step(s: Step): Promise<ServiceCaseRow> {
  const { tx, row, body } = s;
  const today = businessDate();
  const version = await getPinnedVersion(tx, row.versionId);
  const state: CaseState = deriveState(await loadLog(tx, row.id));
  if (state.status !== row.status)
    throw new Error(`case ${row.id}: projection ${row.status} ≠ log ${state.status}`);
  const workflow = workflowFor(procedureShape(version, row.answers));
  const t = findCaseTransition(workflow, state.status, body.action);
  if (!t)
    throw new AppError('CASE_ACTION_NOT_ALLOWED', {
      detail: `cannot ${body.action} a case that is ${state.status}`,
      allowedActions: s.party.principal
        ? actionsFor(
            s.party.principal,
            row,
            version,
            state.status,
            factsOf(row, state, row.commitment !== null),
          )
        : allowedActions(workflow, state.status),
    });
  const party = s.resolveParty ? await s.resolveParty(t) : s.party;
  if (party.actorKind === 'system' && !t.by.includes('system'))
    throw new Error(`${body.action} is not a system action`);

  const calendar = await loadWorkingCalendar(tx);
  const a: ActionContext = { tx, storage: s.storage, row, version, state, body, today, calendar, party };
  const outcome: ActionOutcome = await ACTION_HANDLERS[body.action](a);
  const detail = outcome.detail ?? {};
  const status = nextStatus(t, state.status, state.resumeTo);
  const after = applyAction(state, { action: body.action, on: today, detail });

  try {
    await tx.insert(caseAction).values({
      id: uuidv7(),
      caseId: row.id,
      seq: row.seq + 1,
      action: body.action,
      fromStatus: state.status,
      toStatus: status,
      actorId: party.accountId,
      actorKind: party.actorKind,
      actorName: party.name,
      channel: party.channel,
      venueId: party.venueId,
      opinion: outcome.opinion ?? body.opinion ?? null,
      detail,
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CASE_CHANGED');
    throw e;
  }
  await outcome.write?.(tx);

  const projected = {
    ...row,
    ...outcome.patch,
    status,
    seq: row.seq + 1,
    receivedOn: after.receivedOn,
    acceptedOn: after.acceptedOn,
    deemedAccepted: after.deemedAccepted,
    decision: after.decision,
    extensionDays: after.extensionDays,
  };
  const clock = await clockColumns(tx, projected, version, today, state.status);
  const [updated] = await tx
    .update(serviceCase)
    .set({ ...outcome.patch, ...clock, ...projectionOf(projected), updatedAt: new Date() })
    .where(eq(serviceCase.id, row.id))
    .returning();
  if (!updated) throw new AppError('CASE_CHANGED');

  await recordAudit(tx, party.audit, {
    action: `case.${body.action}`,
    purpose: 'handle the case',
    resource: { type: 'case', id: row.id },
    dataSubject: { type: row.applicantType, id: row.applicantId },
    detail: { caseNumber: updated.caseNumber, from: state.status, to: status },
  });
  for (const d of outcome.documents ?? []) await issueDocument(tx, s.storage, updated, d.kind, d.facts);
  if (outcome.notice) await tellApplicant(tx, updated, outcome.notice);
  for (const e of outcome.events ?? []) await publish(tx, e);
  if (status !== state.status)
    await publish(tx, {
      type: 'case.status-changed',
      payload: {
        caseId: row.id,
        caseNumber: updated.caseNumber,
        from: state.status,
        to: status,
        action: body.action,
      },
    });
  if (outcome.then)
    return step({
      ...s,
      row: updated,
      party: SYSTEM_PARTY,
      resolveParty: undefined,
      body: { action: outcome.then.action, ...outcome.then.body },
    });
  return updated;
}

const projectionOf = (c: ServiceCaseRow) => ({
  status: c.status,
  seq: c.seq,
  receivedOn: c.receivedOn,
  acceptedOn: c.acceptedOn,
  deemedAccepted: c.deemedAccepted,
  decision: c.decision,
  extensionDays: c.extensionDays,
});

/** Due dates while the clock runs; on conclusion, whether it was on time. */
async function clockColumns(
  tx: Db,
  c: ServiceCaseRow,
  version: PinnedVersion,
  today: string,
  before: CaseStatus,
): Promise<Partial<ServiceCaseRow>> {
  if (!c.acceptedOn) return {};
  if (OPEN_STATUSES.includes(c.status)) {
    const d = await caseDeadline(tx, c, version, today);
    if (!d) return {};
    return {
      statutoryDue: d.statutoryDue,
      promisedDue: d.promisedDue,
      pausedSince: d.paused ? (d.pauses.find((p) => p.to === null)?.from ?? null) : null,
    };
  }
  if (c.status === 'concluded' && before !== 'concluded') {
    const d = await caseDeadline(tx, c, version, today);
    return {
      concludedAt: new Date(),
      pausedSince: null,
      ...(d && { statutoryDue: d.statutoryDue, promisedDue: d.promisedDue, onTime: today <= d.promisedDue }),
    };
  }
  return {};
}

/** A site message now; the `case.notice` event lets the notification handler send an SMS too. */
async function tellApplicant(tx: Db, c: ServiceCaseRow, notice: { title: string; body: string }) {
  const id = uuidv7();
  await tx.insert(siteMessage).values({
    id,
    recipientType: c.applicantType,
    recipientId: c.applicantId,
    caseId: c.id,
    title: notice.title,
    body: notice.body,
  });
  await publish(tx, {
    type: 'case.notice',
    payload: { messageId: id, caseId: c.id, recipientType: c.applicantType, recipientId: c.applicantId },
  });
}

/** One action by a signed-in caller; a retry with the same Idempotency-Key gets the same answer. */
export async function actOnCase(
  ctx: CaseCtx,
  id: string,
  body: CaseActionBody,
  idempotencyKey: string | undefined,
): Promise<CaseDetail> {
  const result = await idempotent(
    ctx.db,
    { owner: ctx.principal.accountId, scope: `case-action:${id}`, key: idempotencyKey, request: body },
    async (tx) => {
      await actInTx(ctx, tx, id, body);
      return { statusCode: 200, body: await getCaseDetail({ ...ctx, db: tx }, id) };
    },
  );
  return result.body;
}

/** An action the system takes (sweeps, event handlers), in the caller's transaction. */
export async function actAsSystem(
  tx: Db,
  storage: FileStorage,
  caseId: string,
  body: CaseActionBody,
): Promise<ServiceCaseRow> {
  const [row] = await tx.select().from(serviceCase).where(eq(serviceCase.id, caseId)).for('update');
  if (!row) throw new AppError('NOT_FOUND', { detail: `case ${caseId}` });
  return step({ tx, storage, row, body, party: SYSTEM_PARTY });
}

/**
 * A caller's action inside a transaction the caller holds: actOnCase's work, and how creating a
 * case and submitting it become one transaction (one idempotent request).
 */
export async function actInTx(
  ctx: CaseCtx,
  tx: Db,
  id: string,
  body: CaseActionBody,
): Promise<ServiceCaseRow> {
  const row = await getVisibleCase(ctx, tx, id, true);
  if (body.seq !== undefined && body.seq !== row.seq)
    throw new AppError('CASE_CHANGED', { detail: `the case is at step ${row.seq}, not ${body.seq}` });
  return step({
    tx,
    storage: ctx.storage,
    row,
    body,
    party: SYSTEM_PARTY,
    resolveParty: (t) => partyOf(tx, ctx, t, row),
  });
}
