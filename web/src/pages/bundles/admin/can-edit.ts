// Whether the signed-in staff may edit bundle definitions at all (catalog.edit somewhere; an
// operator holds every permission). Scope is the server's: it still refuses outside the grant.
import { useMe } from '../../../api/auth.ts';

export function useCanEditBundles(): boolean {
  const me = useMe();
  return me.data?.kind === 'operator' || (me.data?.grants ?? []).some((g) => g.permission === 'catalog.edit');
}
