// Venue directory: filters, the venues from the API page by page, and its loading/error/empty states.
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Empty } from 'antd';
import { useVenues } from '../../api/queries.ts';
import type { Region } from '../../api/types.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SectionHeader } from '../../components/SectionHeader.tsx';
import { useI18n } from '../../i18n/index.ts';
import { localName } from '../../i18n/localName.ts';
import type { VenueFilterState } from './useVenueFilter.ts';
import { VenueCard } from './VenueCard.tsx';
import { VenueFilters } from './VenueFilters.tsx';

interface VenueDirectoryProps {
  filter: VenueFilterState;
  districts: UseQueryResult<Region[]>;
}

export function VenueDirectory({ filter, districts }: VenueDirectoryProps) {
  const { t, lang } = useI18n();
  const venues = useVenues({
    regionCode: filter.district,
    kind: filter.kind === 'all' ? undefined : filter.kind,
  });
  const items = venues.data?.pages.flatMap((page) => page.items) ?? [];
  const districtList = districts.data ?? [];
  const districtOf = (regionCode: string) => {
    const district = districtList.find((d) => regionCode.startsWith(d.code));
    return district ? localName(district, lang) : undefined;
  };

  return (
    <section id="venues" className="container section" aria-labelledby="venues-title">
      <SectionHeader id="venues-title" title={t('venues.title')} subtitle={t('venues.subtitle')} />
      <VenueFilters filter={filter} districts={districtList} />
      {venues.isPending && <Loading rows={6} />}
      {venues.isError && <LoadError error={venues.error} onRetry={() => void venues.refetch()} />}
      {venues.isSuccess && items.length === 0 && <Empty description={t('venues.empty')} />}
      {items.length > 0 && (
        <>
          <p className="venue-count" aria-live="polite">
            {t('venues.shown', { count: items.length })}
          </p>
          <ul className="venue-grid" data-testid="venue-list">
            {items.map((venue) => (
              <li key={venue.id}>
                <VenueCard venue={venue} districtName={districtOf(venue.regionCode)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {venues.hasNextPage && (
        <div className="load-more">
          <Button
            size="large"
            loading={venues.isFetchingNextPage}
            onClick={() => void venues.fetchNextPage()}
          >
            {t('venues.loadMore')}
          </Button>
        </div>
      )}
    </section>
  );
}
