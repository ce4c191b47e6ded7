// Staff administration (permission users.admin, rows limited to the admin's scope; anything
// outside it answers 404): list, read, create, grant and withdraw roles, disable. A grant may not
// reach wider than the granter's own users.admin scope, and a role carrying a permission that
// demands a second factor may only be given by someone who holds that permission over the same
// scope (nobody hands out more than they have). When a grant makes a second factor mandatory for
// someone not yet enrolled, the response carries a fresh TOTP secret — once; it is stored only
// encrypted. Administrators do not change their own grants or disable themselves, nor disable
// anyone holding a grant wider than their own scope.
import { and, asc, eq, gt, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { SECOND_FACTOR_PERMISSIONS, type Permission } from '../../platform/access/permissions.ts';
import type { Principal } from '../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { likeEscape, page } from '../../platform/http/cursor.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { agency, venue } from '../masterdata/schema.ts';
import { hashPassword } from './password.ts';
import { account, role, rolePermission, session, staff, staffRole } from './schema.ts';
import { grantWithin, managesStaffAt, staffScopeWhere } from './staff-admin.scope.ts';
import { newTotpSecret, totpUri } from './totp.ts';
import { uuidCursor } from './uuid-cursor.ts';

export interface StaffAdminCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal;
  crypto: PersonalDataCrypto;
}

const staffColumns = {
  id: staff.id,
  username: account.username,
  name: staff.name,
  agencyId: staff.agencyId,
  agencyRegion: agency.regionCode,
  venueId: staff.venueId,
  venueRegion: venue.regionCode,
  windowCode: staff.windowCode,
  disabledAt: account.disabledAt,
  totpSecretEnc: account.totpSecretEnc,
  createdAt: account.createdAt,
};

const staffQuery = (db: Db) =>
  db
    .select(staffColumns)
    .from(staff)
    .innerJoin(account, eq(account.id, staff.id))
    .innerJoin(agency, eq(agency.id, staff.agencyId))
    .leftJoin(venue, eq(venue.id, staff.venueId));

type StaffRow = Awaited<ReturnType<ReturnType<typeof staffQuery>['execute']>>[number];

const summary = (r: StaffRow) => ({
  id: r.id,
  username: r.username,
  name: r.name,
  agencyId: r.agencyId,
  venueId: r.venueId,
  windowCode: r.windowCode,
  disabled: r.disabledAt !== null,
  secondFactorEnrolled: r.totpSecretEnc !== null,
  createdAt: r.createdAt.toISOString(),
});

export async function listStaff(
  ctx: StaffAdminCtx,
  input: { limit: number; cursor?: string; q?: string; agencyId?: string },
) {
  const after = uuidCursor(input.cursor);
  const where: (SQL | undefined)[] = [
    staffScopeWhere(ctx.principal),
    input.q
      ? or(ilike(staff.name, `%${likeEscape(input.q)}%`), ilike(account.username, `%${likeEscape(input.q)}%`))
      : undefined,
    input.agencyId ? eq(staff.agencyId, input.agencyId) : undefined,
    after ? gt(staff.id, after) : undefined,
  ];
  const rows = await staffQuery(ctx.db)
    .where(and(...where))
    .orderBy(asc(staff.id))
    .limit(input.limit + 1);
  const result = page(rows, input.limit, (r) => [r.id]);
  return { items: result.items.map(summary), nextCursor: result.nextCursor };
}

/** The staff member if the admin manages them; NOT_FOUND otherwise. */
async function managedStaff(ctx: StaffAdminCtx, tx: Db, id: string): Promise<StaffRow> {
  const [row] = await staffQuery(tx).where(eq(staff.id, id));
  if (!row || !managesStaffAt(ctx.principal, row)) throw notFound('staff');
  return row;
}

async function grantsOf(db: Db, staffId: string) {
  const rows = await db
    .select({
      id: staffRole.id,
      roleId: staffRole.roleId,
      roleNameZh: role.nameZh,
      roleNameEn: role.nameEn,
      agencyId: staffRole.agencyId,
      regionCode: staffRole.regionCode,
      venueId: staffRole.venueId,
      grantedAt: staffRole.grantedAt,
    })
    .from(staffRole)
    .innerJoin(role, eq(role.id, staffRole.roleId))
    .where(eq(staffRole.staffId, staffId))
    .orderBy(asc(staffRole.grantedAt), asc(staffRole.id));
  return rows.map((r) => ({ ...r, grantedAt: r.grantedAt.toISOString() }));
}

