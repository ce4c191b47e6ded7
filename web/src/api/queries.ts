// TanStack Query hooks for the directory endpoints (regions, venues).
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { deployment } from '../config.ts';
import { api } from './client.ts';
import { unwrap } from './problem.ts';
import type { VenueKind } from './types.ts';

const VENUE_PAGE_SIZE = 24;

/** The districts (county level) beneath the deployment's city, in code order. */
export function useDistricts() {
  return useQuery({
    queryKey: ['regions', { parentCode: deployment.cityRegionCode, level: 'county' }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/regions', {
          params: { query: { parentCode: deployment.cityRegionCode, level: 'county', limit: 200 } },
          signal,
        }),
      ),
    select: (page) => page.items,
    staleTime: 60 * 60 * 1000,
  });
}

export interface VenueFilter {
  regionCode?: string;
  kind?: VenueKind;
}

/** Venues matching the filter, fetched page by page with the keyset cursor. */
export function useVenues(filter: VenueFilter) {
  return useInfiniteQuery({
    queryKey: ['venues', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/venues', {
          params: { query: { ...filter, limit: VENUE_PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 5 * 60 * 1000,
  });
}

export function useVenue(id: string) {
  return useQuery({
    queryKey: ['venue', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/venues/{id}', { params: { path: { id } }, signal })),
  });
}
