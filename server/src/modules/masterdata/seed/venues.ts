// Venues (政务服务中心 / 便民服务中心 / 便民服务站) and their windows.
//
// The hierarchy is real (plan §3(二)1: city and districts have 政务服务中心, streets and towns
// 便民服务中心, villages and communities 便民服务站), and so are the window types (plan §3(二)2).
// Most venue details are NOT verified, and each venue lists them in `unverified`:
// - 天津市政务服务中心: in 河西区 near 梅江; the street address is from memory and unconfirmed.
// - District centres: street addresses are plausible roads in each district with invented numbers;
//   coordinates are approximate (the district's government seat area), not the building.
// - Convenience centres and stations: addresses describe the location, hours are typical values.
// - Phone: 12345 is Tianjin's real government-service hotline (12345政务服务便民热线); no venue's own
//   number is seeded.

import { CITY_SERVICE_OFFICE_ID, districtAgencyIds, townshipAgencyId } from './agencies.ts';
import { DISTRICTS, districtByCode } from './districts.ts';
import type { District } from './districts.ts';
import { TIANJIN_CODE, townshipRegions, villageRegions } from './regions.ts';
import type { SeedRegion, SeedVenue, SeedWindow } from './types.ts';

const HOTLINE = '12345';
const CENTRE_HOURS = '工作日 09:00-17:00（法定节假日除外；提供24小时预约审批服务）';
const CONVENIENCE_CENTRE_HOURS = '工作日 08:30-17:30（法定节假日除外）';
const STATION_HOURS = '工作日 08:30-17:00（法定节假日除外）';

function numbered(prefix: string, names: readonly string[], type: SeedWindow['type']): SeedWindow[] {
  return names.map((name, i) => ({ code: `${prefix}${String(i + 1).padStart(2, '0')}`, name, type }));
}

function professional(stationed: ReadonlyArray<readonly [name: string, agencyId: string]>): SeedWindow[] {
  return stationed.map(([name, agencyId], i) => ({
    code: `ZY${String(i + 1).padStart(2, '0')}`,
    name,
    type: 'professional',
    agencyId,
  }));
}

const cityCentre: SeedVenue = {
  id: 'zwfw-120000',
  code: 'ZWFW120000',
  name: '天津市政务服务中心',
  nameEn: 'Tianjin Municipal Government Service Centre',
  kind: 'service-centre',
  regionCode: TIANJIN_CODE,
  managingAgencyId: CITY_SERVICE_OFFICE_ID,
  address: '天津市河西区梅江道20号',
  phone: HOTLINE,
  hours: CENTRE_HOURS,
  geo: { lat: 39.067, lng: 117.216 },
  unverified: ['address', 'hours', 'geo'],
  windows: [
    ...numbered('ZX', ['综合咨询窗口（个人事项）', '综合咨询窗口（企业事项）'], 'consultation'),
    ...numbered(
      'SL',
      [
        '综合受理窗口（企业准入准营）',
        '综合受理窗口（投资建设）',
        '综合受理窗口（社会事务）',
        '综合受理窗口（交通运输）',
        '综合受理窗口（文化旅游）',
        '综合受理窗口（综合出件）',
      ],
      'comprehensive',
    ),
    ...numbered('BB', ['帮办代办窗口（老年人、残疾人优先）'], 'assisted'),
    ...numbered('KS', ['跨省通办窗口', '全市通办窗口'], 'cross-region'),
    ...numbered('TS', ['办不成事反映窗口'], 'complaint'),
    ...professional([
      ['公安专业窗口', 'tj-gaj'],
      ['税务专业窗口', 'tj-swj'],
      ['人力社保专业窗口', 'tj-rsj'],
      ['医疗保障专业窗口', 'tj-ybj'],
      ['住房公积金专业窗口', 'tj-gjjzx'],
      ['不动产登记专业窗口', 'tj-ghzyj'],
      ['公证与法律援助窗口', 'tj-sfj'],
      ['供电服务窗口', 'sgcc-tj'],
      ['供水服务窗口', 'tj-water-group'],
      ['燃气热力服务窗口', 'tj-energy-group'],
    ]),
  ],
};

interface CentreSite {
  address: string;
  geo: { lat: number; lng: number };
}