async function permissionsOfRoles(db: Db, roleIds: string[]): Promise<string[]> {
  if (roleIds.length === 0) return [];
  const rows = await db
    .select({ permission: rolePermission.permission })
    .from(rolePermission)
    .where(inArray(rolePermission.roleId, roleIds));
  return [...new Set(rows.map((r) => r.permission))];
}

async function detail(db: Db, row: StaffRow) {
  const grants = await grantsOf(db, row.id);
  const permissions = await permissionsOfRoles(
    db,
    grants.map((g) => g.roleId),
  );
  return {
    ...summary(row),
    secondFactorRequired: permissions.some((p) => SECOND_FACTOR_PERMISSIONS.includes(p as Permission)),
    grants,
  };
}

export async function getStaff(ctx: StaffAdminCtx, id: string) {
  return detail(ctx.db, await managedStaff(ctx, ctx.db, id));
}

const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

export interface CreateStaffInput {
  username: string;
  name: string;
  agencyId: string;
  venueId?: string;
  windowCode?: string;
  password: string;
}

export async function createStaff(ctx: StaffAdminCtx, input: CreateStaffInput) {
  if (input.windowCode && !input.venueId)
    throw invalid('/body/windowCode', 'a window needs a venue', '窗口须属于某个场所');
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const [ag] = await tx
      .select({ regionCode: agency.regionCode })
      .from(agency)
      .where(eq(agency.id, input.agencyId));
    if (!ag) throw invalid('/body/agencyId', 'no such agency', '没有该部门');
    const [ve] = input.venueId
      ? await tx.select({ regionCode: venue.regionCode }).from(venue).where(eq(venue.id, input.venueId))
      : [];
    if (input.venueId && !ve) throw invalid('/body/venueId', 'no such venue', '没有该场所');
    const place = {
      agencyId: input.agencyId,
      agencyRegion: ag.regionCode,
      venueId: input.venueId ?? null,
      venueRegion: ve?.regionCode ?? null,
    };
    if (!managesStaffAt(ctx.principal, place))
      throw new AppError('FORBIDDEN', { detail: 'the agency or venue is outside your administration scope' });
    const [taken] = await tx
      .select({ id: account.id })
      .from(account)
      .where(eq(account.username, input.username));
    if (taken) throw new AppError('CONFLICT', { detail: 'the username is taken' });
    const id = uuidv7();
    await tx.insert(account).values({ id, kind: 'staff', username: input.username, passwordHash });
    await tx.insert(staff).values({
      id,
      name: input.name,
      agencyId: input.agencyId,
      venueId: input.venueId ?? null,
      windowCode: input.windowCode ?? null,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'staff.create',
      purpose: 'administer staff',
      resource: { type: 'staff', id },
      detail: { username: input.username, agencyId: input.agencyId, venueId: input.venueId ?? null },
    });
    return detail(tx, await managedStaff(ctx, tx, id));
  });
}

export interface GrantInput {
  staffId: string;
  roleId: string;
  agencyId?: string;
  regionCode?: string;
  venueId?: string;
}

function notSelf(ctx: StaffAdminCtx, staffId: string) {
  if (ctx.principal.accountId === staffId)
    throw new AppError('FORBIDDEN', { detail: 'administrators do not change their own account' });
}

