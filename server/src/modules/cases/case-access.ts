// Who sees which case. An applicant sees the cases of the subject they act as (themselves, or
// the enterprise they are an authorised agent of). Staff see a case through its participants —
// the competent agency (and its region), the accepting venue and the venue handing out the
// result — with any case permission scoped to one of them. Everything else answers 404, so a
// case number cannot be probed.
import { eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Permission } from '../../platform/access/permissions.ts';
import { canAccess, scopesOf, type Participants, type Principal } from '../../platform/access/principal.ts';
import type { AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import { serviceCase, type ServiceCaseRow, type SubjectType } from './schema.ts';

export interface CaseCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal;
  /** Where materials and case documents are stored. */
  storage: FileStorage;
}

export function caseCtx(app: FastifyInstance, request: FastifyRequest, storage: FileStorage): CaseCtx {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  return { db: app.db, actor: auditActorOf(request), principal: request.principal, storage };
}

/** A route hook: signed-in callers only, checked before the request is validated. */
export async function signedInOnly(request: FastifyRequest): Promise<void> {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
}

/** Every permission that makes someone case staff. */
export const CASE_PERMISSIONS: readonly Permission[] = [
  'case.accept',
  'case.review',
  'case.decide',
  'case.extend',
  'case.supervise',
];

export interface Subject {
  type: SubjectType;
  id: string;
}

/** The subject a person acts as; null for staff, operators and API clients. */
export function subjectOf(p: Principal): Subject | null {
  if (p.kind !== 'person') return null;
  return p.actingFor ? { type: 'enterprise', id: p.actingFor.id } : { type: 'person', id: p.accountId };
}

type Placed = Pick<ServiceCaseRow, 'agencyId' | 'regionCode' | 'acceptingVenueId' | 'pickupVenueId'>;

export function participantsOf(c: Placed): Participants {
  return {
    agencyIds: [c.agencyId],
    regionCodes: [c.regionCode],
    venueIds: [c.acceptingVenueId, c.pickupVenueId].filter((v): v is string => v !== null),
  };
}

export function isApplicantOf(
  p: Principal,
  c: Pick<ServiceCaseRow, 'applicantType' | 'applicantId'>,
): boolean {
  const s = subjectOf(p);
  return !!s && s.type === c.applicantType && s.id === c.applicantId;
}

/** May `p` use `permission` on this case (scope check)? */
export const staffMay = (p: Principal, permission: Permission, c: Placed) =>
  canAccess(p, permission, participantsOf(c));

export function canSeeCase(p: Principal, c: ServiceCaseRow): boolean {
  return isApplicantOf(p, c) || CASE_PERMISSIONS.some((perm) => staffMay(p, perm, c));
}

/** SQL over service_case: the rows some grant of `perms` covers; undefined when all. */
export function staffCaseWhere(p: Principal, perms: readonly Permission[]): SQL | undefined {
  const scopes = perms.flatMap((perm) => scopesOf(p, perm));
  if (scopes.some((s) => s.agencyId === null && s.regionCode === null && s.venueId === null))
    return undefined;
  const parts = scopes.flatMap((s) => [
    ...(s.agencyId !== null ? [eq(serviceCase.agencyId, s.agencyId)] : []),
    ...(s.regionCode !== null ? [like(serviceCase.regionCode, `${subtreePrefix(s.regionCode)}%`)] : []),
    ...(s.venueId !== null
      ? [eq(serviceCase.acceptingVenueId, s.venueId), eq(serviceCase.pickupVenueId, s.venueId)]
      : []),
  ]);
  return parts.length ? or(...parts) : sql`false`;
}

/** The case if `p` may see it, locked FOR UPDATE when asked; NOT_FOUND otherwise. */
export async function getVisibleCase(
  ctx: CaseCtx,
  tx: Db,
  id: string,
  forUpdate = false,
): Promise<ServiceCaseRow> {
  const q = tx.select().from(serviceCase).where(eq(serviceCase.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row || !canSeeCase(ctx.principal, row)) throw new AppError('NOT_FOUND', { detail: `case ${id}` });
  return row;
}
