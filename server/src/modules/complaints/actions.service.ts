// Staff actions on an order (POST /admin/complaints/:id/actions) and the complainant's answer.
// Every action is checked against the workflow table (complaint-workflow.ts), run under the seq
// the caller saw, and written to the log with its audit row, event and site message.
import { eq } from 'drizzle-orm';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { agency } from '../masterdata/schema.ts';
import { assertStaffSees, dispatcherCovers, isComplainant } from './complaint-access.ts';
import {
  appendAction,
  complaintSettings,
  lockComplaint,
  logActorOf,
  type ComplaintCtx,
  type LogActor,
} from './complaint-log.ts';
import {
  allowedActions,
  mayReturn,
  mustDesignate,
  nextStatus,
  transitionOf,
  type ComplaintActor,
  type ComplaintFlags,
} from './complaint-workflow.ts';
import type { ActionBody, ConfirmBody } from './complaints.schemas.ts';
import { dispatchDeadlines, handlingDeadlines, repliedOnTime } from './deadlines.ts';
import { replySms } from './reply-sms.ts';
import { complaint, type ComplaintRow } from './schema.ts';
import { notifyAgency } from './supervision-notice.ts';

const required = (field: string, zh: string) =>
  new AppError('VALIDATION_FAILED', {
    errors: [{ path: `/body/${field}`, message: `${field} is required for this action`, messageZh: zh }],
  });

export async function flagsOf(tx: Db, row: ComplaintRow, now = new Date()): Promise<ComplaintFlags> {
  const s = await complaintSettings(tx, {
    ...(row.agencyId && { agencyId: row.agencyId }),
    regionCode: row.regionCode,
  });
  return {
    designated: row.designated,
    returnCount: row.returnCount,
    maxReturns: s.maxReturns,
    returnLate: !!row.returnDue && now > row.returnDue,
  };
}

async function dispatchTo(
  tx: Db,
  row: ComplaintRow,
  actor: LogActor,
  body: ActionBody,
  flags: ComplaintFlags,
) {
  if (!body.agencyId) throw required('agencyId', '请选择承办单位');
  const [a] = await tx.select().from(agency).where(eq(agency.id, body.agencyId));
  if (!a)
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: '/body/agencyId', message: 'no such agency', messageZh: '承办单位不存在' }],
    });
  // After the last allowed return the service office designates: a dispatch becomes designation.
  const action = body.action === 'designate' || mustDesignate(flags) ? 'designate' : 'dispatch';
  const now = new Date();
  const s = await complaintSettings(tx, { agencyId: a.id, regionCode: row.regionCode });
  const d = dispatchDeadlines(await loadWorkingCalendar(tx), s, row.urgency, now);
  return appendAction(
    tx,
    row,
    actor,
    {
      action,
      to: 'dispatched',
      comment: body.comment ?? null,
      detail: { agencyId: a.id },
      patch: {
        agencyId: a.id,
        complex: body.complex ?? row.complex,
        designated: row.designated || action === 'designate',
        dispatchedAt: now,
        signDue: d.signDue,
        returnDue: d.returnDue,
      },
      notice: {
        title: `您反映的问题已转交${a.name}办理`,
        body: `编号 ${row.complaintNumber}：已转交${a.name}办理。`,
      },
    },
    now,
  );
}

/** Closed when solved; else reopened for the same agency with new deadlines. */
async function answer(
  tx: Db,
  row: ComplaintRow,
  actor: LogActor,
  action: 'confirm' | 'revisit',
  solved: boolean,
  comment: string | null,
) {
  const now = new Date();
  const to = nextStatus(action, row.status, solved);
  if (solved)
    return appendAction(
      tx,
      row,
      actor,
      {
        action,
        to,
        comment,
        detail: { solved },
        patch: { solved: true, closedAt: now },
        notice: { title: `您反映的问题已办结（${row.complaintNumber}）`, body: '感谢您的反馈。' },
      },
      now,
    );
  const s = await complaintSettings(tx, {
    ...(row.agencyId && { agencyId: row.agencyId }),
    regionCode: row.regionCode,
  });
  const d = handlingDeadlines(await loadWorkingCalendar(tx), s, row.complex, now);
  return appendAction(
    tx,
    row,
    actor,
    {
      action,
      to,
      comment,
      detail: { solved, reopened: true },
      patch: { solved: false, reopenCount: row.reopenCount + 1, ...d },
      notice: {
        title: `您反映的问题已重新办理（${row.complaintNumber}）`,
        body: '承办单位将重新办理并答复您。',
      },
    },
    now,
  );
}

async function merge(ctx: ComplaintCtx, tx: Db, row: ComplaintRow, actor: LogActor, body: ActionBody) {
  if (!body.targetNumber) throw required('targetNumber', '请填写合并到的诉求编号');
  const [target] = await tx.select().from(complaint).where(eq(complaint.complaintNumber, body.targetNumber));
  const bad = (message: string, messageZh: string) =>
    new AppError('VALIDATION_FAILED', { errors: [{ path: '/body/targetNumber', message, messageZh }] });
  if (!target || !dispatcherCovers(ctx.principal, target)) throw bad('no such complaint', '诉求编号不存在');
  if (target.id === row.id) throw bad('cannot merge a complaint into itself', '不能合并到自身');
  if (target.status === 'closed' || target.status === 'merged')
    throw bad('the target is not open', '目标诉求已办结或已合并');
  return appendAction(tx, row, actor, {
    action: 'merge',
    to: 'merged',
    comment: body.comment ?? null,
    detail: { into: target.id, intoNumber: target.complaintNumber },
    patch: { mergedInto: target.id, closedAt: new Date() },
    notice: {
      title: `您反映的问题已与同类诉求合并办理（${row.complaintNumber}）`,
      body: `与诉求 ${target.complaintNumber} 合并办理，办理结果将一并答复。`,
    },
  });
}

