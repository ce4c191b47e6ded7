// Data hooks of the public catalog pages: search (page by page), the guide, the guide narrowed by
// situation answers, and the agencies for the search filter. Types come from the OpenAPI.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { paths } from '../../api/schema.gen.ts';
import type { GetOk } from '../../api/types.ts';

export type Guide = GetOk<'/api/v1/catalog/guides/{code}'>;
export type GuideContent = Guide['content'];
export type GuideMaterial = GuideContent['materials'][number];
export type GuideVenue = Guide['venues'][number];
export type TimeLimit = GuideContent['statutoryLimit'];
export type SearchHit = GetOk<'/api/v1/catalog/search'>['items'][number];
export type SearchParams = NonNullable<paths['/api/v1/catalog/search']['get']['parameters']['query']>;
export type Narrowed =
  paths['/api/v1/catalog/guides/{code}/situation']['post']['responses'][200]['content']['application/json'];
export type Answers = Record<string, string>;

const SEARCH_PAGE_SIZE = 20;

/** Search results for the filter; nothing is fetched until there is a query or a filter. */
export function useCatalogSearch(filter: Omit<SearchParams, 'limit' | 'cursor'>, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['catalog-search', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/catalog/search', {
          params: { query: { ...filter, limit: SEARCH_PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    staleTime: 60 * 1000,
  });
}

export function useGuide(code: string) {
  return useQuery({
    queryKey: ['catalog-guide', code],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/catalog/guides/{code}', { params: { path: { code } }, signal })),
    staleTime: 5 * 60 * 1000,
  });
}

/** The guide narrowed by the answers; keeps showing the previous answer while the next loads. */
export function useSituation(code: string, answers: Answers) {
  return useQuery({
    queryKey: ['catalog-situation', code, answers],
    queryFn: ({ signal }) =>
      unwrap(
        api.POST('/api/v1/catalog/guides/{code}/situation', {
          params: { path: { code } },
          body: { answers },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
  });
}

/** Agencies for the search filter (one page is the whole demo directory). */
export function useAgencies() {
  return useQuery({
    queryKey: ['agencies', 'all'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/agencies', { params: { query: { limit: 200 } }, signal })),
    select: (page) => page.items,
    staleTime: 60 * 60 * 1000,
  });
}
