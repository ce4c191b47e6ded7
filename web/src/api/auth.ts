// Who is signed in, and the calls that change it: sign in, sign out, switch the acting identity.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { hasSessionCookie } from './csrf.ts';
import { call } from './http.ts';
import type { LoginInput, Me, RegisterInput } from './identity.ts';
import { ApiError, unwrap } from './problem.ts';

export const meKey = ['auth', 'me'] as const;

/** The signed-in account, or null. Without the CSRF cookie no request is made (no 401 noise). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async ({ signal }): Promise<Me | null> => {
      if (!hasSessionCookie()) return null;
      try {
        return await call<Me>('GET', '/api/v1/auth/me', undefined, signal);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60 * 1000,
  });
}

/** Stores a fresh identity and drops every cached answer that depended on the previous one. */
function useSetMe() {
  const client = useQueryClient();
  return (me: Me | null) => {
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'regions' });
    client.setQueryData(meKey, me);
  };
}

export function useLogin() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: (input: LoginInput) => call<Me>('POST', '/api/v1/auth/login', input),
    onSuccess: setMe,
  });
}

export function useRegister() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: (input: RegisterInput) => call<Me>('POST', '/api/v1/auth/register', input),
    onSuccess: setMe,
  });
}

export function useSendCode() {
  return useMutation({
    mutationFn: (phone: string) =>
      unwrap(api.POST('/api/v1/auth/verification-codes', { body: { phone, purpose: 'register' } })),
  });
}

/**
 * Signs out. With `reloadTo`, the browser then loads that page afresh — nothing of the account
 * stays in memory, and no guarded page gets the chance to send the visitor to sign in again.
 */
export function useLogout({ reloadTo }: { reloadTo?: string } = {}) {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: () => call<void>('POST', '/api/v1/auth/logout'),
    onSettled: () => {
      if (reloadTo) window.location.assign(reloadTo);
      else setMe(null);
    },
  });
}

/** Act as oneself (null) or for an enterprise that authorised the signed-in person. */
export function useSwitchIdentity() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: (enterpriseId: string | null) => call<Me>('PUT', '/api/v1/auth/acting-for', { enterpriseId }),
    onSuccess: setMe,
  });
}
