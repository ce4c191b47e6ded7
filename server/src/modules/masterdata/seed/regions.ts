// Administrative divisions of Tianjin for the demo.
//
// Province, grouping and district codes are the real GB/T 2260 codes. 120100 市辖区 is the grouping
// level GB/T 2260 puts between the municipality and its districts. The retired codes are real former
// GB/T 2260 codes: 塘沽区/汉沽区/大港区 merged into 滨海新区 (2009); the counties under the former
// 120200 县 grouping became districts (武清 2000, 宝坻 2001, 宁河 and 静海 2015, 蓟县 → 蓟州区 2016).
// They stay here because they are the first six digits of older citizen IDs.
// Townships and villages: see townships.ts (codes marked `sample: true` are illustrative).

import { DISTRICTS } from './districts.ts';
import { townshipRegions, villageRegions } from './townships.ts';
import type { SeedRegion } from './types.ts';

export const TIANJIN_CODE = '120000';
export const MUNICIPAL_DISTRICTS_CODE = '120100';
export const FORMER_COUNTIES_CODE = '120200';

/** Province level and the two grouping levels below it. */
export const topRegions: readonly SeedRegion[] = [
  { code: TIANJIN_CODE, name: '天津市', nameEn: 'Tianjin', level: 'province', parentCode: null },
  {
    code: MUNICIPAL_DISTRICTS_CODE,
    name: '市辖区',
    nameEn: 'Municipal Districts',
    level: 'city',
    parentCode: TIANJIN_CODE,
  },
  {
    code: FORMER_COUNTIES_CODE,
    name: '县',
    nameEn: 'Counties',
    level: 'city',
    parentCode: TIANJIN_CODE,
    retired: true,
  },
];

/** The 16 current districts. */
export const districtRegions: readonly SeedRegion[] = DISTRICTS.map((d) => ({
  code: d.code,
  name: d.name,
  nameEn: d.nameEn,
  level: 'county',
  parentCode: MUNICIPAL_DISTRICTS_CODE,
}));

/** Retired county-level codes, still valid prefixes of older citizen IDs. */
export const retiredCountyRegions: readonly SeedRegion[] = [
  {
    code: '120107',
    name: '塘沽区',
    nameEn: 'Tanggu District',
    level: 'county',
    parentCode: MUNICIPAL_DISTRICTS_CODE,
    retired: true,
    successorCode: '120116',
  },
  {
    code: '120108',
    name: '汉沽区',
    nameEn: 'Hangu District',
    level: 'county',
    parentCode: MUNICIPAL_DISTRICTS_CODE,
    retired: true,
    successorCode: '120116',
  },
  {
    code: '120109',
    name: '大港区',
    nameEn: 'Dagang District',
    level: 'county',
    parentCode: MUNICIPAL_DISTRICTS_CODE,
    retired: true,
    successorCode: '120116',
  },
  {
    code: '120221',
    name: '宁河县',
    nameEn: 'Ninghe County',
    level: 'county',
    parentCode: FORMER_COUNTIES_CODE,
    retired: true,
    successorCode: '120117',
  },
  {
    code: '120222',
    name: '武清县',
    nameEn: 'Wuqing County',
    level: 'county',
    parentCode: FORMER_COUNTIES_CODE,
    retired: true,
    successorCode: '120114',
  },
  {
    code: '120223',
    name: '静海县',
    nameEn: 'Jinghai County',
    level: 'county',
    parentCode: FORMER_COUNTIES_CODE,
    retired: true,
    successorCode: '120118',
  },
  {
    code: '120224',
    name: '宝坻县',
    nameEn: 'Baodi County',
    level: 'county',
    parentCode: FORMER_COUNTIES_CODE,
    retired: true,
    successorCode: '120115',
  },
  {
    code: '120225',
    name: '蓟县',
    nameEn: 'Ji County',
    level: 'county',
    parentCode: FORMER_COUNTIES_CODE,
    retired: true,
    successorCode: '120119',
  },
];

export { townshipRegions, villageRegions };

/** Every seeded region, parents before children. */
export const regions: readonly SeedRegion[] = [
  ...topRegions,
  ...districtRegions,
  ...retiredCountyRegions,
  ...townshipRegions,
  ...villageRegions,
];
