// Single sign-on clients (department systems) registered by a city-wide administrator.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { unwrap } from './problem.ts';
import type { paths } from './schema.gen.ts';

export type NewOidcClient =
  paths['/api/v1/oidc-clients']['post']['requestBody']['content']['application/json'];

export function useOidcClients() {
  return useQuery({
    queryKey: ['oidc-clients'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/oidc-clients', { signal })),
    select: (page) => page.items,
  });
}

export function useRegisterOidcClient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewOidcClient) => unwrap(api.POST('/api/v1/oidc-clients', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['oidc-clients'] }),
  });
}

export function useRemoveOidcClient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const { response, error } = await api.DELETE('/api/v1/oidc-clients/{id}', { params: { path: { id } } });
      if (!response.ok) await unwrap(Promise.resolve({ error, response }));
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['oidc-clients'] }),
  });
}
