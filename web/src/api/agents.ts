// Agents of an enterprise, managed by its legal representative: list, authorise and revoke.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { ApiError, isProblem, unwrap } from './problem.ts';
import type { GetOk } from './types.ts';

export type AgentAuthorization = GetOk<'/api/v1/enterprises/{id}/agents'>['items'][number];

export interface AuthorizeAgentInput {
  username: string;
  scope: 'all' | 'listed';
  itemCodes?: string[];
  expiresAt: string;
}

const key = (enterpriseId: string) => ['me', 'enterprise-agents', enterpriseId] as const;

export function useEnterpriseAgents(enterpriseId: string, enabled = true) {
  return useQuery({
    queryKey: key(enterpriseId),
    enabled,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/enterprises/{id}/agents', { params: { path: { id: enterpriseId } }, signal })),
    select: (page) => page.items,
  });
}

export function useAuthorizeAgent(enterpriseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AuthorizeAgentInput) =>
      unwrap(api.POST('/api/v1/enterprises/{id}/agents', { params: { path: { id: enterpriseId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: key(enterpriseId) }),
  });
}

export function useRevokeAgent(enterpriseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (authorizationId: string) => {
      const { error, response } = await api.DELETE('/api/v1/enterprises/{id}/agents/{authorizationId}', {
        params: { path: { id: enterpriseId, authorizationId } },
      });
      if (!response.ok) throw new ApiError(response.status, isProblem(error) ? error : null);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: key(enterpriseId) }),
  });
}
