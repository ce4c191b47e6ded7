// Data hooks of the bundle (一件事) pages: the public list, guide and plan; applying (one
// submission with an Idempotency-Key per wizard); my bundle cases and one bundle case; and the
// catalog staff's definitions with their review workflow.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { Answers, BundleContent, BundleVersionAction, CreateBundleCaseBody } from './types.ts';

const bundlesKey = ['bundles'] as const;
const casesKey = ['bundle-cases'] as const;

export function useBundles() {
  return useQuery({
    queryKey: [...bundlesKey, 'list'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/bundles', { signal })),
    staleTime: 5 * 60 * 1000,
  });
}

export function useBundleGuide(code: string) {
  return useQuery({
    queryKey: [...bundlesKey, 'guide', code],
    enabled: code !== '',
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/bundles/{code}', { params: { path: { code } }, signal })),
    staleTime: 5 * 60 * 1000,
  });
}

/** The plan for the answers (asked when the applicant leaves the questions step). */
export function usePlan(code: string) {
  return useMutation({
    mutationFn: (answers: Answers) =>
      unwrap(api.POST('/api/v1/bundles/{code}/plan', { params: { path: { code } }, body: { answers } })),
  });
}

export function useApplyBundle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateBundleCaseBody; idempotencyKey: string }) =>
      unwrap(
        api.POST('/api/v1/bundle-cases', {
          params: { header: { 'idempotency-key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: async (detail) => {
      client.setQueryData([...casesKey, 'detail', detail.id], detail);
      await client.invalidateQueries({ queryKey: [...casesKey, 'mine'] });
    },
  });
}

export function useMyBundleCases() {
  return useInfiniteQuery({
    queryKey: [...casesKey, 'mine'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/v1/bundle-cases/mine', { params: { query: { cursor: pageParam } }, signal })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useBundleCase(id: string | undefined) {
  return useQuery({
    queryKey: [...casesKey, 'detail', id],
    enabled: Boolean(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/bundle-cases/{id}', { params: { path: { id: id ?? '' } }, signal })),
  });
}

// ---- administration ----

const adminKey = ['admin-bundles'] as const;

export function useAdminBundles() {
  return useQuery({
    queryKey: [...adminKey, 'list'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin/bundles', { signal })),
  });
}

export function useBundleVersion(id: string) {
  return useQuery({
    queryKey: [...adminKey, 'version', id],
    enabled: id !== '',
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/admin/bundle-versions/{id}', { params: { path: { id } }, signal })),
  });
}

export function useBundleVersionAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { action: BundleVersionAction; comment?: string }) =>
      unwrap(api.POST('/api/v1/admin/bundle-versions/{id}/actions', { params: { path: { id } }, body })),
    onSuccess: async (detail) => {
      client.setQueryData([...adminKey, 'version', id], detail);
      await client.invalidateQueries({ queryKey: [...adminKey, 'list'] });
    },
  });
}

/** Opens a new draft from the version in force (409 while another is in progress). */
export function useOpenBundleVersion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      unwrap(api.POST('/api/v1/admin/bundles/{code}/versions', { params: { path: { code } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: [...adminKey, 'list'] }),
  });
}

/** Saves a draft's content whole (409 unless draft or returned; 400 with errors[] if malformed). */
export function useSaveBundleVersion(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (content: BundleContent) =>
      unwrap(api.PUT('/api/v1/admin/bundle-versions/{id}', { params: { path: { id } }, body: { content } })),
    onSuccess: async (detail) => {
      client.setQueryData([...adminKey, 'version', id], detail);
      await client.invalidateQueries({ queryKey: [...adminKey, 'list'] });
    },
  });
}

/** Creates a bundle and its first draft (201 with the version). */
export function useCreateBundle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { regionCode: string; content: BundleContent }) =>
      unwrap(api.POST('/api/v1/admin/bundles', { body })),
    onSuccess: async (detail) => {
      client.setQueryData([...adminKey, 'version', detail.id], detail);
      await client.invalidateQueries({ queryKey: [...adminKey, 'list'] });
    },
  });
}

/**
 * A member's implementation as the public guide shows it (name, agency, its own questions); a
 * code with no version in force is a 404, so no retries.
 */
export function useMemberGuide(code: string) {
  return useQuery({
    queryKey: ['catalog-guide', code],
    enabled: code !== '',
    retry: false,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/catalog/guides/{code}', { params: { path: { code } }, signal })),
    staleTime: 5 * 60 * 1000,
  });
}
