// Catalog administration (catalog.edit / catalog.review / catalog.publish): implementations, their
// versions, the rule report, diffs and the workflow actions, typed from the OpenAPI description.
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImplementationContent } from '../pages/catalog-admin/content-types.ts';
import { api } from './client.ts';
import { unwrap } from './problem.ts';
import type { paths } from './schema.gen.ts';
import type {
  CatalogBasicItem,
  CatalogDataElement,
  CatalogDiff,
  CatalogImplementationDetail,
  CatalogImplementationSummary,
  CatalogRuleReport,
  CatalogVersionDetail,
} from './types.ts';

export type ImplementationSummary = CatalogImplementationSummary;
export type ImplementationDetail = CatalogImplementationDetail;
export type VersionSummary = ImplementationDetail['versions'][number];
export type VersionActionEntry = VersionSummary['actions'][number];
export type VersionDetail = CatalogVersionDetail;
export type VersionStatus = VersionSummary['status'];
export type RuleReport = CatalogRuleReport;
export type RuleFailure = RuleReport['failures'][number];
export type DiffChange = CatalogDiff['changes'][number];
export type BasicItem = CatalogBasicItem;
export type DataElement = CatalogDataElement;
export type ActionInput = NonNullable<
  paths['/api/v1/catalog/versions/{id}/actions']['post']['requestBody']
>['content']['application/json'];
export type VersionAction = ActionInput['action'];
export type NewImplementation =
  paths['/api/v1/catalog/implementations']['post']['requestBody']['content']['application/json'];

type ListQuery = NonNullable<paths['/api/v1/catalog/implementations']['get']['parameters']['query']>;
export type CatalogFilter = Pick<ListQuery, 'q' | 'agencyId' | 'itemType' | 'state'>;

export function useImplementations(filter: CatalogFilter) {
  return useQuery({
    queryKey: ['catalog-admin', 'implementations', filter],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/catalog/implementations', { params: { query: { ...filter, limit: 200 } }, signal }),
      ),
    select: (page) => page.items,
  });
}

export function useImplementation(code: string) {
  return useQuery({
    queryKey: ['catalog-admin', 'implementation', code],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/catalog/implementations/{code}', { params: { path: { code } }, signal })),
  });
}

/** Several implementations' details at once (the review queue dates its rows from them). */
export function useImplementationDetails(codes: readonly string[]) {
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: ['catalog-admin', 'implementation', code],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/v1/catalog/implementations/{code}', { params: { path: { code } }, signal })),
    })),
  });
}

export function useVersion(id: string) {
  return useQuery({
    queryKey: ['catalog-admin', 'version', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/catalog/versions/{id}', { params: { path: { id } }, signal })),
  });
}

export function useBasicItems(q: string) {
  return useQuery({
    queryKey: ['catalog-admin', 'items', q],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/catalog/items', { params: { query: { q: q || undefined, limit: 50 } }, signal }),
      ),
    select: (page) => page.items,
  });
}

export function useDataElements() {
  return useQuery({
    queryKey: ['catalog-admin', 'data-elements'],
    queryFn: async ({ signal }) => {
      // The dictionary is small (hundreds); page through it once and keep it for the session.
      const all: DataElement[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 20; i++) {
        const page = await unwrap(
          api.GET('/api/v1/catalog/data-elements', { params: { query: { limit: 200, cursor } }, signal }),
        );
        all.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return all;
    },
    staleTime: 10 * 60 * 1000,
  });
}

export function useCreateImplementation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewImplementation) => unwrap(api.POST('/api/v1/catalog/implementations', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['catalog-admin'] }),
  });
}

export function useNewVersion(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/catalog/implementations/{code}/versions', { params: { path: { code } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['catalog-admin'] }),
  });
}

export function useSaveContent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (content: ImplementationContent) =>
      unwrap(api.PUT('/api/v1/catalog/versions/{id}/content', { params: { path: { id } }, body: content })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['catalog-admin'] }),
  });
}

export function useVersionAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionInput) =>
      unwrap(api.POST('/api/v1/catalog/versions/{id}/actions', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['catalog-admin'] }),
  });
}

/** The publication rule report, fetched on demand ("检查发布规则"). */
export function checkVersion(id: string): Promise<RuleReport> {
  return unwrap(api.GET('/api/v1/catalog/versions/{id}/check', { params: { path: { id } } }));
}

export function useDiff(id: string | undefined, against: string | undefined) {
  return useQuery({
    queryKey: ['catalog-admin', 'diff', id, against],
    enabled: Boolean(id && against),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/catalog/versions/{id}/diff', {
          params: { path: { id: id! }, query: { against } },
          signal,
        }),
      ),
    select: (diff) => diff.changes,
  });
}

/** Agencies matching a name fragment (the typed directory endpoint), for pickers. */
export function useAgencyOptions(q: string) {
  return useQuery({
    queryKey: ['catalog-admin', 'agencies', q],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/agencies', { params: { query: { q: q || undefined, limit: 100 } }, signal })),
    select: (page) => page.items,
    staleTime: 10 * 60 * 1000,
  });
}

/** Venues matching a region, for the accepting-venue editor. */
export function useVenueOptions() {
  return useQuery({
    queryKey: ['catalog-admin', 'venues'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/venues', { params: { query: { limit: 100 } }, signal })),
    select: (page) => page.items,
    staleTime: 10 * 60 * 1000,
  });
}
