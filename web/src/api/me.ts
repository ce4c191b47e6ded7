// The personal space (/me): profile, real-name verification, sessions and who read my data.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { call } from './http.ts';
import type { Page, SessionItem } from './identity.ts';
import { unwrap } from './problem.ts';

export function useProfile(enabled = true) {
  return useQuery({
    queryKey: ['me', 'profile'],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/profile', { signal })),
  });
}

export function useVerifyRealName() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/real-name-verification', {})),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['me'] }),
        client.invalidateQueries({ queryKey: ['auth'] }),
      ]);
    },
  });
}

export function useSessions() {
  return useQuery({
    queryKey: ['me', 'sessions'],
    queryFn: ({ signal }) => call<Page<SessionItem>>('GET', '/api/v1/auth/sessions', undefined, signal),
    select: (page) => page.items,
  });
}

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call<void>('DELETE', `/api/v1/auth/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['me', 'sessions'] }),
  });
}

export function useDataAccess() {
  return useQuery({
    queryKey: ['me', 'data-access'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/data-access', { params: { query: {} }, signal })),
  });
}

/** Enterprise authorisations I hold as an agent (scope, expiry, status). */
export function useMyAuthorizations(enabled = true) {
  return useQuery({
    queryKey: ['me', 'authorizations'],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/authorizations', { signal })),
    select: (page) => page.items,
  });
}
