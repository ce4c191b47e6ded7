// Data hooks of the rectification pages: the ledger (keyset pages), one rectification, and the
// one action endpoint (the seq the page saw goes with it, so a stale page gets 409).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { GetOk } from '../../api/types.ts';
import type { paths } from '../../api/schema.gen.ts';

export type LedgerRow = GetOk<'/api/v1/rectifications'>['items'][number];
export type RectificationDetail = GetOk<'/api/v1/rectifications/{id}'>;
export type RectificationStatus = LedgerRow['status'];
export type ActionBody =
  paths['/api/v1/rectifications/{id}/actions']['post']['requestBody']['content']['application/json'];
export type StaffAction = ActionBody['action'];

export const STATUSES = [
  'verifying',
  'appealed',
  'rectifying',
  'feedback',
  'revisiting',
  'closed',
  'dismissed',
] as const satisfies readonly RectificationStatus[];

export const STAFF_ACTIONS = [
  'verify',
  'appeal',
  'decide-appeal',
  'rectify',
  'feedback',
  'revisit',
] as const satisfies readonly StaffAction[];
export const isStaffAction = (a: string): a is StaffAction =>
  (STAFF_ACTIONS as readonly string[]).includes(a);

export interface LedgerFilter {
  status?: RectificationStatus;
  overdue?: boolean;
}

const key = ['rectifications'] as const;

export function useLedger(filter: LedgerFilter) {
  return useInfiniteQuery({
    queryKey: [...key, 'ledger', filter],
    initialPageParam: undefined as string | undefined,
    retry: false,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/rectifications', {
          params: {
            query: {
              ...(filter.status && { status: filter.status }),
              ...(filter.overdue && { overdue: true }),
              ...(pageParam && { cursor: pageParam }),
              limit: 50,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function exportUrl(filter: LedgerFilter): string {
  const q = new URLSearchParams();
  if (filter.status) q.set('status', filter.status);
  if (filter.overdue) q.set('overdue', 'true');
  const s = q.toString();
  return `/api/v1/rectifications/export${s ? `?${s}` : ''}`;
}

export function useRectification(id: string) {
  return useQuery({
    queryKey: [...key, 'detail', id],
    retry: false,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/rectifications/{id}', { params: { path: { id } }, signal })),
  });
}

export function useRectificationAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionBody) =>
      unwrap(api.POST('/api/v1/rectifications/{id}/actions', { params: { path: { id } }, body })),
    onSuccess: async (detail) => {
      client.setQueryData([...key, 'detail', id], detail);
      await client.invalidateQueries({ queryKey: [...key, 'ledger'] });
    },
  });
}
