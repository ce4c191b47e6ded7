// Authorized use (授权用证): a holder lets an agency or an enterprise read one license for a stated
// purpose within a period of at most a year, and may revoke it. The grantee reads the license
// masked, only while the grant is active and in its period and the license valid; every read is
// logged for the holder (license_access) and audited with the holder as data subject.
import { and, desc, eq, gte, inArray, or } from 'drizzle-orm';
import type { Principal } from '../../platform/access/principal.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { idempotent } from '../../platform/idempotency/idempotent.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { businessDate, isBusinessDate } from '../../platform/time/business-date.ts';
import { enterprise } from '../identity/schema.ts';
import { findStaffPlace } from '../identity/staff-place.ts';
import { agency } from '../masterdata/schema.ts';
import { accessActorOf, logAccess } from './access-log.ts';
import { ownLicense, type LibraryCtx } from './library.service.ts';
import { licenseDetail, maskHolderName, summarizeLicenses } from './license-read.ts';
import { effectiveStatus } from './license.queries.ts';
import type {
  AuthorizationBody,
  LicenseAuthorization,
  LicenseDetail,
  LicenseSummary,
} from './licenses.schemas.ts';
import { license, licenseAuthorization, type LicenseAuthorizationRow } from './schema.ts';

export function authorizationOf(a: LicenseAuthorizationRow, today = businessDate()): LicenseAuthorization {
  return {
    id: a.id,
    licenseId: a.licenseId,
    granteeType: a.granteeType,
    granteeId: a.granteeId,
    granteeName: a.granteeName,
    purpose: a.purpose,
    validFrom: a.validFrom,
    validTo: a.validTo,
    status: a.status === 'active' && a.validTo < today ? 'expired' : a.status,
    createdAt: a.createdAt.toISOString(),
    revokedAt: a.revokedAt ? a.revokedAt.toISOString() : null,
  };
}

const refuse = (path: string, message: string, messageZh: string) =>
  new AppError('LICENSE_AUTHORIZATION_INVALID', { errors: [{ path, message, messageZh }] });

/** The grantee's display name; 422 when there is no such agency or enterprise. */
async function granteeName(db: Db, body: AuthorizationBody): Promise<string> {
  const [found] =
    body.granteeType === 'agency'
      ? await db.select({ name: agency.name }).from(agency).where(eq(agency.id, body.granteeId))
      : /^[0-9a-f-]{36}$/i.test(body.granteeId)
        ? await db.select({ name: enterprise.name }).from(enterprise).where(eq(enterprise.id, body.granteeId))
        : [];
  if (!found) throw refuse('/body/granteeId', 'no such agency or enterprise', '被授权的机构或企业不存在');
  return found.name;
}

function checkPeriod(body: AuthorizationBody, today: string): void {
  if (!isBusinessDate(body.validFrom)) throw refuse('/body/validFrom', 'not a date', '日期无效');
  if (!isBusinessDate(body.validTo)) throw refuse('/body/validTo', 'not a date', '日期无效');
  if (body.validFrom < today)
    throw refuse('/body/validFrom', 'must not be before today', '授权开始日期不能早于今天');
  if (body.validTo < body.validFrom)
    throw refuse('/body/validTo', 'must not be before validFrom', '授权结束日期不能早于开始日期');
  // At most one year: until the same day next year (29 Feb → 28 Feb).
  const nextYear = String(Number(body.validFrom.slice(0, 4)) + 1).padStart(4, '0');
  const sameDay = `${nextYear}${body.validFrom.slice(4)}`;
  const yearLater = isBusinessDate(sameDay) ? sameDay : `${nextYear}-02-28`;
  if (body.validTo > yearLater)
    throw refuse('/body/validTo', 'a grant lasts at most one year', '授权期限最长一年');
}

export async function listAuthorizations(
  ctx: LibraryCtx,
  licenseId: string,
): Promise<LicenseAuthorization[]> {
  const row = await ownLicense(ctx, licenseId);
  const rows = await ctx.db
    .select()
    .from(licenseAuthorization)
    .where(eq(licenseAuthorization.licenseId, row.id))
    .orderBy(desc(licenseAuthorization.createdAt), desc(licenseAuthorization.id));
  return rows.map((a) => authorizationOf(a));
}

export async function createAuthorization(
  ctx: LibraryCtx,
  licenseId: string,
  body: AuthorizationBody,
  idempotencyKey: string | undefined,
): Promise<{ statusCode: number; body: LicenseAuthorization }> {
  const today = businessDate();
  return idempotent(
    ctx.db,
    {
      owner: ctx.principal.accountId,
      scope: 'licenses.authorize',
      key: idempotencyKey,
      request: { licenseId, body, actingFor: ctx.principal.actingFor?.id ?? null },
    },
    async (tx) => {
      const row = await ownLicense(ctx, licenseId, tx, true);
      if (effectiveStatus(row, today) !== 'valid')
        throw new AppError('LICENSE_NOT_VALID', { detail: `license ${licenseId} is not valid` });
      checkPeriod(body, today);
      const name = await granteeName(tx, body);
      const [a] = await tx
        .insert(licenseAuthorization)
        .values({
          id: uuidv7(),
          licenseId: row.id,
          granteeType: body.granteeType,
          granteeId: body.granteeId,
          granteeName: name,
          purpose: body.purpose.trim(),
          validFrom: body.validFrom,
          validTo: body.validTo,
          status: 'active',
          createdBy: ctx.principal.accountId,
        })
        .returning();
      await recordAudit(tx, ctx.actor, {
        action: 'license.authorization.create',
        purpose: a!.purpose,
        resource: { type: 'license', id: row.id },
        dataSubject: { type: row.holderType, id: row.holderSubjectId },
        detail: { authorizationId: a!.id, grantee: `${body.granteeType}:${body.granteeId}` },
      });
      return { statusCode: 201, body: authorizationOf(a!, today) };
    },
  );
}

