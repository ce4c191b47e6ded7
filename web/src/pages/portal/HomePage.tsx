// Portal home for citizens and enterprises: hero, service channels, districts and service centres.
import { useDistricts } from '../../api/queries.ts';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { DistrictPicker } from './DistrictPicker.tsx';
import { Hero } from './Hero.tsx';
import { ServiceChannels } from './ServiceChannels.tsx';
import { useVenueFilter } from './useVenueFilter.ts';
import { VenueDirectory } from './VenueDirectory.tsx';

export function HomePage() {
  usePageTitle();
  const districts = useDistricts();
  const filter = useVenueFilter();

  const selectDistrict = (code: string | undefined) => {
    // A district shows everything beneath it; the whole city shows the service centres.
    filter.setFilter({ district: code, kind: code ? 'all' : 'service-centre' });
    document.getElementById('venues-title')?.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      <Hero />
      <ServiceChannels />
      <DistrictPicker districts={districts} selected={filter.district} onSelect={selectDistrict} />
      <VenueDirectory filter={filter} districts={districts} />
    </>
  );
}
