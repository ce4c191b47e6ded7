// The search query and filters live in the URL (?q=&target=&theme=&agencyId=&regionCode=&mode=
// &cityWide=1), so a result list can be shared, bookmarked and restored with the back button.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { HANDLING_MODES, SERVICE_TARGETS, THEMES, type CodeEntry } from '../../i18n/catalog-codes.ts';
import type { SearchParams } from './queries.ts';

export type SearchFilter = Omit<SearchParams, 'limit' | 'cursor'>;
type Key = keyof SearchFilter;

export interface SearchFilterState {
  filter: SearchFilter;
  /** A query or at least one filter: something to search for. */
  active: boolean;
  setFilter: (next: Partial<Record<Key, string | boolean | undefined>>) => void;
  clearFilters: () => void;
}

const codeOf = <T extends readonly CodeEntry[]>(table: T, value: string | null) =>
  table.find((e) => e.code === value)?.code as T[number]['code'] | undefined;

const FILTER_KEYS: Key[] = ['target', 'theme', 'agencyId', 'regionCode', 'mode', 'cityWide'];

export function useSearchFilter(): SearchFilterState {
  const [params, setParams] = useSearchParams();
  const filter = useMemo<SearchFilter>(() => {
    const q = params.get('q')?.trim().slice(0, 100);
    const regionCode = params.get('regionCode');
    return Object.fromEntries(
      Object.entries({
        q: q || undefined,
        target: codeOf(SERVICE_TARGETS, params.get('target')),
        theme: codeOf(THEMES, params.get('theme')),
        agencyId: params.get('agencyId')?.slice(0, 64) || undefined,
        regionCode: regionCode && /^\d{6}(\d{3}){0,2}$/.test(regionCode) ? regionCode : undefined,
        mode: codeOf(HANDLING_MODES, params.get('mode')),
        cityWide: params.get('cityWide') === '1' ? true : undefined,
      }).filter(([, v]) => v !== undefined),
    ) as SearchFilter;
  }, [params]);

  const setFilter = useCallback<SearchFilterState['setFilter']>(
    (next) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          for (const [key, value] of Object.entries(next)) {
            if (value === undefined || value === '' || value === false) updated.delete(key);
            else updated.set(key, value === true ? '1' : value);
          }
          return updated;
        },
        { replace: !('q' in next), preventScrollReset: true },
      );
    },
    [setParams],
  );

  const clearFilters = useCallback(
    () => setFilter(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined]))),
    [setFilter],
  );

  return { filter, active: Object.keys(filter).length > 0, setFilter, clearFilters };
}
