// Streets (街道), towns (镇) and their communities (社区) and villages (村) for five districts.
//
// What is real and what is not:
// - Every township/street code and name below without `sample: true` matches the National Bureau of
//   Statistics' 统计用区划代码 (2021–2023 editions), whose 9-digit township codes follow GB/T 10114.
//   和平区 is complete (all 6 streets); the other districts are a selection.
// - The four communities of 劝业场街道 without `sample: true` (120101001001/002/009/012) are real
//   (2021 edition). Every other village/community is marked `sample: true`: its code is illustrative
//   and its name is plausible but not checked against the official list.
// - Following the statistical code practice, communities (居委会) use 001–199 and villages (村委会)
//   use 201–399 in the last three digits.

import type { SeedRegion } from './types.ts';

interface VillageRow {
  code: string;
  name: string;
  nameEn: string;
  sample?: true;
}

interface TownshipRow {
  code: string;
  name: string;
  nameEn: string;
  sample?: true;
  villages: VillageRow[];
}

interface DistrictTownships {
  district: string;
  townships: TownshipRow[];
}

const DATA: DistrictTownships[] = [
  {
    district: '120101', // 和平区: all six streets
    townships: [
      {
        code: '120101001',
        name: '劝业场街道',
        nameEn: 'Quanyechang Subdistrict',
        villages: [
          { code: '120101001001', name: '花园路社区', nameEn: 'Huayuanlu Community' },
          { code: '120101001002', name: '滨西社区', nameEn: 'Binxi Community' },
          { code: '120101001009', name: '福明社区', nameEn: 'Fuming Community' },
          { code: '120101001012', name: '新津社区', nameEn: 'Xinjin Community' },
        ],
      },
      {
        code: '120101002',
        name: '小白楼街道',
        nameEn: 'Xiaobailou Subdistrict',
        villages: [
          { code: '120101002001', name: '开封道社区', nameEn: 'Kaifengdao Community', sample: true },
          { code: '120101002002', name: '大沽北路社区', nameEn: 'Dagubeilu Community', sample: true },
          { code: '120101002003', name: '浙江路社区', nameEn: 'Zhejianglu Community', sample: true },
        ],
      },
      {
        code: '120101003',
        name: '五大道街道', // formerly 体育馆街道, same code
        nameEn: 'Wudadao Subdistrict',
        villages: [
          { code: '120101003001', name: '成都道社区', nameEn: 'Chengdudao Community', sample: true },
          { code: '120101003002', name: '重庆道社区', nameEn: 'Chongqingdao Community', sample: true },
          { code: '120101003003', name: '睦南道社区', nameEn: 'Munandao Community', sample: true },
        ],
      },
      {
        code: '120101004',
        name: '新兴街道',
        nameEn: 'Xinxing Subdistrict',
        villages: [
          { code: '120101004001', name: '朝阳里社区', nameEn: 'Chaoyangli Community', sample: true },
          { code: '120101004002', name: '西康路社区', nameEn: 'Xikanglu Community', sample: true },
        ],
      },
      {
        code: '120101005',
        name: '南营门街道',
        nameEn: 'Nanyingmen Subdistrict',
        villages: [
          { code: '120101005001', name: '长沙路社区', nameEn: 'Changshalu Community', sample: true },
          { code: '120101005002', name: '西宁道社区', nameEn: 'Xiningdao Community', sample: true },
        ],
      },
      {
        code: '120101006',
        name: '南市街道',
        nameEn: 'Nanshi Subdistrict',
        villages: [
          { code: '120101006001', name: '清和街社区', nameEn: 'Qinghejie Community', sample: true },
          { code: '120101006002', name: '荣业大街社区', nameEn: 'Rongyedajie Community', sample: true },
        ],
      },
    ],
  },
  {
    district: '120103', // 河西区: 4 of 14 streets
    townships: [
      {
        code: '120103001',
        name: '大营门街道',
        nameEn: 'Dayingmen Subdistrict',
        villages: [
          { code: '120103001001', name: '大营门社区', nameEn: 'Dayingmen Community', sample: true },
          { code: '120103001002', name: '广东路社区', nameEn: 'Guangdonglu Community', sample: true },
        ],
      },
      {
        code: '120103002',
        name: '下瓦房街道',
        nameEn: 'Xiawafang Subdistrict',
        villages: [
          { code: '120103002001', name: '下瓦房社区', nameEn: 'Xiawafang Community', sample: true },
          { code: '120103002002', name: '琼州道社区', nameEn: 'Qiongzhoudao Community', sample: true },
        ],
      },
      {
        code: '120103007',
        name: '友谊路街道',
        nameEn: 'Youyilu Subdistrict',
        villages: [
          { code: '120103007001', name: '友谊里社区', nameEn: 'Youyili Community', sample: true },
          { code: '120103007002', name: '平江道社区', nameEn: 'Pingjiangdao Community', sample: true },
        ],
      },
      {
        code: '120103013',
        name: '梅江街道',
        nameEn: 'Meijiang Subdistrict',
        villages: [
          { code: '120103013001', name: '芳水园社区', nameEn: 'Fangshuiyuan Community', sample: true },
          { code: '120103013002', name: '蓝水园社区', nameEn: 'Lanshuiyuan Community', sample: true },
        ],
      },
    ],
  },
  {
    district: '120104', // 南开区: 4 of 12 streets
    townships: [
      {
        code: '120104001',
        name: '长虹街道',
        nameEn: 'Changhong Subdistrict',
        villages: [
          { code: '120104001001', name: '长虹社区', nameEn: 'Changhong Community', sample: true },
          { code: '120104001002', name: '芥园西社区', nameEn: 'Jieyuanxi Community', sample: true },
        ],
      },
      {
        code: '120104002',
        name: '鼓楼街道',
        nameEn: 'Gulou Subdistrict',
        villages: [
          { code: '120104002001', name: '鼓楼东社区', nameEn: 'Guloudong Community', sample: true },
          { code: '120104002002', name: '城厢社区', nameEn: 'Chengxiang Community', sample: true },
        ],
      },
      {
        code: '120104006',
        name: '学府街道',
        nameEn: 'Xuefu Subdistrict',
        villages: [
          { code: '120104006001', name: '八里台社区', nameEn: 'Balitai Community', sample: true },
          { code: '120104006002', name: '天南社区', nameEn: 'Tiannan Community', sample: true },
        ],
      },
      {
        code: '120104012',
        name: '华苑街道',
        nameEn: 'Huayuan Subdistrict',
        villages: [
          { code: '120104012001', name: '日华里社区', nameEn: 'Rihuali Community', sample: true },
          { code: '120104012002', name: '碧华里社区', nameEn: 'Bihuali Community', sample: true },
          { code: '120104012003', name: '天华里社区', nameEn: 'Tianhuali Community', sample: true },
        ],
      },
    ],
  },
  {
    district: '120116', // 滨海新区: 3 streets and 1 town
    townships: [
      {
        code: '120116001',
        name: '塘沽街道',
        nameEn: 'Tanggu Subdistrict',
        villages: [
          { code: '120116001001', name: '解放路社区', nameEn: 'Jiefanglu Community', sample: true },
          { code: '120116001002', name: '上海道社区', nameEn: 'Shanghaidao Community', sample: true },
        ],
      },
      {
        code: '120116005',
        name: '杭州道街道',
        nameEn: 'Hangzhoudao Subdistrict',
        villages: [
          { code: '120116005001', name: '杭州道社区', nameEn: 'Hangzhoudao Community', sample: true },
          { code: '120116005002', name: '贻成社区', nameEn: 'Yicheng Community', sample: true },
        ],
      },
      {
        code: '120116012',
        name: '新港街道',
        nameEn: 'Xingang Subdistrict',
        villages: [
          { code: '120116012001', name: '新港社区', nameEn: 'Xingang Community', sample: true },
          { code: '120116012002', name: '港航社区', nameEn: 'Ganghang Community', sample: true },
        ],
      },
      {
        code: '120116158',
        name: '中塘镇',
        nameEn: 'Zhongtang Town',
        villages: [
          { code: '120116158201', name: '中塘村', nameEn: 'Zhongtang Village', sample: true },
          { code: '120116158202', name: '西河筒村', nameEn: 'Xihetong Village', sample: true },
          { code: '120116158203', name: '甜水井村', nameEn: 'Tianshuijing Village', sample: true },
        ],
      },
    ],
  },
  {
    district: '120114', // 武清区: 1 street and 3 towns
    townships: [
      {
        code: '120114001',
        name: '杨村街道',
        nameEn: 'Yangcun Subdistrict',
        villages: [
          { code: '120114001001', name: '和平里社区', nameEn: 'Hepingli Community', sample: true },
          { code: '120114001002', name: '运河社区', nameEn: 'Yunhe Community', sample: true },
        ],
      },
      {
        code: '120114101',
        name: '梅厂镇',
        nameEn: 'Meichang Town',
        villages: [
          { code: '120114101201', name: '梅厂村', nameEn: 'Meichang Village', sample: true },
          { code: '120114101202', name: '灰锅口村', nameEn: 'Huiguokou Village', sample: true },
          { code: '120114101203', name: '大沙河村', nameEn: 'Dashahe Village', sample: true },
        ],
      },
      {
        code: '120114103',
        name: '崔黄口镇',
        nameEn: 'Cuihuangkou Town',
        villages: [
          { code: '120114103201', name: '崔黄口村', nameEn: 'Cuihuangkou Village', sample: true },
          { code: '120114103202', name: '东洲村', nameEn: 'Dongzhou Village', sample: true },
        ],
      },
      {
        code: '120114109',
        name: '河西务镇',
        nameEn: 'Hexiwu Town',
        villages: [
          { code: '120114109201', name: '河西务村', nameEn: 'Hexiwu Village', sample: true },
          { code: '120114109202', name: '十四仓村', nameEn: 'Shisicang Village', sample: true },
        ],
      },
    ],
  },
];

function withSample<T extends SeedRegion>(region: T, sample: true | undefined): T {
  return sample ? { ...region, sample } : region;
}

/** Township- and street-level regions (9-digit codes). */
export const townshipRegions: readonly SeedRegion[] = DATA.flatMap(({ district, townships }) =>
  townships.map((t) =>
    withSample(
      { code: t.code, name: t.name, nameEn: t.nameEn, level: 'township', parentCode: district },
      t.sample,
    ),
  ),
);

/** Village- and community-level regions (12-digit codes). */
export const villageRegions: readonly SeedRegion[] = DATA.flatMap(({ townships }) =>
  townships.flatMap((t) =>
    t.villages.map((v) =>
      withSample(
        { code: v.code, name: v.name, nameEn: v.nameEn, level: 'village', parentCode: t.code },
        v.sample,
      ),
    ),
  ),
);
