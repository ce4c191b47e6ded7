// The holder's license library (我的证照): their licenses (a person's own, or the enterprise's
// while they act for it), the PDF and its SES signature, who accessed a license, and 亮证 codes.
// Someone else's license answers 404, so identifiers cannot be probed.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { page } from '../../platform/http/cursor.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { resolveSetting } from '../../platform/settings/service.ts';
import { storedFile } from '../../platform/storage/schema.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { subjectOf, type Subject } from '../cases/case-access.ts';
import { parseTimeCursor } from '../cases/keyset.ts';
import type { LicenseDeps } from './deps.ts';
import { licenseDetail, maskHolderName, maskLicenseNumber, summarizeLicenses } from './license-read.ts';
import { effectiveStatus } from './license.queries.ts';
import type { LicenseDetail, LicenseSummary, ShowToken } from './licenses.schemas.ts';
import { license, licenseShowToken, licenseType, type LicenseRow } from './schema.ts';
import { makeShowToken } from './show-token.ts';

export interface LibraryCtx {
  db: Db;
  deps: LicenseDeps;
  principal: Principal;
  actor: AuditActor;
  ip: string;
}

export function libraryCtx(app: FastifyInstance, request: FastifyRequest, deps: LicenseDeps): LibraryCtx {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  return { db: app.db, deps, principal: request.principal, actor: auditActorOf(request), ip: request.ip };
}

/** The holder the caller stands for; 403 for staff, operators and API clients. */
export function holderOf(p: Principal): Subject {
  const s = subjectOf(p);
  if (!s)
    throw new AppError('FORBIDDEN', { detail: 'for holders (persons, or agents acting for an enterprise)' });
  return s;
}

/** The caller's own license (locked when asked); NOT_FOUND for anyone else's. */
export async function ownLicense(
  ctx: LibraryCtx,
  id: string,
  tx: Db = ctx.db,
  lock = false,
): Promise<LicenseRow> {
  const s = holderOf(ctx.principal);
  const q = tx
    .select()
    .from(license)
    .where(and(eq(license.id, id), eq(license.holderType, s.type), eq(license.holderSubjectId, s.id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound(`license ${id}`);
  return row;
}

/** GET /me/licenses: newest issue first, keyset by (issue_date, id) (index license_holder). */
export async function myLicenses(
  ctx: LibraryCtx,
  q: { cursor?: string; limit: number },
): Promise<{ items: LicenseSummary[]; nextCursor: string | null }> {
  const s = holderOf(ctx.principal);
  const key = parseDateCursor(q.cursor);
  const rows = await ctx.db
    .select()
    .from(license)
    .where(
      and(
        eq(license.holderType, s.type),
        eq(license.holderSubjectId, s.id),
        key ? sql`(${license.issueDate}, ${license.id}) < (${key[0]}::date, ${key[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(license.issueDate), desc(license.id))
    .limit(q.limit + 1);
  const result = page(rows, q.limit, (r) => [`${r.issueDate}T00:00:00Z`, r.id]);
  return { items: await summarizeLicenses(ctx.db, result.items, 'holder'), nextCursor: result.nextCursor };
}

// The cursor shares the (timestamp, id) form of the other lists; only the date part is used.
function parseDateCursor(cursor: string | undefined): [string, string] | undefined {
  const key = parseTimeCursor(cursor);
  return key ? [key[0].slice(0, 10), key[1]] : undefined;
}

export async function myLicense(ctx: LibraryCtx, id: string): Promise<LicenseDetail> {
  return licenseDetail(ctx.db, await ownLicense(ctx, id), 'holder');
}

const fileName = (row: LicenseRow, ext: string) =>
  `${row.licenseNumber.replace(/[^A-Za-z0-9._-]/g, '_') || row.id}.${ext}`;

/** The PDF's storage key, size and a download name. */
export async function myLicenseFile(ctx: LibraryCtx, id: string) {
  const row = await ownLicense(ctx, id);
  const [file] = await ctx.db.select().from(storedFile).where(eq(storedFile.id, row.fileId));
  if (!file) throw notFound(`file of license ${id}`);
  return { storageKey: file.storageKey, sizeBytes: file.sizeBytes, filename: fileName(row, 'pdf') };
}

export async function myLicenseSignature(ctx: LibraryCtx, id: string) {
  const row = await ownLicense(ctx, id);
  return { bytes: row.signature, filename: fileName(row, 'ses') };
}

/** POST /me/licenses/:id/show-tokens: a short-lived signed 亮证 code for a valid license. */
export async function makeShowTokenFor(ctx: LibraryCtx, id: string, now = new Date()): Promise<ShowToken> {
  const row = await ownLicense(ctx, id);
  if (effectiveStatus(row, businessDate(now)) !== 'valid')
    throw new AppError('LICENSE_NOT_VALID', {
      detail: `license ${id} is ${effectiveStatus(row, businessDate(now))}`,
    });
  const minutes = Number((await resolveSetting(ctx.db, 'license.show-token-minutes')).value);
  const [type] = await ctx.db
    .select({ nameZh: licenseType.nameZh })
    .from(licenseType)
    .where(eq(licenseType.code, row.typeCode));
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + minutes * 60;
  const jti = uuidv7(now.getTime());
  const token = makeShowToken(
    {
      v: 1,
      jti,
      lid: row.identifier,
      typ: row.typeCode,
      nm: type?.nameZh ?? row.typeCode,
      hd: maskHolderName(row),
      no: maskLicenseNumber(row.licenseNumber),
      iat,
      exp,
    },
    ctx.deps.licenseSigningKeyPem,
  );
  const expiresAt = new Date(exp * 1000);
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(licenseShowToken)
      .values({ jti, licenseId: row.id, expiresAt, createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, {
      action: 'license.show-token.create',
      purpose: 'show a license (亮证)',
      resource: { type: 'license', id: row.id },
      detail: { jti, expiresAt: expiresAt.toISOString() },
    });
  });
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    verifyUrl: `${ctx.deps.publicUrl}/licenses/verify?t=${encodeURIComponent(token)}`,
  };
}
