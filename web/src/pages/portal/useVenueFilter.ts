// The venue filter lives in the URL (?district=&kind=) so a filtered list can be shared and reloaded.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isVenueKind, type VenueKind } from '../../api/types.ts';

export type KindChoice = VenueKind | 'all';

export interface VenueFilterState {
  district: string | undefined;
  kind: KindChoice;
  setFilter: (next: { district?: string | undefined; kind?: KindChoice }) => void;
}

const DEFAULT_KIND: KindChoice = 'service-centre';

export function useVenueFilter(): VenueFilterState {
  const [params, setParams] = useSearchParams();
  const district = params.get('district') ?? undefined;
  const rawKind = params.get('kind');
  const kind: KindChoice = rawKind === 'all' || isVenueKind(rawKind) ? rawKind : DEFAULT_KIND;

  const setFilter = useCallback<VenueFilterState['setFilter']>(
    (next) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if ('district' in next) {
            if (next.district) updated.set('district', next.district);
            else updated.delete('district');
          }
          if (next.kind !== undefined) {
            if (next.kind === DEFAULT_KIND) updated.delete('kind');
            else updated.set('kind', next.kind);
          }
          return updated;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );

  return { district, kind, setFilter };
}
