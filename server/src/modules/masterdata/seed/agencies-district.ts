// District- and township-level agencies, generated from the district list so every district gets the
// same set: the district government, its 政务服务办 and 行政审批局 (both under the district government;
// Tianjin districts approve centrally through the 行政审批局 — in several districts the two carry one
// leadership, modelled here as two agencies), the district 人社局, the public-security branch (under
// 市公安局) and the district tax bureau (under 市税务局) — the last three are stationed at the district
// centre's professional windows. Each seeded street or town gets its 街道办事处 / 镇人民政府, which
// runs the convenience centre and the stations below it.
//
// The names follow the official naming patterns; all USCCs are demo codes (see demo-uscc.ts).

import { CITY_GOVERNMENT_ID } from './agencies-city.ts';
import { demoUscc } from './demo-uscc.ts';
import { DISTRICTS, districtByCode } from './districts.ts';
import type { District } from './districts.ts';
import { townshipRegions } from './townships.ts';
import type { SeedAgency } from './types.ts';

export interface DistrictAgencyIds {
  government: string;
  serviceOffice: string;
  approvalBureau: string;
  humanResources: string;
  police: string;
  tax: string;
}

export function districtAgencyIds(district: Pick<District, 'slug'>): DistrictAgencyIds {
  const s = district.slug;
  return {
    government: `${s}-rmzf`,
    serviceOffice: `${s}-zwfwb`,
    approvalBureau: `${s}-xzspj`,
    humanResources: `${s}-rsj`,
    police: `${s}-gafj`,
    tax: `${s}-swj`,
  };
}

/** Id of the 街道办事处 / 镇人民政府 of a seeded township. */
export function townshipAgencyId(townshipCode: string): string {
  return `tw-${townshipCode}`;
}

function agenciesOf(d: District, index: number): SeedAgency[] {
  const ids = districtAgencyIds(d);
  const serial = (role: number): number => 1000 + (index + 1) * 10 + role;
  const full = `天津市${d.name}`;
  return [
    {
      id: ids.government,
      name: `${full}人民政府`,
      shortName: `${d.name}政府`,
      nameEn: `${d.nameEn} People's Government`,
      uscc: demoUscc('11', d.code, serial(1)),
      regionCode: d.code,
      parentId: CITY_GOVERNMENT_ID,
      kind: 'government',
    },
    {
      id: ids.serviceOffice,
      name: `${full}人民政府政务服务办公室`,
      shortName: `${d.name}政务服务办`,
      nameEn: `${d.nameEn} Government Service Office`,
      uscc: demoUscc('11', d.code, serial(2)),
      regionCode: d.code,
      parentId: ids.government,
      kind: 'service-office',
    },
    {
      id: ids.approvalBureau,
      name: `${full}行政审批局`,
      shortName: `${d.name}行政审批局`,
      nameEn: `${d.nameEn} Administrative Approval Bureau`,
      uscc: demoUscc('11', d.code, serial(3)),
      regionCode: d.code,
      parentId: ids.government,
      kind: 'approval-bureau',
    },
    {
      id: ids.humanResources,
      name: `${full}人力资源和社会保障局`,
      shortName: `${d.name}人社局`,
      nameEn: `${d.nameEn} Human Resources and Social Security Bureau`,
      uscc: demoUscc('11', d.code, serial(4)),
      regionCode: d.code,
      parentId: ids.government,
      kind: 'department',
    },
    {
      id: ids.police,
      name: `天津市公安局${d.short}分局`,
      shortName: `${d.short}公安分局`,
      nameEn: `${d.shortEn} Branch, Tianjin Municipal Public Security Bureau`,
      uscc: demoUscc('11', d.code, serial(5)),
      regionCode: d.code,
      parentId: 'tj-gaj',
      kind: 'department',
    },
    {
      id: ids.tax,
      name: `国家税务总局天津市${d.name}税务局`,
      shortName: `${d.name}税务局`,
      nameEn: `${d.nameEn} Tax Service, State Taxation Administration`,
      uscc: demoUscc('11', d.code, serial(6)),
      regionCode: d.code,
      parentId: 'tj-swj',
      kind: 'department',
    },
  ];
}

export const districtAgencies: readonly SeedAgency[] = DISTRICTS.flatMap((d, i) => agenciesOf(d, i));

export const townshipAgencies: readonly SeedAgency[] = townshipRegions.map((t) => {
  const district = districtByCode(t.code.slice(0, 6));
  const isTown = t.name.endsWith('镇');
  const placeEn = t.nameEn;
  return {
    id: townshipAgencyId(t.code),
    name: isTown ? `天津市${district.name}${t.name}人民政府` : `天津市${district.name}${t.name}办事处`,
    shortName: isTown ? `${t.name}政府` : `${t.name}办事处`,
    nameEn: isTown
      ? `${placeEn} People's Government, ${district.nameEn}`
      : `${placeEn} Office, ${district.nameEn}`,
    // Township codes are unique, so their last five digits make unique demo serials.
    uscc: demoUscc('11', district.code, 3_000_000 + Number(t.code.slice(4))),
    regionCode: t.code,
    parentId: districtAgencyIds(district).government,
    kind: 'government',
  };
});
