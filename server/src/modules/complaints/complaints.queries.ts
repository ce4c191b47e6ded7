// Reading orders: the complainant's list and view, the staff queue (contact masked) and the staff
// view with the action log (the phone unmasked only with a purpose and personal-data.read; every
// read of contact data audited). Lists are keyset pages over (received_at desc, id desc).
import { and, asc, desc, eq, getTableColumns, inArray, lt, or, type SQL } from 'drizzle-orm';
import { hasPermission } from '../../platform/access/principal.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { page } from '../../platform/http/cursor.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { afterCursor, createdAtText } from '../cases/keyset.ts';
import { serviceCase } from '../cases/schema.ts';
import { agencyNames } from '../masterdata/queries.ts';
import { flagsOf } from './actions.service.ts';
import {
  assertStaffSees,
  complainantOf,
  isComplainant,
  staffActors,
  staffComplaintWhere,
} from './complaint-access.ts';
import type { ComplaintCtx } from './complaint-log.ts';
import { allowedActions } from './complaint-workflow.ts';
import type { AdminListQuery, ComplaintDetail, ComplaintSummary, MyComplaint } from './complaints.schemas.ts';
import { phoneAad } from './filing.service.ts';
import { complaint, complaintAction, type ComplaintActionRow, type ComplaintRow } from './schema.ts';

type Row = ComplaintRow & { receivedText: string };
const iso = (d: Date | null) => d?.toISOString() ?? null;

export function isOverdue(c: ComplaintRow, now = new Date()): boolean {
  return (
    (c.status === 'dispatched' && !!c.signDue && now > c.signDue) ||
    (c.status === 'signed' && !!c.replyDue && businessDate(now) > c.replyDue)
  );
}

const overdueSql = (now: Date): SQL =>
  or(
    and(eq(complaint.status, 'dispatched'), lt(complaint.signDue, now)),
    and(eq(complaint.status, 'signed'), lt(complaint.replyDue, businessDate(now))),
  )!;

function summary(c: ComplaintRow, names: Map<string, string>): ComplaintSummary {
  return {
    id: c.id,
    complaintNumber: c.complaintNumber,
    channel: c.channel,
    category: c.category as ComplaintSummary['category'],
    urgency: c.urgency,
    complex: c.complex,
    title: c.title,
    status: c.status,
    seq: c.seq,
    regionCode: c.regionCode,
    agencyId: c.agencyId,
    agencyName: c.agencyId ? (names.get(c.agencyId) ?? null) : null,
    receivedAt: c.receivedAt.toISOString(),
    replyDue: c.replyDue,
    repliedAt: iso(c.repliedAt),
    overdue: isOverdue(c),
    anonymous: c.anonymous,
    contactName: c.contactName,
    contactPhone: c.contactPhoneMasked,
    signDue: iso(c.signDue),
    returnCount: c.returnCount,
    designated: c.designated,
  };
}

async function names(db: Db, rows: readonly Pick<ComplaintRow, 'agencyId'>[]) {
  return agencyNames(db, [...new Set(rows.map((r) => r.agencyId).filter((a): a is string => !!a))]);
}

async function listPage(db: Db, where: SQL | undefined, limit: number, cursor: string | undefined) {
  const rows: Row[] = await db
    .select({ ...getTableColumns(complaint), receivedText: createdAtText(complaint.receivedAt) })
    .from(complaint)
    .where(and(where, afterCursor(complaint.receivedAt, complaint.id, cursor)))
    .orderBy(desc(complaint.receivedAt), desc(complaint.id))
    .limit(limit + 1);
  const n = await names(db, rows);
  const p = page(rows, limit, (r) => [r.receivedText, r.id]);
  return { items: p.items.map((r) => summary(r, n)), nextCursor: p.nextCursor };
}

export async function myComplaints(ctx: ComplaintCtx, q: { limit?: number; cursor?: string }) {
  const who = complainantOf(ctx.principal);
  if (!who) throw new AppError('FORBIDDEN');
  return listPage(
    ctx.db,
    and(eq(complaint.complainantId, who.id), eq(complaint.complainantType, who.type)),
    q.limit ?? 50,
    q.cursor,
  );
}

async function log(db: Db, id: string): Promise<ComplaintActionRow[]> {
  return db
    .select()
    .from(complaintAction)
    .where(eq(complaintAction.complaintId, id))
    .orderBy(asc(complaintAction.seq));
}

