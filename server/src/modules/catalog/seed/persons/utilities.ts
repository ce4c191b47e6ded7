// 水电气过户 by the utilities the 2022 plan names (天津水务集团, 国网天津市电力公司, 天津能源集团 for
// gas): public services of state-owned enterprises (实施主体性质 9 其他), joined to the real-estate
// transfer in the 二手房转移登记及水电气联动过户 bundle (国发〔2024〕3号 lists it among the first
// 高效办成一件事). The new owner's 不动产权证书 comes from the e-license base, the old holder's bills
// are settled on the day from the meter reading, so nobody visits. The items carry the utilities'
// own term 户名变更 in their names: with 过户 in a name they outrank 不动产转移登记 for 买二手房过户.
//
// Phone numbers: 95598 is State Grid's real service hotline; the water and gas numbers are
// INVENTED for the demo (022-2xxxxxxx).
import type { AcceptingVenue, BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import { APPLICANT_FIELDS, CITY, DEMO_DISTRICTS, f, idCard, law, limit, material, steps } from './common.ts';
import { LT } from './license-types.ts';

const SUPPLY_CONTRACT = law(
  '《中华人民共和国民法典》',
  '第六百四十八条',
  '供用电合同是供电人向用电人供电，用电人支付电费的合同。向社会公众供电的供电人，不得拒绝用电人合理的订立合同要求。',
);
const OTHER_SUPPLY = law(
  '《中华人民共和国民法典》',
  '第六百五十六条',
  '供用水、供用气、供用热力合同，参照适用供用电合同的有关规定。',
);
const ONE_THING = law(
  '《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）',
  '附件',
  '二手房转移登记及水电气网联动过户一件事：将不动产转移登记与水、电、气、网过户等事项集成办理，实现一次申请、联动办理。',
);

interface Utility {
  item: BasicItemContent;
  agencyId: string;
  /** The utility's professional window at the city centre (venues.ts order: ZY08 电, ZY09 水, ZY10 气). */
  window: string;
  accountKey: string;
  phone: string;
  settle: string;
  /** Never 二手房过户 (nor 过户 in the name): a search for a home's 过户 must find 不动产转移登记. */
  keywords: string[];
}

const item = (name: string, basicCode: string, legalBasis = [OTHER_SUPPLY, ONE_THING]): BasicItemContent => ({
  name,
  basicCode,
  itemType: '20',
  legalBasis,
  exerciseLevel: '3',
  serviceTargets: ['1', '2'],
  themes: ['housing'],
});

const UTILITIES: readonly Utility[] = [
  {
    item: item('用水户名变更', '004120001000'),
    agencyId: 'tj-water-group',
    window: 'ZY09',
    accountKey: 'property.waterAccount',
    phone: '022-23306655',
    settle: '按过户当日水表读数结清原户水费',
    keywords: ['供水过户', '水过户', '水费过户', '自来水过户'],
  },
  {
    item: item('用电户名变更', '004220001000', [SUPPLY_CONTRACT, ONE_THING]),
    agencyId: 'sgcc-tj',
    window: 'ZY08',
    accountKey: 'property.powerAccount',
    phone: '95598',
    settle: '按过户当日电表示数（智能电表远程采集）结清原户电费',
    keywords: ['供电过户', '电过户', '电费过户', '用电更名'],
  },
  {
    item: item('燃气户名变更', '004320001000'),
    agencyId: 'tj-energy-group',
    window: 'ZY10',
    accountKey: 'property.gasAccount',
    phone: '022-23306677',
    settle: '按过户当日燃气表读数结清原户燃气费，过户后预约入户安全检查',
    keywords: ['燃气过户', '天然气过户', '煤气过户', '燃气更名'],
  },
];

/** The utility's own window at the city centre; the district centres' 社会事务 windows accept too. */
function venues(window: string): AcceptingVenue[] {
  return [
    { venueId: 'zwfw-120000', mode: 'own-window', windowCodes: [window] },
    ...DEMO_DISTRICTS.map((d): AcceptingVenue => ({
      venueId: `zwfw-${d.code}`,
      mode: 'comprehensive',
      windowCodes: ['SL03'],
    })),
  ];
}

function transfer(u: Utility): SeedImplementation {
  const content = implementationOf(u.item, {
    agencyNature: '9',
    caseType: '2',
    statutoryLimit: limit(5),
    promisedLimit: limit(1),
    limitNote: '与不动产转移登记联动的，登簿后自动推送过户信息，1个工作日内办结，户号不变。',
    conditions: [
      { id: 'owner', text: '申请人已取得该房屋的不动产权证书（不动产转移登记已登簿）' },
      { id: 'settled', text: '原户主的费用已结清（过户当日按表数结算）' },
    ],
    materials: [
      idCard('id-card', '新户主'),
      material('certificate', '不动产权证书', '电子证照库调取新户主名下的不动产权证书', {
        issuer: '不动产登记机构',
        source: 'e-license',
        licenseType: LT.realEstateCertificate,
        format: 'electronic',
        originals: 0,
      }),
    ],
    procedure: steps([0, 1, 0, 0], {
      review: u.settle,
      decide: '变更户名并与新户主签订供用合同（电子签约）',
      deliver: '短信通知新户主，电子合同推送至“津心办”',
    }),
    result: { type: 'document', name: `${u.item.name}确认单（电子供用合同）` },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    acceptingVenues: venues(u.window),
    cityWide: true,
    appointment: false,
    consultationPhone: u.phone,
    faqs: [
      {
        question: '房屋买卖后，水电气要分别去营业厅办理吗？',
        answer: '不用。申请二手房转移登记时选择联动过户，登记完成后水、电、气过户自动办理，户号不变。',
      },
    ],
    keywords: u.keywords,
    formFields: [
      ...APPLICANT_FIELDS,
      f('property.certificateNumber'),
      f('property.address'),
      f(u.accountKey),
    ],
  });
  return { agencyId: u.agencyId, regionCode: CITY, serial: 1, content };
}

export const UTILITY_ITEMS = UTILITIES.map((u) => u.item);
export const UTILITY_IMPLEMENTATIONS: SeedImplementation[] = UTILITIES.map(transfer);
