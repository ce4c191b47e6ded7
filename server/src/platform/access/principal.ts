// Who is calling and what they may do where. A staff grant is scoped to an agency, a region
// subtree and/or a venue (none: city-wide). An object is visible through its participants — for
// a case: the accepting venue, the competent agency, the venue that hands out the result — so
// city-wide acceptance and remote acceptance stay visible to every side that took part.
import { isWithinRegion } from '../identifiers/region-code.ts';
import type { Permission } from './permissions.ts';

export interface GrantScope {
  agencyId: string | null;
  regionCode: string | null;
  venueId: string | null;
}

export interface Grant {
  permission: Permission;
  scope: GrantScope;
}

export interface Principal {
  /** `client`: a department system signed in with client credentials (API client). */
  kind: 'person' | 'staff' | 'operator' | 'client';
  accountId: string;
  name: string;
  /** A person acting for an enterprise that authorised them (经办人), else null. */
  actingFor: { type: 'enterprise'; id: string } | null;
  grants: readonly Grant[];
  sessionId: string | null;
  /** Present for cookie sessions: unsafe requests must echo it in X-CSRF-Token. */
  csrfToken?: string;
}

/** The places an object belongs to, for the scope check. */
export interface Participants {
  agencyIds?: readonly string[];
  venueIds?: readonly string[];
  regionCodes?: readonly string[];
}

export function hasPermission(p: Principal | null, permission: Permission): boolean {
  return !!p && p.grants.some((g) => g.permission === permission);
}

export function scopeCovers(scope: GrantScope, of: Participants): boolean {
  if (scope.agencyId === null && scope.regionCode === null && scope.venueId === null) return true;
  return (
    (scope.agencyId !== null && (of.agencyIds ?? []).includes(scope.agencyId)) ||
    (scope.venueId !== null && (of.venueIds ?? []).includes(scope.venueId)) ||
    (scope.regionCode !== null &&
      (of.regionCodes ?? []).some((code) => isWithinRegion(code, scope.regionCode!)))
  );
}

/** May `p` use `permission` on an object with these participants? Callers answer 404 when not. */
export function canAccess(p: Principal | null, permission: Permission, of: Participants): boolean {
  return !!p && p.grants.some((g) => g.permission === permission && scopeCovers(g.scope, of));
}

/** The scopes in which `p` holds `permission`, for filtering rows in SQL; empty: nothing visible. */
export function scopesOf(p: Principal | null, permission: Permission): GrantScope[] {
  return p ? p.grants.filter((g) => g.permission === permission).map((g) => g.scope) : [];
}