function actionView(a: ComplaintActionRow, n: Map<string, string>, forComplainant: boolean) {
  const agencyName = a.agencyId ? (n.get(a.agencyId) ?? null) : null;
  return {
    seq: a.seq,
    action: a.action as MyComplaint['actions'][number]['action'],
    fromStatus: a.fromStatus,
    toStatus: a.toStatus,
    actorKind: a.actorKind,
    // The complainant sees the agency, not the staff member's name.
    actorName: forComplainant && a.actorKind === 'staff' ? (agencyName ?? '政务服务热线') : a.actorName,
    agencyId: a.agencyId,
    agencyName,
    comment: a.comment,
    at: a.at.toISOString(),
  };
}

async function mergedNumber(db: Db, c: ComplaintRow): Promise<string | null> {
  if (!c.mergedInto) return null;
  const [t] = await db
    .select({ n: complaint.complaintNumber })
    .from(complaint)
    .where(eq(complaint.id, c.mergedInto));
  return t?.n ?? null;
}

export async function myComplaint(ctx: ComplaintCtx, id: string): Promise<MyComplaint> {
  const [c] = await ctx.db.select().from(complaint).where(eq(complaint.id, id));
  if (!c || !isComplainant(ctx.principal, c)) throw new AppError('NOT_FOUND', { detail: `complaint ${id}` });
  const actions = await log(ctx.db, id);
  const n = await names(ctx.db, [c, ...actions]);
  const s = summary(c, n);
  return {
    ...s,
    content: c.content,
    caseId: c.caseId,
    replyKind: c.replyKind,
    replyText: c.replyText,
    solved: c.solved,
    reopenCount: c.reopenCount,
    mergedIntoNumber: await mergedNumber(ctx.db, c),
    mayConfirm: c.status === 'replied',
    actions: actions.map((a) => actionView(a, n, true)),
  };
}

export async function adminComplaints(ctx: ComplaintCtx, q: AdminListQuery) {
  const where = and(
    staffComplaintWhere(ctx.principal),
    q.status ? eq(complaint.status, q.status) : undefined,
    q.agencyId ? eq(complaint.agencyId, q.agencyId) : undefined,
    q.channel ? eq(complaint.channel, q.channel) : undefined,
    q.overdue === true ? overdueSql(new Date()) : undefined,
  );
  return listPage(ctx.db, where, q.limit ?? 50, q.cursor);
}

/** One order for staff; `justActed`: the answer to an action that may have taken it out of the
 * caller's sight (a return leaves the agency) — shown once more, with no further actions. */
export async function adminComplaint(
  ctx: ComplaintCtx,
  id: string,
  purpose?: string,
  justActed = false,
): Promise<ComplaintDetail> {
  const [c] = await ctx.db.select().from(complaint).where(eq(complaint.id, id));
  if (!c) throw new AppError('NOT_FOUND', { detail: `complaint ${id}` });
  const actors = justActed ? staffActors(ctx.principal, c) : assertStaffSees(ctx.principal, c);
  const unmask = !!purpose && !!c.contactPhoneEnc && hasPermission(ctx.principal, 'personal-data.read');
  const actions = await log(ctx.db, id);
  const n = await names(ctx.db, [c, ...actions]);
  const [linked] = c.caseId
    ? await ctx.db
        .select({ n: serviceCase.caseNumber })
        .from(serviceCase)
        .where(inArray(serviceCase.id, [c.caseId]))
    : [];
  if (c.contactName || c.contactPhoneMasked)
    await recordAudit(ctx.db, ctx.actor, {
      action: unmask ? 'complaint.contact.read-unmasked' : 'complaint.contact.read',
      purpose: purpose ?? 'handle a complaint (办不成事/12345)',
      resource: { type: 'complaint', id },
      ...(c.complainantId &&
        c.complainantType && { dataSubject: { type: c.complainantType, id: c.complainantId } }),
    });
  return {
    ...summary(c, n),
    contactPhone: unmask
      ? ctx.crypto.cipher.decrypt(c.contactPhoneEnc!, phoneAad(c.id))
      : c.contactPhoneMasked,
    phoneUnmasked: unmask,
    content: c.content,
    caseId: c.caseId,
    caseNumber: linked?.n ?? null,
    implementationCode: c.implementationCode,
    complainantType: c.anonymous ? null : c.complainantType,
    returnDue: iso(c.returnDue),
    signedAt: iso(c.signedAt),
    explainDue: c.explainDue,
    replyKind: c.replyKind,
    replyText: c.replyText,
    repliedOnTime: c.repliedOnTime,
    solved: c.solved,
    reopenCount: c.reopenCount,
    mergedIntoNumber: await mergedNumber(ctx.db, c),
    supervisions: c.supervisions,
    supervisedAt: iso(c.supervisedAt),
    closedAt: iso(c.closedAt),
    allowedActions: allowedActions(c.status, actors, await flagsOf(ctx.db, c)),
    actions: actions.map((a) => actionView(a, n, false)),
  };
}