/** Revoking twice answers the revoked grant again (a retry is harmless). */
export async function revokeAuthorization(
  ctx: LibraryCtx,
  licenseId: string,
  authorizationId: string,
): Promise<LicenseAuthorization> {
  return ctx.db.transaction(async (tx) => {
    const row = await ownLicense(ctx, licenseId, tx);
    const [a] = await tx
      .select()
      .from(licenseAuthorization)
      .where(and(eq(licenseAuthorization.id, authorizationId), eq(licenseAuthorization.licenseId, row.id)))
      .for('update');
    if (!a) throw notFound(`authorization ${authorizationId}`);
    if (a.status === 'revoked') return authorizationOf(a);
    const [revoked] = await tx
      .update(licenseAuthorization)
      .set({ status: 'revoked', revokedAt: new Date() })
      .where(eq(licenseAuthorization.id, a.id))
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'license.authorization.revoke',
      purpose: a.purpose,
      resource: { type: 'license', id: row.id },
      dataSubject: { type: row.holderType, id: row.holderSubjectId },
      detail: { authorizationId: a.id },
    });
    return authorizationOf(revoked!);
  });
}

/** Whom the caller reads for: their agencies (staff, API clients) or the enterprise they act for. */
async function granteesOf(db: Db, p: Principal) {
  const agencies = new Set(p.grants.flatMap((g) => (g.scope.agencyId ? [g.scope.agencyId] : [])));
  if (p.kind === 'staff') {
    const place = await findStaffPlace(db, p.accountId);
    if (place) agencies.add(place.agencyId);
  }
  if (p.kind === 'operator') agencies.clear();
  const parts = [
    ...(agencies.size
      ? [
          and(
            eq(licenseAuthorization.granteeType, 'agency'),
            inArray(licenseAuthorization.granteeId, [...agencies]),
          ),
        ]
      : []),
    ...(p.actingFor
      ? [
          and(
            eq(licenseAuthorization.granteeType, 'enterprise'),
            eq(licenseAuthorization.granteeId, p.actingFor.id),
          ),
        ]
      : []),
  ];
  return parts.length ? or(...parts) : undefined;
}

export interface AuthorizedItem {
  authorization: LicenseAuthorization;
  license: LicenseSummary;
}

/** GET /licenses/authorized: grants to the caller that are active and not yet ended. */
export async function authorizedToMe(db: Db, p: Principal): Promise<AuthorizedItem[]> {
  const mine = await granteesOf(db, p);
  if (!mine) return [];
  const today = businessDate();
  const rows = await db
    .select({ a: licenseAuthorization, l: license })
    .from(licenseAuthorization)
    .innerJoin(license, eq(license.id, licenseAuthorization.licenseId))
    .where(and(mine, eq(licenseAuthorization.status, 'active'), gte(licenseAuthorization.validTo, today)))
    .orderBy(desc(licenseAuthorization.createdAt), desc(licenseAuthorization.id))
    .limit(500);
  const summaries = await summarizeLicenses(
    db,
    rows.map((r) => r.l),
    'other',
    today,
  );
  return rows.map((r, i) => ({ authorization: authorizationOf(r.a, today), license: summaries[i]! }));
}

/** GET /licenses/authorized/:id: the license, masked, with the purpose; logged and audited. */
export async function readAuthorized(
  ctx: Omit<LibraryCtx, 'deps'>,
  authorizationId: string,
): Promise<{ authorization: LicenseAuthorization; license: LicenseDetail }> {
  const mine = await granteesOf(ctx.db, ctx.principal);
  const [found] = mine
    ? await ctx.db
        .select({ a: licenseAuthorization, l: license })
        .from(licenseAuthorization)
        .innerJoin(license, eq(license.id, licenseAuthorization.licenseId))
        .where(and(eq(licenseAuthorization.id, authorizationId), mine))
    : [];
  if (!found) throw notFound(`authorization ${authorizationId}`);
  const { a, l } = found;
  const today = businessDate();
  if (a.status !== 'active' || today < a.validFrom || today > a.validTo)
    throw new AppError('LICENSE_AUTHORIZATION_NOT_ACTIVE', { detail: `authorization ${a.id}` });
  if (effectiveStatus(l, today) !== 'valid')
    throw new AppError('LICENSE_NOT_VALID', { detail: `license of authorization ${a.id} is not valid` });
  const actor = await accessActorOf(ctx.db, ctx.principal, ctx.ip);
  await ctx.db.transaction(async (tx) => {
    await logAccess(tx, actor, {
      licenseId: l.id,
      kind: 'authorized-use',
      purpose: a.purpose,
      authorizationId: a.id,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'license.authorized-use',
      purpose: a.purpose,
      resource: { type: 'license', id: l.id },
      dataSubject: { type: l.holderType, id: l.holderSubjectId },
      detail: { authorizationId: a.id, holder: maskHolderName(l) },
    });
  });
  return {
    authorization: authorizationOf(a, today),
    license: await licenseDetail(ctx.db, l, 'other', today),
  };
}
