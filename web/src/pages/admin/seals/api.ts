// Data hooks of the e-seal administration: the seals of an agency, making one (generated red round
// picture or an uploaded PNG), revoking one with a reason. Permission seal.manage on the server.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { unwrap } from '../../../api/problem.ts';
import type { SealBody, SealSummary } from '../../licenses/types.ts';

export type { SealBody, SealSummary };

const sealsKey = ['seals'] as const;

export function useSeals(agencyId: string | undefined) {
  return useQuery({
    queryKey: [...sealsKey, agencyId],
    enabled: Boolean(agencyId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/seals', { params: { query: { agencyId, limit: 100 } }, signal })),
    select: (page) => page.items,
  });
}

/** The Idempotency-Key is made once per submission: a retry after a lost answer makes no second seal. */
export function useCreateSeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: SealBody; idempotencyKey: string }) =>
      unwrap(api.POST('/api/v1/seals', { body, params: { header: { 'idempotency-key': idempotencyKey } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: sealsKey }),
  });
}

export function useRevokeSeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/v1/seals/{id}/revoke', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => client.invalidateQueries({ queryKey: sealsKey }),
  });
}

export const sealPictureUrl = (id: string) => `/api/v1/seals/${encodeURIComponent(id)}/picture`;

export function useSealUses(id: string) {
  return useQuery({
    queryKey: [...sealsKey, 'uses', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/seals/{id}/uses', { params: { path: { id }, query: { limit: 50 } }, signal })),
    select: (page) => page.items,
  });
}
