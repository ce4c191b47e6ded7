// The 16 districts of Tianjin (GB/T 2260 codes, all real). Regions, agencies and venues are built
// from this one list so that they cannot drift apart.

export interface District {
  /** GB/T 2260 county-level code. */
  code: string;
  name: string;
  nameEn: string;
  /** Slug used in agency and venue ids. */
  slug: string;
  /** Name without 区 / 新区, as used in e.g. 天津市公安局和平分局. */
  short: string;
  /** Pinyin of `short`, for English names of branch agencies. */
  shortEn: string;
}

export const DISTRICTS: readonly District[] = [
  { code: '120101', name: '和平区', nameEn: 'Heping District', slug: 'hp', short: '和平', shortEn: 'Heping' },
  { code: '120102', name: '河东区', nameEn: 'Hedong District', slug: 'hd', short: '河东', shortEn: 'Hedong' },
  { code: '120103', name: '河西区', nameEn: 'Hexi District', slug: 'hx', short: '河西', shortEn: 'Hexi' },
  { code: '120104', name: '南开区', nameEn: 'Nankai District', slug: 'nk', short: '南开', shortEn: 'Nankai' },
  { code: '120105', name: '河北区', nameEn: 'Hebei District', slug: 'hb', short: '河北', shortEn: 'Hebei' },
  {
    code: '120106',
    name: '红桥区',
    nameEn: 'Hongqiao District',
    slug: 'hq',
    short: '红桥',
    shortEn: 'Hongqiao',
  },
  { code: '120110', name: '东丽区', nameEn: 'Dongli District', slug: 'dl', short: '东丽', shortEn: 'Dongli' },
  { code: '120111', name: '西青区', nameEn: 'Xiqing District', slug: 'xq', short: '西青', shortEn: 'Xiqing' },
  { code: '120112', name: '津南区', nameEn: 'Jinnan District', slug: 'jn', short: '津南', shortEn: 'Jinnan' },
  {
    code: '120113',
    name: '北辰区',
    nameEn: 'Beichen District',
    slug: 'bc',
    short: '北辰',
    shortEn: 'Beichen',
  },
  { code: '120114', name: '武清区', nameEn: 'Wuqing District', slug: 'wq', short: '武清', shortEn: 'Wuqing' },
  { code: '120115', name: '宝坻区', nameEn: 'Baodi District', slug: 'bd', short: '宝坻', shortEn: 'Baodi' },
  {
    code: '120116',
    name: '滨海新区',
    nameEn: 'Binhai New Area',
    slug: 'bh',
    short: '滨海',
    shortEn: 'Binhai',
  },
  { code: '120117', name: '宁河区', nameEn: 'Ninghe District', slug: 'nh', short: '宁河', shortEn: 'Ninghe' },
  {
    code: '120118',
    name: '静海区',
    nameEn: 'Jinghai District',
    slug: 'jh',
    short: '静海',
    shortEn: 'Jinghai',
  },
  { code: '120119', name: '蓟州区', nameEn: 'Jizhou District', slug: 'jz', short: '蓟州', shortEn: 'Jizhou' },
];

/** The district with this code; throws when there is none (a bug in the seed data). */
export function districtByCode(code: string): District {
  const found = DISTRICTS.find((d) => d.code === code);
  if (!found) throw new Error(`no district ${code}`);
  return found;
}
