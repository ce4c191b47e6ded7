// Data hooks of the e-license pages: the holder's library (list, one license, its accesses, 亮证
// codes, authorizations), the public verifier, and the staff look-up with a stated purpose.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { newIdempotencyKey } from '../cases/api.ts';
import type { AuthorizationBody, HolderIdType, VerifyBody } from './types.ts';

const mineKey = ['licenses', 'mine'] as const;

export function useMyLicenses() {
  return useInfiniteQuery({
    queryKey: [...mineKey, 'list'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/me/licenses', { params: { query: { cursor: pageParam } }, signal })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMyLicense(id: string | undefined) {
  return useQuery({
    queryKey: [...mineKey, 'detail', id],
    enabled: Boolean(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/me/licenses/{id}', { params: { path: { id: id ?? '' } }, signal })),
  });
}

export function useLicenseAccesses(id: string) {
  return useQuery({
    queryKey: [...mineKey, 'accesses', id],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/me/licenses/{id}/accesses', {
          params: { path: { id }, query: { limit: 50 } },
          signal,
        }),
      ),
  });
}

/** A fresh 亮证 code; every refresh makes a new one (the old one still lapses on its own). */
export function useShowToken(id: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/licenses/{id}/show-tokens', { params: { path: { id } } })),
  });
}

export function useAuthorizations(id: string) {
  return useQuery({
    queryKey: [...mineKey, 'authorizations', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/me/licenses/{id}/authorizations', { params: { path: { id } }, signal })),
  });
}

/** One Idempotency-Key per submission: a double click or a retry never grants twice. */
export function useCreateAuthorization(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AuthorizationBody) =>
      unwrap(
        api.POST('/api/v1/me/licenses/{id}/authorizations', {
          params: { path: { id }, header: { 'idempotency-key': newIdempotencyKey() } },
          body,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: [...mineKey, 'authorizations', id] }),
  });
}

export function useRevokeAuthorization(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (authorizationId: string) =>
      unwrap(
        api.POST('/api/v1/me/licenses/{id}/authorizations/{authorizationId}/revoke', {
          params: { path: { id, authorizationId } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: [...mineKey, 'authorizations', id] }),
  });
}

export const licenseFileUrl = (id: string) => `/api/v1/me/licenses/${encodeURIComponent(id)}/file`;
export const licenseSignatureUrl = (id: string) => `/api/v1/me/licenses/${encodeURIComponent(id)}/signature`;

/** Public: no sign-in. A verification is logged on the server for the holder to see. */
export function useVerify() {
  return useMutation({
    mutationFn: (body: VerifyBody) => unwrap(api.POST('/api/v1/licenses/verify', { body })),
  });
}

export interface LookupQuery {
  holderIdType: HolderIdType;
  holderId: string;
  purpose: string;
}

/** Staff look-up: masked summaries; every call is audited with its purpose. */
export function useLicenseLookup(query: LookupQuery | null) {
  return useQuery({
    queryKey: ['licenses', 'lookup', query],
    enabled: query !== null,
    retry: false,
    queryFn: ({ signal }) => {
      if (!query) throw new Error('no look-up asked'); // not reached: the query is disabled without one
      return unwrap(api.GET('/api/v1/licenses/lookup', { params: { query }, signal }));
    },
  });
}

export function useLookupDetail(id: string | undefined, purpose: string) {
  return useQuery({
    queryKey: ['licenses', 'lookup', 'detail', id, purpose],
    enabled: Boolean(id) && purpose.trim().length >= 2,
    retry: false,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/licenses/lookup/{id}', {
          params: { path: { id: id ?? '' }, query: { purpose } },
          signal,
        }),
      ),
  });
}
