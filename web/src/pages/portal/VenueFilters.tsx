// District and venue-type selectors of the venue directory.
import { Select } from 'antd';
import { venueKinds, type Region } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { localName } from '../../i18n/localName.ts';
import type { KindChoice, VenueFilterState } from './useVenueFilter.ts';

const ALL = '';

export function VenueFilters({ filter, districts }: { filter: VenueFilterState; districts: Region[] }) {
  const { t, lang } = useI18n();
  const districtOptions = [{ value: ALL, label: t('venues.allDistricts') }].concat(
    districts.map((d) => ({ value: d.code, label: localName(d, lang) })),
  );
  const kindOptions: { value: KindChoice; label: string }[] = [
    { value: 'all', label: t('venues.allKinds') },
    ...venueKinds.map((kind) => ({ value: kind, label: t(`venues.kind.${kind}`) })),
  ];

  return (
    <div className="venue-filters">
      <div className="filter-field">
        <label htmlFor="venue-filter-district">{t('venues.filterDistrict')}</label>
        <Select
          id="venue-filter-district"
          value={filter.district ?? ALL}
          options={districtOptions}
          onChange={(value: string) => filter.setFilter({ district: value || undefined })}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </div>
      <div className="filter-field">
        <label htmlFor="venue-filter-kind">{t('venues.filterKind')}</label>
        <Select<KindChoice>
          id="venue-filter-kind"
          value={filter.kind}
          options={kindOptions}
          onChange={(value) => filter.setFilter({ kind: value })}
        />
      </div>
    </div>
  );
}
