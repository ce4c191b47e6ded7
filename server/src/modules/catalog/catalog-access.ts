// Who may see and change which part of the catalog. Staff grants are scoped (agency, region
// subtree, venue; none: city-wide); an implementation belongs to its agency and its region, so a
// grant covers it when either matches. Rows outside every scope answer 404, like everywhere else.
import { eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Permission } from '../../platform/access/permissions.ts';
import {
  canAccess,
  hasPermission,
  scopesOf,
  type GrantScope,
  type Principal,
} from '../../platform/access/principal.ts';
import type { AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import { implementation } from './schema.ts';

export interface CatalogCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal;
}

/** The permissions that make someone catalog staff (editors, reviewers, publishers). */
export const STAFF_PERMISSIONS: readonly Permission[] = ['catalog.edit', 'catalog.review', 'catalog.publish'];

/** The service context of a request; UNAUTHENTICATED without a principal. */
export function catalogCtx(app: FastifyInstance, request: FastifyRequest): CatalogCtx {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  return { db: app.db, actor: auditActorOf(request), principal: request.principal };
}

/** FORBIDDEN unless the caller holds at least one of `perms` somewhere. */
export function requireAnyOf(p: Principal, perms: readonly Permission[]): void {
  if (!perms.some((perm) => hasPermission(p, perm)))
    throw new AppError('FORBIDDEN', { detail: `needs one of ${perms.join(', ')}` });
}

/**
 * A route hook for staff routes that no single permission describes (reads for editors,
 * reviewers and publishers alike; the workflow endpoint): like `config.permission`, it runs
 * before the request is validated, so a caller without any of `perms` learns nothing more.
 */
export const anyOf =
  (perms: readonly Permission[]) =>
  async (request: FastifyRequest): Promise<void> => {
    if (!request.principal) throw new AppError('UNAUTHENTICATED');
    requireAnyOf(request.principal, perms);
  };
export const staffOnly = anyOf(STAFF_PERMISSIONS);

export const isCityWide = (s: GrantScope) =>
  s.agencyId === null && s.regionCode === null && s.venueId === null;

/** The city service office: a grant with no scope, or one on the whole city (120000). */
export const isCityOffice = (p: Principal, perm: Permission) =>
  scopesOf(p, perm).some((s) => isCityWide(s) || (s.regionCode !== null && s.regionCode.endsWith('0000')));

export interface ImplementationPlace {
  agencyId: string;
  regionCode: string;
}

export const covers = (p: Principal, perm: Permission, at: ImplementationPlace) =>
  canAccess(p, perm, { agencyIds: [at.agencyId], regionCodes: [at.regionCode] });

/** Covered by any of `perms` (what makes a row visible to the caller). */
export const coversAny = (p: Principal, perms: readonly Permission[], at: ImplementationPlace) =>
  perms.some((perm) => covers(p, perm, at));

/** SQL over `implementation`: the rows some grant of `perms` covers; undefined when all. */
export function implementationScopeWhere(p: Principal, perms: readonly Permission[]): SQL | undefined {
  const scopes = perms.flatMap((perm) => scopesOf(p, perm));
  if (scopes.some(isCityWide)) return undefined;
  const parts = scopes.flatMap((s) => [
    ...(s.agencyId !== null ? [eq(implementation.agencyId, s.agencyId)] : []),
    ...(s.regionCode !== null ? [like(implementation.regionCode, `${subtreePrefix(s.regionCode)}%`)] : []),
  ]);
  return parts.length ? or(...parts) : sql`false`;
}

/** True when the error (or one it wraps) is a unique-constraint violation. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    const err = c as { code?: unknown; constraint?: unknown; message?: unknown };
    if (err.code === '23505')
      return (
        constraint === undefined ||
        err.constraint === constraint ||
        (typeof err.message === 'string' && err.message.includes(constraint))
      );
  }
  return false;
}
