// Writing rectifications: opening one for a negative rating, and every action on it. One
// transaction per action, the same steps for each (as cases/actions.service.ts):
// 1. Lock the row (FOR UPDATE); out of the caller's scope → 404; a stale seq → 409.
// 2. The workflow table says whether the action is allowed now (else 409 naming the allowed
//    ones) and who may take it (else 403).
// 3. The action's own fields are checked (422-style field errors as 400 VALIDATION_FAILED).
// 4. Append the action row (unique (rectification, seq): a concurrent writer loses with 409),
//    update the projection and the step's due date, audit, tell whoever needs it, publish.
import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from '../../platform/audit/record.ts';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { idempotent } from '../../platform/idempotency/idempotent.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publish } from '../../platform/outbox/publish.ts';
import { resolveSetting } from '../../platform/settings/service.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { isUniqueViolation } from '../catalog/catalog-access.ts';
import { isNegativeLevel } from './codes.ts';
import { canSee, covers, type RectCtx } from './rectification-access.ts';
import { tellRater, tellStaff } from './rectification-notify.ts';
import {
  allowedActions,
  dueDatesFrom,
  findTransition,
  FINAL_DUE_SETTING,
  isOpenStatus,
  nextStatus,
  STEP_DUE_SETTING,
  type RectificationAction,
  type RectificationActor,
} from './rectification-workflow.ts';
import { actionFields, type ActionInput } from './rectification-fields.ts';
import { getRectificationDetail } from './rectification.queries.ts';
import type { RectificationActionBody, RectificationDetail } from './rectifications.schemas.ts';
import { rating, rectification, rectificationAction, type RectificationRow } from './schema.ts';

export const RECTIFICATION_CHANGED = 'rectification.changed';

const days = async (tx: Db, key: string, r: { agencyId: string; regionCode: string }) =>
  Number((await resolveSetting(tx, key, { agencyId: r.agencyId, regionCode: r.regionCode })).value);

/**
 * Opens the rectification of a negative rating (a no-op for any other, or when one exists: the
 * rating id is unique, so a redelivered `rating.created` opens nothing twice). A negative 追评
 * of a rating whose rectification is still open joins that one instead of opening another.
 */
export async function openRectification(
  tx: Db,
  ratingId: string,
  opts: { today?: string; log?: Logger } = {},
): Promise<RectificationRow | null> {
  const [r] = await tx.select().from(rating).where(eq(rating.id, ratingId));
  if (!r || !isNegativeLevel(r.level)) return null;
  if (r.followUpOf) {
    const [prior] = await tx
      .select({ status: rectification.status })
      .from(rectification)
      .where(eq(rectification.ratingId, r.followUpOf));
    if (prior && isOpenStatus(prior.status)) return null;
  }
  const today = opts.today ?? businessDate();
  const cal = await loadWorkingCalendar(tx);
  const due = dueDatesFrom(cal, today, {
    step: await days(tx, STEP_DUE_SETTING.verifying!, r),
    final: await days(tx, FINAL_DUE_SETTING, r),
  });
  const id = uuidv7();
  const [row] = await tx
    .insert(rectification)
    .values({
      id,
      ratingId: r.id,
      agencyId: r.agencyId,
      regionCode: r.regionCode,
      status: 'verifying',
      seq: 1,
      openedOn: today,
      stepDue: due.stepDue,
      finalDue: due.finalDue!,
    })
    .onConflictDoNothing({ target: rectification.ratingId })
    .returning();
  if (!row) return null;
  await tx.insert(rectificationAction).values({
    id: uuidv7(),
    rectificationId: id,
    seq: 1,
    action: 'open',
    fromStatus: null,
    toStatus: 'verifying',
    actorId: null,
    actorKind: 'system',
    actorName: '系统',
    detail: { level: r.level, stepDue: row.stepDue, finalDue: row.finalDue },
  });
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'rectification.open',
    purpose: 'rectify a negative rating (差评整改)',
    resource: { type: 'rectification', id },
    detail: { ratingId: r.id, agencyId: r.agencyId, level: r.level },
  });
  await publish(tx, {
    type: RECTIFICATION_CHANGED,
    payload: { rectificationId: id, ratingId: r.id, from: null, to: 'verifying', action: 'open' },
  });
  await tellStaff(
    tx,
    row,
    {
      action: 'rectification.opened.notify',
      purpose: 'a negative rating to verify',
      permissions: ['rating.handle'],
    },
    opts.log,
  );
  return row;
}

interface Acting {
  actor: AuditActor;
  kind: 'staff' | 'rater' | 'system';
  id: string | null;
  name: string;
  may: (by: RectificationActor) => boolean;
}