export async function grantRole(ctx: StaffAdminCtx, input: GrantInput) {
  const scope = {
    agencyId: input.agencyId ?? null,
    regionCode: input.regionCode ?? null,
    venueId: input.venueId ?? null,
  };
  return ctx.db.transaction(async (tx) => {
    const target = await managedStaff(ctx, tx, input.staffId);
    notSelf(ctx, input.staffId);
    const [r] = await tx.select({ id: role.id }).from(role).where(eq(role.id, input.roleId));
    if (!r) throw invalid('/body/roleId', 'no such role', '没有该角色');
    if (
      scope.agencyId &&
      !(await tx.select({ id: agency.id }).from(agency).where(eq(agency.id, scope.agencyId))).length
    )
      throw invalid('/body/agencyId', 'no such agency', '没有该部门');
    if (
      scope.venueId &&
      !(await tx.select({ id: venue.id }).from(venue).where(eq(venue.id, scope.venueId))).length
    )
      throw invalid('/body/venueId', 'no such venue', '没有该场所');
    if (!grantWithin(ctx.principal, 'users.admin', scope))
      throw new AppError('FORBIDDEN', { detail: 'the grant reaches beyond your administration scope' });
    const permissions = await permissionsOfRoles(tx, [input.roleId]);
    const elevated = permissions.filter((p): p is Permission =>
      SECOND_FACTOR_PERMISSIONS.includes(p as Permission),
    );
    const missing = elevated.filter((p) => !grantWithin(ctx.principal, p, scope));
    if (missing.length)
      throw new AppError('FORBIDDEN', {
        detail: `only someone holding ${missing.join(', ')} over this scope may grant this role`,
      });

    const id = uuidv7();
    await tx.insert(staffRole).values({ id, staffId: input.staffId, roleId: input.roleId, ...scope });
    await recordAudit(tx, ctx.actor, {
      action: 'staff.role.grant',
      purpose: 'administer staff',
      resource: { type: 'staff', id: input.staffId },
      detail: { grantId: id, roleId: input.roleId, ...scope },
    });

    let secondFactor: { secret: string; otpauthUri: string } | null = null;
    if (elevated.length > 0 && target.totpSecretEnc === null) {
      const secret = newTotpSecret();
      await tx
        .update(account)
        .set({ totpSecretEnc: ctx.crypto.cipher.encrypt(secret, `account:${input.staffId}:totp`) })
        .where(eq(account.id, input.staffId));
      await recordAudit(tx, ctx.actor, {
        action: 'staff.totp.issue',
        purpose: 'second factor required by the granted role',
        resource: { type: 'staff', id: input.staffId },
      });
      secondFactor = { secret, otpauthUri: totpUri(secret, target.username) };
    }
    const [fresh] = await staffQuery(tx).where(eq(staff.id, input.staffId));
    return { grantId: id, staff: await detail(tx, fresh!), secondFactor };
  });
}

export async function withdrawRole(ctx: StaffAdminCtx, input: { staffId: string; grantId: string }) {
  return ctx.db.transaction(async (tx) => {
    await managedStaff(ctx, tx, input.staffId);
    notSelf(ctx, input.staffId);
    const [grant] = await tx
      .select()
      .from(staffRole)
      .where(and(eq(staffRole.id, input.grantId), eq(staffRole.staffId, input.staffId)));
    if (!grant) throw notFound('grant');
    if (!grantWithin(ctx.principal, 'users.admin', grant))
      throw new AppError('FORBIDDEN', { detail: 'the grant reaches beyond your administration scope' });
    await tx.delete(staffRole).where(eq(staffRole.id, input.grantId));
    await recordAudit(tx, ctx.actor, {
      action: 'staff.role.withdraw',
      purpose: 'administer staff',
      resource: { type: 'staff', id: input.staffId },
      detail: {
        grantId: grant.id,
        roleId: grant.roleId,
        agencyId: grant.agencyId,
        regionCode: grant.regionCode,
        venueId: grant.venueId,
      },
    });
  });
}

export async function setDisabled(ctx: StaffAdminCtx, input: { staffId: string; disabled: boolean }) {
  return ctx.db.transaction(async (tx) => {
    await managedStaff(ctx, tx, input.staffId);
    notSelf(ctx, input.staffId);
    // Nobody switches off someone whose grants reach beyond their own scope (a city-wide admin
    // posted in an agency is not the agency admin's to disable).
    const grants = await tx.select().from(staffRole).where(eq(staffRole.staffId, input.staffId));
    if (grants.some((g) => !grantWithin(ctx.principal, 'users.admin', g)))
      throw new AppError('FORBIDDEN', {
        detail: 'the account holds grants beyond your administration scope',
      });
    await tx
      .update(account)
      .set({ disabledAt: input.disabled ? new Date() : null })
      .where(eq(account.id, input.staffId));
    if (input.disabled) {
      await tx
        .update(session)
        .set({ revokedAt: new Date() })
        .where(and(eq(session.accountId, input.staffId), isNull(session.revokedAt)));
    }
    await recordAudit(tx, ctx.actor, {
      action: input.disabled ? 'staff.disable' : 'staff.enable',
      purpose: 'administer staff',
      resource: { type: 'staff', id: input.staffId },
    });
    const [fresh] = await staffQuery(tx).where(eq(staff.id, input.staffId));
    return detail(tx, fresh!);
  });
}
