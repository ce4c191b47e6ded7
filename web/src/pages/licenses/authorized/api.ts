// Data hooks of the grantee side of 授权用证: the grants to the caller's agency (staff) or to the
// enterprise they act for, and one license read through a grant (each read is logged for the holder).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { unwrap } from '../../../api/problem.ts';
import type { GetOk } from '../../../api/types.ts';

export type AuthorizedItem = GetOk<'/api/v1/licenses/authorized'>[number];
export type AuthorizedLicense = GetOk<'/api/v1/licenses/authorized/{authorizationId}'>;

const sharedKey = ['licenses', 'authorized'] as const;

/** Only the active, unended grants: the server leaves revoked and ended ones out. */
export function useAuthorizedLicenses(enabled: boolean) {
  return useQuery({
    queryKey: [...sharedKey, 'list'],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/licenses/authorized', { signal })),
  });
}

/** A revoked or ended grant answers 403 LICENSE_AUTHORIZATION_NOT_ACTIVE: no point retrying. */
export function useAuthorizedLicense(authorizationId: string | undefined) {
  return useQuery({
    queryKey: [...sharedKey, 'detail', authorizationId],
    enabled: Boolean(authorizationId),
    retry: false,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/licenses/authorized/{authorizationId}', {
          params: { path: { authorizationId: authorizationId ?? '' } },
          signal,
        }),
      ),
  });
}
