// API clients for department systems (permission users.admin, rows limited to the admin's scope;
// a client of an agency outside it answers 404): list, read, create, rotate the secret, revoke.
// A client belongs to an agency; whoever administers that agency manages it. Its grants follow
// the staff rules — never wider than the admin's own users.admin scope — and a role carrying a
// permission that demands a second factor is never given to a client at all: a machine has none.
// The secret is shown once and stored only as a hash; revoking or rotating ends the tokens.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull, like, or, type SQL } from 'drizzle-orm';
import { SECOND_FACTOR_PERMISSIONS, type Permission } from '../../platform/access/permissions.ts';
import { canAccess, scopesOf, type Principal } from '../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { decodeCursor, page } from '../../platform/http/cursor.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import { agency, venue } from '../masterdata/schema.ts';
import { clientSecretHash } from './api-client-auth.ts';
import { apiClient, apiClientGrant, apiToken, role, rolePermission } from './schema.ts';
import { grantWithin, isCityWide } from './staff-admin.scope.ts';

export interface ApiClientAdminCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal;
}

export interface ClientGrantInput {
  roleId: string;
  agencyId?: string;
  regionCode?: string;
  venueId?: string;
}

export interface CreateApiClientInput {
  name: string;
  agencyId: string;
  grants: ClientGrantInput[];
}

const PURPOSE = 'administer API clients';

const clientColumns = {
  id: apiClient.id,
  name: apiClient.name,
  agencyId: apiClient.agencyId,
  agencyRegion: agency.regionCode,
  createdBy: apiClient.createdBy,
  createdAt: apiClient.createdAt,
  revokedAt: apiClient.revokedAt,
};

const clientQuery = (db: Db) =>
  db.select(clientColumns).from(apiClient).innerJoin(agency, eq(agency.id, apiClient.agencyId));

type ClientRow = Awaited<ReturnType<ReturnType<typeof clientQuery>['execute']>>[number];

/** SQL condition over api_client ⋈ agency; undefined when the admin sees every client. */
function clientScopeWhere(p: Principal): SQL | undefined {
  const scopes = scopesOf(p, 'users.admin');
  if (scopes.some(isCityWide)) return undefined;
  const parts = scopes.flatMap((s) => [
    ...(s.agencyId !== null ? [eq(apiClient.agencyId, s.agencyId)] : []),
    ...(s.regionCode !== null ? [like(agency.regionCode, `${subtreePrefix(s.regionCode)}%`)] : []),
  ]);
  return parts.length ? or(...parts) : eq(apiClient.id, '');
}

const managesClientOf = (p: Principal, at: { agencyId: string; agencyRegion: string }) =>
  canAccess(p, 'users.admin', { agencyIds: [at.agencyId], regionCodes: [at.agencyRegion] });

const summary = (r: ClientRow) => ({
  id: r.id,
  name: r.name,
  agencyId: r.agencyId,
  createdBy: r.createdBy,
  createdAt: r.createdAt.toISOString(),
  revoked: r.revokedAt !== null,
  revokedAt: r.revokedAt?.toISOString() ?? null,
});

async function detail(db: Db, r: ClientRow) {
  const grants = await db
    .select({
      id: apiClientGrant.id,
      roleId: apiClientGrant.roleId,
      roleNameZh: role.nameZh,
      roleNameEn: role.nameEn,
      agencyId: apiClientGrant.agencyId,
      regionCode: apiClientGrant.regionCode,
      venueId: apiClientGrant.venueId,
    })
    .from(apiClientGrant)
    .innerJoin(role, eq(role.id, apiClientGrant.roleId))
    .where(eq(apiClientGrant.clientId, r.id))
    .orderBy(asc(apiClientGrant.id));
  return { ...summary(r), grants };
}

/** The client if the admin manages it; NOT_FOUND otherwise. */
async function managedClient(ctx: ApiClientAdminCtx, tx: Db, id: string): Promise<ClientRow> {
  const [row] = await clientQuery(tx).where(eq(apiClient.id, id));
  if (!row || !managesClientOf(ctx.principal, row)) throw notFound('API client');
  return row;
}

export async function listApiClients(ctx: ApiClientAdminCtx, input: { limit: number; cursor?: string }) {
  const after = decodeCursor(input.cursor, 1)?.[0];
  const rows = await clientQuery(ctx.db)
    .where(and(clientScopeWhere(ctx.principal), after !== undefined ? gt(apiClient.id, after) : undefined))
    .orderBy(asc(apiClient.id))
    .limit(input.limit + 1);
  const result = page(rows, input.limit, (r) => [r.id]);
  return { items: result.items.map(summary), nextCursor: result.nextCursor };
}

export async function getApiClient(ctx: ApiClientAdminCtx, id: string) {
  return detail(ctx.db, await managedClient(ctx, ctx.db, id));
}

