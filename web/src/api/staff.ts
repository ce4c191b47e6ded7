// Staff administration (users.admin): staff accounts, their role grants, and the roles.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { unwrap } from './problem.ts';
import type { paths } from './schema.gen.ts';

export type NewStaff = paths['/api/v1/staff']['post']['requestBody']['content']['application/json'];
export type NewGrant =
  paths['/api/v1/staff/{id}/roles']['post']['requestBody']['content']['application/json'];

export function useStaffList() {
  return useQuery({
    queryKey: ['staff'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/staff', { params: { query: { limit: 100 } }, signal })),
    select: (page) => page.items,
  });
}

export function useStaffMember(id: string) {
  return useQuery({
    queryKey: ['staff', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/staff/{id}', { params: { path: { id } }, signal })),
  });
}

export function useRoles() {
  return useQuery({
    queryKey: ['roles'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/roles', { signal })),
    select: (page) => page.items,
    staleTime: 10 * 60 * 1000,
  });
}

export function useCreateStaff() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewStaff) => unwrap(api.POST('/api/v1/staff', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff'] }),
  });
}

export function useGrantRole(staffId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewGrant) =>
      unwrap(api.POST('/api/v1/staff/{id}/roles', { params: { path: { id: staffId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff'] }),
  });
}

export function useRevokeGrant(staffId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (grantId: string) => {
      const { response, error } = await api.DELETE('/api/v1/staff/{id}/roles/{grantId}', {
        params: { path: { id: staffId, grantId } },
      });
      if (!response.ok) await unwrap(Promise.resolve({ error, response }));
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff'] }),
  });
}