async function perform(
  ctx: ComplaintCtx,
  tx: Db,
  row: ComplaintRow,
  body: ActionBody,
  flags: ComplaintFlags,
) {
  const actor = logActorOf(ctx, 'staff');
  const now = new Date();
  switch (body.action) {
    case 'dispatch':
    case 'designate':
      return dispatchTo(tx, row, actor, body, flags);
    case 'sign': {
      const s = await complaintSettings(tx, { agencyId: row.agencyId!, regionCode: row.regionCode });
      const d = handlingDeadlines(await loadWorkingCalendar(tx), s, row.complex, now);
      return appendAction(
        tx,
        row,
        actor,
        { action: 'sign', to: 'signed', comment: body.comment ?? null, patch: { signedAt: now, ...d } },
        now,
      );
    }
    case 'return':
      if (!mayReturn(flags)) throw new AppError('COMPLAINT_RETURN_NOT_ALLOWED');
      if (!body.comment) throw required('comment', '请说明退回理由');
      return appendAction(
        tx,
        row,
        actor,
        {
          action: 'return',
          to: 'returned',
          comment: body.comment,
          detail: { agencyId: row.agencyId },
          patch: { returnCount: row.returnCount + 1, agencyId: null, signDue: null, returnDue: null },
        },
        now,
      );
    case 'reply': {
      if (!body.replyKind) throw required('replyKind', '请选择答复类型（已解决或说明理由）');
      if (!body.comment) throw required('comment', '请填写答复内容');
      const updated = await appendAction(
        tx,
        row,
        actor,
        {
          action: 'reply',
          to: 'replied',
          comment: body.comment,
          detail: { replyKind: body.replyKind },
          patch: {
            repliedAt: now,
            replyKind: body.replyKind,
            replyText: body.comment,
            repliedOnTime: row.replyDue ? repliedOnTime(row.replyDue, now) : null,
          },
          notice: {
            title: `您反映的问题已答复（${row.complaintNumber}）`,
            body: `${body.comment}\n请在“我的诉求”中确认是否解决。`,
          },
        },
        now,
      );
      await replySms(tx, ctx.crypto.cipher, updated);
      return updated;
    }
    case 'revisit':
      if (body.solved === undefined) throw required('solved', '请记录回访结果（是否解决）');
      return answer(tx, row, actor, 'revisit', body.solved, body.comment ?? null);
    case 'merge':
      return merge(ctx, tx, row, actor, body);
    case 'supervise': {
      const updated = await appendAction(
        tx,
        row,
        actor,
        {
          action: 'supervise',
          to: row.status,
          comment: body.comment ?? null,
          detail: { kind: 'manual' },
          patch: { supervisedAt: now, supervisions: row.supervisions + 1 },
        },
        now,
      );
      await notifyAgency(tx, updated, 'manual');
      return updated;
    }
    default:
      throw new AppError('COMPLAINT_ACTION_NOT_ALLOWED');
  }
}

/** A staff action; 404 out of scope, 403 for an action the caller's role never takes. */
export async function actOnComplaint(ctx: ComplaintCtx, id: string, body: ActionBody): Promise<ComplaintRow> {
  return ctx.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, id);
    const actors: ComplaintActor[] = assertStaffSees(ctx.principal, row);
    const t = transitionOf(body.action);
    if (!t.by.some((b) => actors.includes(b))) throw new AppError('FORBIDDEN');
    if (body.seq !== row.seq) throw new AppError('COMPLAINT_CHANGED');
    const flags = await flagsOf(tx, row);
    const allowed = allowedActions(row.status, actors, flags);
    if (body.action === 'return' && t.from.includes(row.status) && !mayReturn(flags))
      throw new AppError('COMPLAINT_RETURN_NOT_ALLOWED');
    // A plain dispatch at the return limit is taken as designation (the rule), not refused.
    const asked = body.action === 'dispatch' && mustDesignate(flags) ? 'designate' : body.action;
    if (!allowed.includes(asked))
      throw new AppError('COMPLAINT_ACTION_NOT_ALLOWED', { allowedActions: allowed });
    return perform(ctx, tx, row, body, flags);
  });
}

/** The complainant says whether the reply solved it (their own order only; else 404). */
export async function confirmComplaint(
  ctx: ComplaintCtx,
  id: string,
  body: ConfirmBody,
): Promise<ComplaintRow> {
  return ctx.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, id);
    if (!isComplainant(ctx.principal, row)) throw new AppError('NOT_FOUND', { detail: `complaint ${id}` });
    if (row.status !== 'replied') throw new AppError('COMPLAINT_ACTION_NOT_ALLOWED', { allowedActions: [] });
    return answer(tx, row, logActorOf(ctx, 'complainant'), 'confirm', body.solved, body.comment ?? null);
  });
}
