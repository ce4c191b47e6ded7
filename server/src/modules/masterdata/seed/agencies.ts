// All seeded agencies. City level: agencies-city.ts; districts and townships: agencies-district.ts.
// Only 天津市人民政府政务服务办公室 carries its real USCC (11120000MB1571593F); every other USCC is a
// well-formed, check-valid demo code (see demo-uscc.ts).

import { cityAgencies, utilityAgencies } from './agencies-city.ts';
import { districtAgencies, townshipAgencies } from './agencies-district.ts';
import type { SeedAgency } from './types.ts';

export {
  CITY_GOVERNMENT_ID,
  CITY_SERVICE_OFFICE_ID,
  CITY_SERVICE_OFFICE_USCC,
  cityAgencies,
  utilityAgencies,
} from './agencies-city.ts';
export {
  districtAgencies,
  districtAgencyIds,
  townshipAgencies,
  townshipAgencyId,
} from './agencies-district.ts';
export type { DistrictAgencyIds } from './agencies-district.ts';

/** Every seeded agency, parents before children. */
export const agencies: readonly SeedAgency[] = [
  ...cityAgencies,
  ...utilityAgencies,
  ...districtAgencies,
  ...townshipAgencies,
];