/** Illustrative addresses (real roads, invented numbers) and approximate coordinates. */
const DISTRICT_SITES: Readonly<Record<string, CentreSite>> = {
  '120101': { address: '天津市和平区南京路128号', geo: { lat: 39.117, lng: 117.205 } },
  '120102': { address: '天津市河东区十一经路78号', geo: { lat: 39.128, lng: 117.252 } },
  '120103': { address: '天津市河西区友谊路35号', geo: { lat: 39.098, lng: 117.219 } },
  '120104': { address: '天津市南开区红旗南路256号', geo: { lat: 39.118, lng: 117.155 } },
  '120105': { address: '天津市河北区中山路62号', geo: { lat: 39.157, lng: 117.198 } },
  '120106': { address: '天津市红桥区勤俭道118号', geo: { lat: 39.167, lng: 117.151 } },
  '120110': { address: '天津市东丽区跃进路42号', geo: { lat: 39.086, lng: 117.314 } },
  '120111': { address: '天津市西青区柳口路85号', geo: { lat: 39.139, lng: 117.012 } },
  '120112': { address: '天津市津南区津沽路166号', geo: { lat: 38.99, lng: 117.382 } },
  '120113': { address: '天津市北辰区京津路210号', geo: { lat: 39.225, lng: 117.135 } },
  '120114': { address: '天津市武清区雍阳西道99号', geo: { lat: 39.384, lng: 117.044 } },
  '120115': { address: '天津市宝坻区南环路58号', geo: { lat: 39.717, lng: 117.309 } },
  '120116': { address: '天津市滨海新区上海道2199号', geo: { lat: 39.03, lng: 117.7 } },
  '120117': { address: '天津市宁河区光明路31号', geo: { lat: 39.33, lng: 117.824 } },
  '120118': { address: '天津市静海区胜利大街76号', geo: { lat: 38.947, lng: 116.974 } },
  '120119': { address: '天津市蓟州区人民西路20号', geo: { lat: 40.046, lng: 117.408 } },
};

function districtCentre(d: District): SeedVenue {
  const site = DISTRICT_SITES[d.code];
  if (!site) throw new Error(`no site for district ${d.code}`);
  const ids = districtAgencyIds(d);
  return {
    id: `zwfw-${d.code}`,
    code: `ZWFW${d.code}`,
    name: `${d.name}政务服务中心`,
    nameEn: `${d.nameEn} Government Service Centre`,
    kind: 'service-centre',
    regionCode: d.code,
    managingAgencyId: ids.serviceOffice,
    address: site.address,
    phone: HOTLINE,
    hours: CENTRE_HOURS,
    geo: site.geo,
    unverified: ['address', 'hours', 'geo'],
    windows: [
      ...numbered('ZX', ['综合咨询窗口'], 'consultation'),
      ...numbered(
        'SL',
        [
          '综合受理窗口（企业准入准营）',
          '综合受理窗口（投资建设）',
          '综合受理窗口（社会事务）',
          '综合受理窗口（综合出件）',
        ],
        'comprehensive',
      ),
      ...numbered('BB', ['帮办代办窗口'], 'assisted'),
      ...numbered('KS', ['跨省通办/全市通办窗口'], 'cross-region'),
      ...numbered('TS', ['办不成事反映窗口'], 'complaint'),
      ...professional([
        ['公安专业窗口', ids.police],
        ['税务专业窗口', ids.tax],
        ['人力社保专业窗口', ids.humanResources],
      ]),
    ],
  };
}

function convenienceCentre(t: SeedRegion): SeedVenue {
  const d = districtByCode(t.code.slice(0, 6));
  return {
    id: `bmzx-${t.code}`,
    code: `BMZX${t.code}`,
    name: `${t.name}便民服务中心`,
    nameEn: `${t.nameEn} Convenience Service Centre`,
    kind: 'convenience-centre',
    regionCode: t.code,
    managingAgencyId: townshipAgencyId(t.code),
    address: `天津市${d.name}${t.name}党群服务中心一层`,
    phone: HOTLINE,
    hours: CONVENIENCE_CENTRE_HOURS,
    unverified: ['address', 'hours'],
    windows: [
      ...numbered('ZX', ['综合咨询窗口'], 'consultation'),
      ...numbered('SL', ['综合受理一号窗口', '综合受理二号窗口'], 'comprehensive'),
      ...numbered('BB', ['帮办代办窗口'], 'assisted'),
    ],
  };
}

function convenienceStation(v: SeedRegion): SeedVenue {
  const townshipCode = v.code.slice(0, 9);
  const township = townshipRegions.find((t) => t.code === townshipCode);
  if (!township) throw new Error(`no township ${townshipCode}`);
  const d = districtByCode(v.code.slice(0, 6));
  const committee = v.name.endsWith('村') ? '村民委员会' : '居民委员会';
  return {
    id: `bmz-${v.code}`,
    code: `BMZ${v.code}`,
    name: `${v.name}便民服务站`,
    nameEn: `${v.nameEn} Convenience Service Station`,
    kind: 'convenience-station',
    regionCode: v.code,
    managingAgencyId: townshipAgencyId(townshipCode),
    address: `天津市${d.name}${township.name}${v.name}${committee}`,
    phone: HOTLINE,
    hours: STATION_HOURS,
    unverified: ['address', 'hours'],
    windows: numbered('SL', ['综合受理窗口'], 'comprehensive'),
  };
}

export const serviceCentres: readonly SeedVenue[] = [cityCentre, ...DISTRICTS.map(districtCentre)];
export const convenienceCentres: readonly SeedVenue[] = townshipRegions.map(convenienceCentre);
export const convenienceStations: readonly SeedVenue[] = villageRegions.map(convenienceStation);

/** Every seeded venue, from the city centre down to the village stations. */
export const venues: readonly SeedVenue[] = [
  ...serviceCentres,
  ...convenienceCentres,
  ...convenienceStations,
];
