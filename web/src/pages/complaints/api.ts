// Data hooks of the complaints pages (办不成事 / 12345): filing online and at the window or
// hotline (one Idempotency-Key per form), my complaints and confirming a reply, the staff queue,
// one order with its actions, and the metrics.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { paths } from '../../api/schema.gen.ts';

type Json<P extends keyof paths, M extends 'post'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
export type FileBody = Json<'/api/v1/complaints', 'post'>;
export type AdminFileBody = Json<'/api/v1/admin/complaints', 'post'>;
export type ActionBody = Json<'/api/v1/admin/complaints/{id}/actions', 'post'>;
export type ComplaintAction = ActionBody['action'];
export type AdminListQuery = NonNullable<paths['/api/v1/admin/complaints']['get']['parameters']['query']>;

const key = ['complaints'] as const;

export function useFileComplaint() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: FileBody; idempotencyKey: string }) =>
      unwrap(
        api.POST('/api/v1/complaints', { params: { header: { 'idempotency-key': idempotencyKey } }, body }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useMyComplaints(enabled = true) {
  return useInfiniteQuery({
    queryKey: [...key, 'mine'],
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/complaints/mine', { params: { query: { cursor: pageParam } }, signal })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMyComplaint(id: string) {
  return useQuery({
    queryKey: [...key, 'mine', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/complaints/{id}', { params: { path: { id } }, signal })),
  });
}

export function useConfirm(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { solved: boolean; comment?: string }) =>
      unwrap(api.POST('/api/v1/complaints/{id}/confirmation', { params: { path: { id } }, body })),
    onSuccess: (d) => {
      client.setQueryData([...key, 'mine', id], d);
      return client.invalidateQueries({ queryKey: [...key, 'mine'], exact: true });
    },
  });
}

export function useAdminComplaints(query: Omit<AdminListQuery, 'cursor'>) {
  return useInfiniteQuery({
    queryKey: [...key, 'admin', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/admin/complaints', { params: { query: { ...query, cursor: pageParam } }, signal }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAdminComplaint(id: string) {
  return useQuery({
    queryKey: [...key, 'admin-detail', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/complaints/{id}', { params: { path: { id } }, signal })),
  });
}

export function useComplaintAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionBody) =>
      unwrap(api.POST('/api/v1/admin/complaints/{id}/actions', { params: { path: { id } }, body })),
    onSuccess: (d) => {
      client.setQueryData([...key, 'admin-detail', id], d);
      return client.invalidateQueries({ queryKey: [...key, 'admin'] });
    },
  });
}

export function useEnterComplaint() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: AdminFileBody; idempotencyKey: string }) =>
      unwrap(
        api.POST('/api/v1/admin/complaints', {
          params: { header: { 'idempotency-key': idempotencyKey } },
          body,
        }),
      ),
  });
}

export function useComplaintMetrics(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'metrics'],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/stats/complaints', { signal })),
  });
}

/** The signed-in person's cases a complaint may be linked to (first page is enough here). */
export function useLinkableCases(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'linkable-cases'],
    enabled,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/cases/mine', { params: { query: { limit: 50 } }, signal })),
    select: (page) => page.items,
  });
}