/** One action on a locked row; returns the updated row. */
export async function step(
  tx: Db,
  cipher: FieldCipher,
  row: RectificationRow,
  action: RectificationAction,
  input: ActionInput,
  who: Acting,
  opts: { today?: string; log?: Logger } = {},
): Promise<RectificationRow> {
  const t = findTransition(row.status, action);
  if (!t)
    throw new AppError('RECTIFICATION_ACTION_NOT_ALLOWED', {
      detail: `${action} is not allowed while ${row.status}`,
      allowedActions: allowedActions(row.status, who.may),
    });
  if (!t.by.some(who.may))
    throw new AppError('FORBIDDEN', { detail: `${action} needs ${t.by.join(' or ')}` });
  const fields = actionFields(action, input);
  const [r] = await tx.select().from(rating).where(eq(rating.id, row.ratingId));
  const hasRater = !!r?.raterId;
  const to = nextStatus(t, row.status, { upheld: input.outcome === 'upheld', hasRater });
  const today = opts.today ?? businessDate();
  const changed = to !== row.status;
  const stepKey = STEP_DUE_SETTING[to];
  const stepDue =
    changed && stepKey
      ? dueDatesFrom(await loadWorkingCalendar(tx), today, { step: await days(tx, stepKey, row) }).stepDue
      : row.stepDue;
  const detail: Record<string, unknown> = { ...fields.detail, ...(changed && stepKey && { stepDue }) };
  if (action === 'feedback' && !hasRater) detail.closedBecause = 'anonymous rating: no return visit possible';
  const seq = row.seq + 1;
  try {
    await tx.insert(rectificationAction).values({
      id: uuidv7(),
      rectificationId: row.id,
      seq,
      action,
      fromStatus: row.status,
      toStatus: to,
      actorId: who.id,
      actorKind: who.kind,
      actorName: who.name,
      comment: fields.comment,
      detail,
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('RECTIFICATION_CHANGED');
    throw e;
  }
  const [updated] = await tx
    .update(rectification)
    .set({
      ...fields.set,
      status: to,
      seq,
      stepDue,
      updatedAt: new Date(),
      // A new step is a new clock: its escalation (督办) starts afresh.
      ...(changed && { escalatedAt: null }),
      ...(action === 'escalate' && { escalatedAt: new Date(), escalations: row.escalations + 1 }),
      ...((to === 'closed' || to === 'dismissed') && { closedAt: new Date() }),
    })
    .where(eq(rectification.id, row.id))
    .returning();
  await recordAudit(tx, who.actor, {
    action: `rectification.${action}`,
    purpose: 'rectify a negative rating (差评整改)',
    resource: { type: 'rectification', id: row.id },
    ...(r?.raterId && r.raterType && { dataSubject: { type: r.raterType, id: r.raterId } }),
    detail: { from: row.status, to, seq },
  });
  if (changed)
    await publish(tx, {
      type: RECTIFICATION_CHANGED,
      payload: { rectificationId: row.id, ratingId: row.ratingId, from: row.status, to, action },
    });
  if (action === 'feedback' && r)
    await tellRater(tx, cipher, r, {
      title: `您的评价已有整改反馈：${r.itemName ?? '政务服务'}`,
      body: `${fields.set.feedback ?? ''}\n\n请在“我的评价”中告诉我们您对整改结果是否满意。`,
    });
  if (action === 'appeal')
    await tellStaff(
      tx,
      updated!,
      {
        action: 'rectification.appeal.notify',
        purpose: 'an appeal to decide',
        permissions: ['rating.supervise'],
      },
      opts.log,
    );
  return updated!;
}

const staffMay = (ctx: RectCtx, row: RectificationRow) => (by: RectificationActor) =>
  by !== 'rater' && by !== 'system' && covers(ctx.principal, by, row);

/** Locks the rectification if the caller may see it; 404 otherwise. */
async function lockVisible(ctx: RectCtx, tx: Db, id: string): Promise<RectificationRow> {
  const [row] = await tx.select().from(rectification).where(eq(rectification.id, id)).for('update');
  if (!row || !canSee(ctx.principal, row)) throw new AppError('NOT_FOUND', { detail: `rectification ${id}` });
  return row;
}

/** One staff action; a retry with the same Idempotency-Key gets the same answer. */
export async function actOnRectification(
  ctx: RectCtx,
  id: string,
  body: RectificationActionBody,
  idempotencyKey: string | undefined,
): Promise<RectificationDetail> {
  const result = await idempotent(
    ctx.db,
    {
      owner: ctx.principal.accountId,
      scope: `rectification-action:${id}`,
      key: idempotencyKey,
      request: body,
    },
    async (tx) => {
      const row = await lockVisible(ctx, tx, id);
      if (body.seq !== undefined && body.seq !== row.seq)
        throw new AppError('RECTIFICATION_CHANGED', {
          detail: `the rectification is at step ${row.seq}, not ${body.seq}`,
        });
      const { action, seq: _seq, ...input } = body;
      await step(tx, ctx.cipher, row, action, input, {
        actor: ctx.actor,
        kind: 'staff',
        id: ctx.principal.kind === 'staff' ? ctx.principal.accountId : null,
        name: ctx.principal.name,
        may: staffMay(ctx, row),
      });
      return {
        statusCode: 200,
        body: await getRectificationDetail({ ...ctx, db: tx }, id, { audit: false }),
      };
    },
  );
  return result.body;
}
