// Who manages which seals: seal.manage grants are scoped like every staff grant (agency, region
// subtree; none: city-wide). A seal belongs to its agency and the agency's region. Seals outside
// every scope answer 404, like everywhere else.
import { eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canAccess, scopesOf, type Principal } from '../../platform/access/principal.ts';
import type { AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import { agency } from '../masterdata/schema.ts';
import type { LicenseDeps } from './deps.ts';
import { eSeal } from './schema.ts';

export interface SealCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal;
  deps: LicenseDeps;
}

export function sealCtx(app: FastifyInstance, request: FastifyRequest, deps: LicenseDeps): SealCtx {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  return { db: app.db, actor: auditActorOf(request), principal: request.principal, deps };
}

export interface SealPlace {
  agencyId: string;
  regionCode: string;
}

export const mayManage = (p: Principal, at: SealPlace) =>
  canAccess(p, 'seal.manage', { agencyIds: [at.agencyId], regionCodes: [at.regionCode] });

/** SQL over e_seal joined with agency: the seals some seal.manage grant covers; undefined: all. */
export function sealScopeWhere(p: Principal): SQL | undefined {
  const scopes = scopesOf(p, 'seal.manage');
  if (scopes.some((s) => s.agencyId === null && s.regionCode === null && s.venueId === null))
    return undefined;
  const parts = scopes.flatMap((s) => [
    ...(s.agencyId !== null ? [eq(eSeal.agencyId, s.agencyId)] : []),
    ...(s.regionCode !== null ? [like(agency.regionCode, `${subtreePrefix(s.regionCode)}%`)] : []),
  ]);
  return parts.length ? or(...parts) : sql`false`;
}

/** The seal's row with its agency's region when the caller may manage it; NOT_FOUND otherwise. */
export async function getManagedSeal(ctx: SealCtx, tx: Db, id: string, forUpdate = false) {
  const q = tx
    .select({ seal: eSeal, regionCode: agency.regionCode })
    .from(eSeal)
    .innerJoin(agency, eq(agency.id, eSeal.agencyId))
    .where(eq(eSeal.id, id));
  const [row] = forUpdate ? await q.for('update', { of: eSeal }) : await q;
  if (!row || !mayManage(ctx.principal, { agencyId: row.seal.agencyId, regionCode: row.regionCode }))
    throw new AppError('NOT_FOUND', { detail: `seal ${id}` });
  return row.seal;
}
