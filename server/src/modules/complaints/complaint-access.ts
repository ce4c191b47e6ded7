// Who sees and acts on which order. Dispatchers (hotline agents, the service office) see orders
// in their scope (city-wide for most); handlers (complaint.handle) only the orders their agency
// holds now. The complainant sees their own orders. Everything else answers 404.
import { eq, like, or, sql, type SQL } from 'drizzle-orm';
import { canAccess, scopesOf, type Principal } from '../../platform/access/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import type { ComplaintActor } from './complaint-workflow.ts';
import { complaint, type ComplaintRow } from './schema.ts';

type Placed = Pick<ComplaintRow, 'agencyId' | 'regionCode'>;

export const dispatcherCovers = (p: Principal | null, c: Placed) =>
  canAccess(p, 'complaint.dispatch', {
    agencyIds: c.agencyId ? [c.agencyId] : [],
    regionCodes: [c.regionCode],
  });

export const handlerCovers = (p: Principal | null, c: Placed) =>
  !!c.agencyId && canAccess(p, 'complaint.handle', { agencyIds: [c.agencyId] });

/** The complainant subject of a signed-in person (themselves, or the enterprise they act for). */
export function complainantOf(p: Principal | null): { type: 'person' | 'enterprise'; id: string } | null {
  if (p?.kind !== 'person') return null;
  return p.actingFor ? { type: 'enterprise', id: p.actingFor.id } : { type: 'person', id: p.accountId };
}

export function isComplainant(
  p: Principal | null,
  c: Pick<ComplaintRow, 'complainantType' | 'complainantId'>,
) {
  const s = complainantOf(p);
  return !!s && s.type === c.complainantType && s.id === c.complainantId;
}

/** The workflow actors `p` is on this order (empty: the order is out of their sight). */
export function staffActors(p: Principal | null, c: Placed): ComplaintActor[] {
  return [
    ...(dispatcherCovers(p, c) ? (['complaint.dispatch'] as const) : []),
    ...(handlerCovers(p, c) ? (['complaint.handle'] as const) : []),
  ];
}

export function assertStaffSees(p: Principal | null, c: ComplaintRow): ComplaintActor[] {
  const actors = staffActors(p, c);
  if (!actors.length) throw new AppError('NOT_FOUND', { detail: `complaint ${c.id}` });
  return actors;
}

/** SQL over complaint: the rows the caller's grants cover; undefined when all. */
export function staffComplaintWhere(p: Principal | null): SQL | undefined {
  const dispatch = scopesOf(p, 'complaint.dispatch');
  if (dispatch.some((s) => s.agencyId === null && s.regionCode === null && s.venueId === null))
    return undefined;
  const parts = [
    ...dispatch.flatMap((s) => [
      ...(s.agencyId !== null ? [eq(complaint.agencyId, s.agencyId)] : []),
      ...(s.regionCode !== null ? [like(complaint.regionCode, `${subtreePrefix(s.regionCode)}%`)] : []),
    ]),
    ...scopesOf(p, 'complaint.handle')
      .filter((s) => s.agencyId !== null)
      .map((s) => eq(complaint.agencyId, s.agencyId!)),
  ];
  return parts.length ? or(...parts) : sql`false`;
}