const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

const newSecret = () => randomBytes(32).toString('base64url');

async function checkGrant(ctx: ApiClientAdminCtx, tx: Db, g: ClientGrantInput, i: number) {
  const at = `/body/grants/${i}`;
  const [r] = await tx.select({ id: role.id }).from(role).where(eq(role.id, g.roleId));
  if (!r) throw invalid(`${at}/roleId`, 'no such role', '没有该角色');
  if (
    g.agencyId &&
    !(await tx.select({ id: agency.id }).from(agency).where(eq(agency.id, g.agencyId))).length
  )
    throw invalid(`${at}/agencyId`, 'no such agency', '没有该部门');
  if (g.venueId && !(await tx.select({ id: venue.id }).from(venue).where(eq(venue.id, g.venueId))).length)
    throw invalid(`${at}/venueId`, 'no such venue', '没有该场所');
  const scope = {
    agencyId: g.agencyId ?? null,
    regionCode: g.regionCode ?? null,
    venueId: g.venueId ?? null,
  };
  if (!grantWithin(ctx.principal, 'users.admin', scope))
    throw new AppError('FORBIDDEN', { detail: 'the grant reaches beyond your administration scope' });
  const perms = await tx
    .select({ permission: rolePermission.permission })
    .from(rolePermission)
    .where(eq(rolePermission.roleId, g.roleId));
  const elevated = perms.filter((p) => SECOND_FACTOR_PERMISSIONS.includes(p.permission as Permission));
  if (elevated.length)
    throw new AppError('FORBIDDEN', {
      detail: `role ${g.roleId} carries permissions that need a second factor (${elevated
        .map((p) => p.permission)
        .join(', ')}); an API client cannot hold them`,
    });
  return scope;
}

export async function createApiClient(ctx: ApiClientAdminCtx, input: CreateApiClientInput) {
  return ctx.db.transaction(async (tx) => {
    const [ag] = await tx
      .select({ regionCode: agency.regionCode })
      .from(agency)
      .where(eq(agency.id, input.agencyId));
    if (!ag) throw invalid('/body/agencyId', 'no such agency', '没有该部门');
    if (!managesClientOf(ctx.principal, { agencyId: input.agencyId, agencyRegion: ag.regionCode }))
      throw new AppError('FORBIDDEN', { detail: 'the agency is outside your administration scope' });
    const scopes = [];
    for (const [i, g] of input.grants.entries())
      scopes.push({ ...(await checkGrant(ctx, tx, g, i)), roleId: g.roleId });

    const id = `tbc_${randomBytes(12).toString('hex')}`;
    const clientSecret = newSecret();
    await tx.insert(apiClient).values({
      id,
      name: input.name,
      agencyId: input.agencyId,
      secretHash: clientSecretHash(id, clientSecret),
      createdBy: ctx.principal.accountId,
    });
    if (scopes.length)
      await tx.insert(apiClientGrant).values(scopes.map((s) => ({ id: uuidv7(), clientId: id, ...s })));
    await recordAudit(tx, ctx.actor, {
      action: 'api-client.create',
      purpose: PURPOSE,
      resource: { type: 'api-client', id },
      detail: { name: input.name, agencyId: input.agencyId, grants: scopes },
    });
    return { ...(await detail(tx, await managedClient(ctx, tx, id))), clientSecret };
  });
}

const endTokens = (tx: Db, clientId: string) => tx.delete(apiToken).where(eq(apiToken.clientId, clientId));

export async function rotateApiClientSecret(ctx: ApiClientAdminCtx, id: string) {
  return ctx.db.transaction(async (tx) => {
    const row = await managedClient(ctx, tx, id);
    if (row.revokedAt) throw new AppError('CONFLICT', { detail: 'the API client is revoked' });
    const clientSecret = newSecret();
    await tx
      .update(apiClient)
      .set({ secretHash: clientSecretHash(id, clientSecret) })
      .where(eq(apiClient.id, id));
    await endTokens(tx, id);
    await recordAudit(tx, ctx.actor, {
      action: 'api-client.secret.rotate',
      purpose: PURPOSE,
      resource: { type: 'api-client', id },
    });
    return { ...(await detail(tx, row)), clientSecret };
  });
}

export async function revokeApiClient(ctx: ApiClientAdminCtx, id: string) {
  return ctx.db.transaction(async (tx) => {
    await managedClient(ctx, tx, id);
    const done = await tx
      .update(apiClient)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiClient.id, id), isNull(apiClient.revokedAt)))
      .returning({ id: apiClient.id });
    await endTokens(tx, id);
    if (done.length)
      await recordAudit(tx, ctx.actor, {
        action: 'api-client.revoke',
        purpose: PURPOSE,
        resource: { type: 'api-client', id },
      });
  });
}
