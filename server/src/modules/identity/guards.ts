// Who may call a route beyond its declared permission: the signed-in person (not staff, not the
// operator) for the personal space, and a staff member or the operator for administration.
import type { Principal } from '../../platform/access/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';

export type PersonPrincipal = Principal & { kind: 'person' };

export function requirePerson(p: Principal | null): PersonPrincipal {
  if (!p) throw new AppError('UNAUTHENTICATED');
  if (p.kind !== 'person') throw new AppError('FORBIDDEN', { detail: 'for persons only' });
  return p as PersonPrincipal;
}
