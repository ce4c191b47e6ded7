// Filing an order: online (signed in or not; staff use the admin entry) or by a window or hotline
// agent who types the caller's contact data. The contact phone is stored encrypted (AAD
// complaint:<id>:contact_phone) with a masked copy; linked cases and implementations must exist
// (online: the case must be the complainant's own). Idempotent under Idempotency-Key.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { queryRows } from '../../platform/db/query.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { idempotent } from '../../platform/idempotency/idempotent.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { serviceCase } from '../cases/schema.ts';
import { implementation } from '../catalog/schema.ts';
import { maskPhone } from '../identity/masking.ts';
import { region } from '../masterdata/schema.ts';
import type { ComplaintChannel } from './codes.ts';
import { complainantOf, isComplainant } from './complaint-access.ts';
import { appendAction, logActorOf, type ComplaintCtx } from './complaint-log.ts';
import type { AdminFileBody, FileComplaintBody, FiledComplaint } from './complaints.schemas.ts';
import { complaint } from './schema.ts';

const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

export const phoneAad = (id: string) => `complaint:${id}:contact_phone`;

/** 诉求编号: BBCS + the business date + six digits of the sequence. */
export async function nextComplaintNumber(db: Db, at: Date): Promise<string> {
  const [row] = await queryRows<{ n: string }>(db, sql`select nextval('complaint_number_seq')::text as n`);
  return `BBCS${businessDate(at).replaceAll('-', '')}${row!.n.padStart(6, '0')}`;
}

interface Links {
  caseId: string | null;
  implementationCode: string | null;
}

/** The linked case and implementation exist (online: the case is the complainant's own). */
async function checkLinks(
  tx: Db,
  body: FileComplaintBody,
  ownedBy: ComplaintCtx['principal'] | 'any',
): Promise<Links> {
  let implementationCode = body.implementationCode ?? null;
  let caseId: string | null = null;
  if (body.caseId) {
    const [c] = await tx
      .select({
        id: serviceCase.id,
        code: serviceCase.implementationCode,
        applicantType: serviceCase.applicantType,
        applicantId: serviceCase.applicantId,
      })
      .from(serviceCase)
      .where(eq(serviceCase.id, body.caseId));
    const own =
      c &&
      (ownedBy === 'any' ||
        isComplainant(ownedBy, { complainantType: c.applicantType, complainantId: c.applicantId }));
    if (!own) throw invalid('/body/caseId', 'no such case of yours', '未找到您的该办件');
    caseId = c.id;
    implementationCode ??= c.code;
  }
  if (implementationCode) {
    const [i] = await tx
      .select({ code: implementation.code })
      .from(implementation)
      .where(eq(implementation.code, implementationCode));
    if (!i) throw invalid('/body/implementationCode', 'no such implementation', '实施清单不存在');
  }
  return { caseId, implementationCode };
}

async function checkRegion(tx: Db, code: string) {
  const [r] = await tx.select({ code: region.code }).from(region).where(eq(region.code, code));
  if (!r) throw invalid('/body/regionCode', 'no such region', '区划不存在');
}

async function insertComplaint(
  ctx: ComplaintCtx,
  tx: Db,
  body: FileComplaintBody & { complex?: boolean },
  channel: ComplaintChannel,
  online: boolean,
): Promise<FiledComplaint> {
  const anonymous = body.anonymous ?? false;
  if (anonymous && (body.contactName || body.contactPhone))
    throw invalid(
      '/body/anonymous',
      'an anonymous complaint carries no contact data',
      '匿名反映无需填写联系方式',
    );
  await checkRegion(tx, body.regionCode);
  const links = await checkLinks(tx, body, online ? ctx.principal : 'any');
  const now = new Date();
  const id = uuidv7(now.getTime());
  // Online: the signed-in account is the complainant (kept even when anonymous, so that they can
  // follow and confirm the order; the agency does not see who). Admin entry: nobody's account.
  const who = online ? complainantOf(ctx.principal) : null;
  const phone = anonymous ? undefined : body.contactPhone;
  const row = {
    id,
    complaintNumber: await nextComplaintNumber(tx, now),
    channel,
    category: body.category,
    urgency: body.urgency ?? 'normal',
    complex: body.complex ?? false,
    title: body.title.trim(),
    content: body.content.trim(),
    anonymous,
    complainantType: who?.type ?? null,
    complainantId: who?.id ?? null,
    contactName: anonymous ? null : (body.contactName?.trim() ?? null),
    contactPhoneEnc: phone ? ctx.crypto.cipher.encrypt(phone, phoneAad(id)) : null,
    contactPhoneMasked: phone ? maskPhone(phone) : null,
    regionCode: body.regionCode,
    ...links,
    status: 'received' as const,
    seq: -1, // appendAction makes the filing action seq 0
    receivedAt: now,
    receivedOn: businessDate(now),
  };
  const [inserted] = await tx.insert(complaint).values(row).returning();
  const filed = await appendAction(
    tx,
    inserted!,
    logActorOf(ctx, online ? 'complainant' : 'staff'),
    {
      action: 'file',
      to: 'received',
      notice: {
        title: `您反映的问题已受理（${row.complaintNumber}）`,
        body: `您反映的“${row.title}”已登记，编号 ${row.complaintNumber}。我们将分派承办单位办理，办理结果会通知您。`,
      },
    },
    now,
  );
  return {
    id: filed.id,
    complaintNumber: filed.complaintNumber,
    status: filed.status,
    receivedAt: filed.receivedAt.toISOString(),
  };
}

/** Online: persons (for themselves or the enterprise they act for) and anonymous callers. */
export async function fileOnline(ctx: ComplaintCtx, body: FileComplaintBody, key: string | undefined) {
  const p = ctx.principal;
  if (p && p.kind !== 'person') throw new AppError('COMPLAINT_FILING_STAFF');
  const owner = p ? `account:${p.accountId}` : `anonymous:${ctx.actor.origin ?? 'unknown'}`;
  return idempotent(ctx.db, { owner, scope: 'complaint.file', key, request: body }, async (tx) => ({
    statusCode: 201,
    body: await insertComplaint(ctx, tx, body, 'online', true),
  }));
}

/** The 办不成事 window and the hotline (complaint.dispatch): the agent types the caller's data. */
export async function fileByAgent(ctx: ComplaintCtx, body: AdminFileBody, key: string | undefined) {
  const { channel, ...rest } = body;
  return idempotent(
    ctx.db,
    { owner: `account:${ctx.principal!.accountId}`, scope: 'complaint.file-admin', key, request: body },
    async (tx) => ({ statusCode: 201, body: await insertComplaint(ctx, tx, rest, channel, false) }),
  );
}
