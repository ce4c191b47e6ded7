// Row scope of staff administration. An administrator's `users.admin` grants say whom they
// manage: a city-wide grant everyone; an agency grant the staff of that agency; a venue grant the
// staff posted there; a region grant the staff of agencies or venues inside that region subtree.
// A grant they give may not reach wider than their own: every scope field must lie within one of
// theirs, and only a city-wide administrator gives city-wide grants.
import { like, eq, or, type SQL } from 'drizzle-orm';
import { canAccess, scopesOf, type GrantScope, type Principal } from '../../platform/access/principal.ts';
import type { Permission } from '../../platform/access/permissions.ts';
import { isWithinRegion } from '../../platform/identifiers/region-code.ts';
import { agency, venue } from '../masterdata/schema.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import { staff } from './schema.ts';

export const isCityWide = (s: GrantScope) =>
  s.agencyId === null && s.regionCode === null && s.venueId === null;

/** SQL condition over staff ⋈ agency ⟕ venue; undefined when the admin sees everyone. */
export function staffScopeWhere(p: Principal): SQL | undefined {
  const scopes = scopesOf(p, 'users.admin');
  if (scopes.some(isCityWide)) return undefined;
  const parts = scopes.flatMap((s) => [
    ...(s.agencyId !== null ? [eq(staff.agencyId, s.agencyId)] : []),
    ...(s.venueId !== null ? [eq(staff.venueId, s.venueId)] : []),
    ...(s.regionCode !== null
      ? [
          like(agency.regionCode, `${subtreePrefix(s.regionCode)}%`),
          like(venue.regionCode, `${subtreePrefix(s.regionCode)}%`),
        ]
      : []),
  ]);
  return parts.length ? or(...parts) : eq(staff.id, '00000000-0000-0000-0000-000000000000');
}

export interface StaffPlace {
  agencyId: string;
  agencyRegion: string;
  venueId: string | null;
  venueRegion: string | null;
}

/** May the admin manage a staff member posted here? (Callers answer 404 when not.) */
export function managesStaffAt(p: Principal, at: StaffPlace): boolean {
  return canAccess(p, 'users.admin', {
    agencyIds: [at.agencyId],
    venueIds: at.venueId ? [at.venueId] : [],
    regionCodes: [at.agencyRegion, ...(at.venueRegion ? [at.venueRegion] : [])],
  });
}

/** Is `grant` within the scopes in which `p` holds `permission`? */
export function grantWithin(p: Principal, permission: Permission, grant: GrantScope): boolean {
  const own = scopesOf(p, permission);
  if (own.some(isCityWide)) return true;
  if (own.length === 0 || isCityWide(grant)) return false;
  return (
    (grant.agencyId === null || own.some((s) => s.agencyId === grant.agencyId)) &&
    (grant.venueId === null || own.some((s) => s.venueId === grant.venueId)) &&
    (grant.regionCode === null ||
      own.some((s) => s.regionCode !== null && isWithinRegion(grant.regionCode!, s.regionCode)))
  );
}
