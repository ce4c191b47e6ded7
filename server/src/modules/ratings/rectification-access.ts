// Who sees and handles which rectification. A rectification belongs to the rating's agency (and
// its region): rating.handle in that scope handles it, rating.supervise (the service office)
// decides appeals and supervises, stats.read in scope may read the ledger. Rows outside every
// scope answer 404, so ids cannot be probed; in scope without the action's permission is 403.
import { eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Permission } from '../../platform/access/permissions.ts';
import { canAccess, scopesOf, type Principal } from '../../platform/access/principal.ts';
import type { AuditActor } from '../../platform/audit/record.ts';
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { isCityWide } from '../catalog/catalog-access.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import { rectification } from './schema.ts';

export interface RectCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal;
  cipher: FieldCipher;
}

export function rectCtx(app: FastifyInstance, request: FastifyRequest, cipher: FieldCipher): RectCtx {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  return { db: app.db, actor: auditActorOf(request), principal: request.principal, cipher };
}

/** Every permission that lets a caller read the ledger (each within its scope). */
export const LEDGER_PERMISSIONS: readonly Permission[] = ['rating.handle', 'rating.supervise', 'stats.read'];
export const ACTING_PERMISSIONS: readonly Permission[] = ['rating.handle', 'rating.supervise'];

export interface Placed {
  agencyId: string;
  regionCode: string;
}

export const covers = (p: Principal, permission: Permission, r: Placed) =>
  canAccess(p, permission, { agencyIds: [r.agencyId], regionCodes: [r.regionCode] });

export const canSee = (p: Principal, r: Placed) => LEDGER_PERMISSIONS.some((perm) => covers(p, perm, r));

/** SQL over `rectification`: the rows some grant of `perms` covers; undefined when all. */
export function ledgerScopeWhere(
  p: Principal,
  perms: readonly Permission[] = LEDGER_PERMISSIONS,
): SQL | undefined {
  const scopes = perms.flatMap((perm) => scopesOf(p, perm));
  if (scopes.some(isCityWide)) return undefined;
  const parts = scopes.flatMap((s) => [
    ...(s.agencyId !== null ? [eq(rectification.agencyId, s.agencyId)] : []),
    ...(s.regionCode !== null ? [like(rectification.regionCode, `${subtreePrefix(s.regionCode)}%`)] : []),
  ]);
  return parts.length ? or(...parts) : sql`false`;
}
