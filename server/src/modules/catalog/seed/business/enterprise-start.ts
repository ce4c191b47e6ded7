// The registrations that follow 设立登记 in Tianjin's 企业开办: the district tax bureau's 新办纳税人
// “套餐式”服务 (tax information confirmed and 数电发票 granted in one go), the district 人社局's
// employer social-insurance registration and the city 住房公积金管理中心's employer deposit
// registration. All three read the new enterprise from the e-license and legal-person bases, are
// done on the spot and never need a visit; the district centres' 企业开办 window (SL01) accepts them.
// The USCC is not asked for while the company is being set up (the registration result fills it).
import type { AcceptingVenue, BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  BIZ_DISTRICTS,
  type BizDistrict,
  businessLicence,
  CITY,
  districtVenues,
  f,
  law,
  material,
  ON_THE_SPOT,
  ONLINE_URL,
  onTheSpotSteps,
  POWER_RESPONSIBILITY,
  powerOfAttorney,
  representativeId,
  WINDOWS,
} from './common.ts';
import { CITY_SERIAL, DISTRICT_SERIAL } from './serials.ts';

/** The enterprise block of a registration that follows 设立登记 (the USCC comes from its result). */
const NEW_ENTERPRISE_FIELDS = [
  f('enterprise.name'),
  f('enterprise.uscc', false, { help: '新设立企业由设立登记结果自动带出' }),
  f('enterprise.legalRepName'),
  f('enterprise.address'),
  f('enterprise.contactName'),
  f('enterprise.contactPhone'),
];

const BANK_ACCOUNT_FIELDS = [
  f('bank.accountName', true, { title: '单位账户名称' }),
  f('bank.bankName', true, { title: '开户银行' }),
  f('bank.accountNumber', true, { title: '单位银行账号' }),
];

export const newTaxpayerItem: BasicItemContent = {
  name: '新办纳税人税务信息确认及发票申领',
  basicCode: '002810001000',
  itemType: '10',
  legalBasis: [
    law(
      '《中华人民共和国税收征收管理法》',
      '第十五条',
      '企业，企业在外地设立的分支机构和从事生产、经营的场所，个体工商户和从事生产、经营的事业单位（以下统称从事生产、经营的纳税人）自领取营业执照之日起三十日内，持有关证件，向税务机关申报办理税务登记。',
    ),
    law(
      '《中华人民共和国发票管理办法》',
      '第十五条',
      '需要领用发票的单位和个人，应当持设立登记证件或者税务登记证件，以及经办人身份证明，向主管税务机关办理发票领用手续。主管税务机关根据领用单位和个人的经营范围、规模和风险等级，在5个工作日内确认领用发票的种类、数量以及领用方式。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['2', '3', '4', '6'],
  themes: ['establishment', 'tax'],
};

export const employerInsuranceItem: BasicItemContent = {
  name: '单位社会保险登记',
  basicCode: '001520007000',
  itemType: '20',
  legalBasis: [
    law(
      '《中华人民共和国社会保险法》',
      '第五十七条',
      '用人单位应当自成立之日起三十日内凭营业执照、登记证书或者单位印章，向当地社会保险经办机构申请办理社会保险登记。社会保险经办机构应当自收到申请之日起十五日内予以审核，发给社会保险登记证件。',
    ),
    law(
      '《中华人民共和国社会保险法》',
      '第五十八条',
      '用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['2', '3', '4', '6'],
  themes: ['establishment', 'social-insurance', 'labour'],
};

export const employerFundItem: BasicItemContent = {
  name: '住房公积金单位缴存登记',
  basicCode: '002120002000',
  itemType: '20',
  legalBasis: [
    law(
      '《住房公积金管理条例》',
      '第十三条',
      '单位应当向住房公积金管理中心办理住房公积金缴存登记，并为本单位职工办理住房公积金账户设立手续。每个职工只能有一个住房公积金账户。',
    ),
    law(
      '《住房公积金管理条例》',
      '第十四条',
      '新设立的单位应当自设立之日起30日内向住房公积金管理中心办理住房公积金缴存登记，并自登记之日起20日内，为本单位职工办理住房公积金账户设立手续。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['2', '3', '4', '6'],
  themes: ['establishment', 'housing'],
};

const licensed = {
  id: 'licensed',
  text: '已依法登记并取得营业执照（“多证合一”，统一社会信用代码即纳税人识别号）',
};

function newTaxpayer(d: BizDistrict): SeedImplementation {
  const content = implementationOf(newTaxpayerItem, {
    caseType: '1',
    statutoryLimit: { kind: 'period', value: 5, unit: 'working-days' },
    promisedLimit: ON_THE_SPOT,
    limitNote: '新办纳税人“套餐式”服务：税务信息确认、税费种认定、数电发票票种核定和开票额度一次办结。',
    conditions: [licensed, { id: 'scope', text: '领用发票的，经营范围和业务需要开具发票' }],
    questions: [
      {
        id: 'invoice',
        text: '是否同时申领发票',
        options: [
          { id: 'digital', label: '申领数电发票（全面数字化的电子发票），系统赋予开票额度' },
          { id: 'none', label: '暂不申领发票，仅确认税务信息' },
        ],
      },
    ],
    materials: [
      businessLicence(),
      representativeId(),
      material(
        'taxpayer-form',
        '新办纳税人涉税事项综合申请表',
        '网上填报，登记信息由系统自动带出，法定代表人电子签名',
        {
          format: 'electronic',
        },
      ),
      material('accounting', '财务会计制度及核算软件备案报告', '网上填报适用的会计制度', {
        format: 'electronic',
        deficiencyAllowed: true,
      }),
      powerOfAttorney(),
    ],
    procedure: onTheSpotSteps('确认登记信息、认定税费种，核定数电发票票种并赋予开票额度'),
    result: { type: 'document', name: '税务事项通知书（税务信息确认、发票票种核定）' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    onlineUrl: ONLINE_URL,
    acceptingVenues: districtVenues(d, [...WINDOWS.entry, 'ZY02']),
    cityWide: true,
    appointment: false,
    consultationPhone: '022-12366',
    faqs: [
      {
        question: '新开公司多久能开发票？',
        answer: '设立登记后同步推送税务，确认信息后即可领用数电发票，无需领购税控设备。',
      },
      { question: '还要办税务登记证吗？', answer: '不需要。“多证合一”后营业执照即具有税务登记证的作用。' },
    ],
    formFields: [
      ...NEW_ENTERPRISE_FIELDS,
      f('enterprise.taxpayerKind', true, { widget: 'radio' }),
      f('enterprise.financeManagerName'),
      f('enterprise.financeManagerPhone'),
      ...BANK_ACCOUNT_FIELDS,
    ],
    lists: [POWER_RESPONSIBILITY],
    keywords: ['税务登记', '新办纳税人', '领发票', '发票申领', '数电发票', '套餐式服务'],
  });
  return { agencyId: `${d.slug}-swj`, regionCode: d.code, serial: DISTRICT_SERIAL.swj.newTaxpayer, content };
}

function employerInsurance(d: BizDistrict): SeedImplementation {
  const content = implementationOf(employerInsuranceItem, {
    caseType: '1',
    statutoryLimit: { kind: 'period', value: 15, unit: 'natural-days' },
    promisedLimit: ON_THE_SPOT,
    limitNote: '与设立登记信息共享，登记后即可为职工办理参保（增员）。',
    conditions: [
      licensed,
      { id: 'within-30', text: '自成立之日起三十日内申请，用工的自用工之日起三十日内为职工参保' },
    ],
    materials: [businessLicence(), representativeId(), powerOfAttorney()],
    procedure: onTheSpotSteps('登记单位参保信息和险种（养老、医疗、失业、工伤、生育），生成单位社会保险编号'),
    result: { type: 'document', name: '社会保险登记信息（单位社会保险编号）' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    onlineUrl: ONLINE_URL,
    acceptingVenues: districtVenues(d, [...WINDOWS.entry, 'ZY03']),
    cityWide: true,
    appointment: false,
    consultationPhone: '022-12333',
    faqs: [
      {
        question: '公司刚成立还没招人，要办社保登记吗？',
        answer: '成立之日起三十日内应当办理单位社会保险登记；招用职工后三十日内为职工办理参保。',
      },
    ],
    formFields: [
      ...NEW_ENTERPRISE_FIELDS,
      f('enterprise.employees'),
      f('application.startDate', true, { title: '用工起始日期' }),
      ...BANK_ACCOUNT_FIELDS,
    ],
    keywords: ['社保登记', '单位参保', '社保开户', '企业社保'],
  });
  return {
    agencyId: `${d.slug}-rsj`,
    regionCode: d.code,
    serial: DISTRICT_SERIAL.rsj.employerInsurance,
    content,
  };
}

/** The fund centre's own window at the city centre; the districts' 企业开办 windows accept for it. */
const FUND_VENUES: AcceptingVenue[] = [
  { venueId: 'zwfw-120000', mode: 'own-window', windowCodes: ['ZY05'] },
  ...BIZ_DISTRICTS.map((d): AcceptingVenue => ({
    venueId: `zwfw-${d.code}`,
    mode: 'comprehensive',
    windowCodes: [...WINDOWS.entry],
  })),
];

const employerFund: SeedImplementation = {
  agencyId: 'tj-gjjzx',
  regionCode: CITY,
  serial: CITY_SERIAL.gjjzx.employerDeposit,
  content: implementationOf(employerFundItem, {
    agencyNature: '2',
    caseType: '1',
    statutoryLimit: { kind: 'period', value: 30, unit: 'natural-days' },
    promisedLimit: ON_THE_SPOT,
    limitNote: '企业开办时同步办理；登记后二十日内为职工设立个人账户。',
    conditions: [licensed, { id: 'rate', text: '缴存比例在5%至12%之间，单位和职工比例相同' }],
    materials: [
      businessLicence(),
      representativeId(),
      material('deposit-form', '住房公积金单位缴存登记表', '网上填报，系统生成，加盖单位电子印章', {
        format: 'electronic',
      }),
      powerOfAttorney(),
    ],
    procedure: onTheSpotSteps('登记单位缴存信息，开立单位住房公积金账户'),
    result: { type: 'document', name: '住房公积金单位登记信息（单位账号）' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    onlineUrl: ONLINE_URL,
    acceptingVenues: FUND_VENUES,
    cityWide: true,
    appointment: false,
    consultationPhone: '022-12329',
    faqs: [
      {
        question: '新成立的公司必须开公积金账户吗？',
        answer: '是。新设立的单位应当自设立之日起30日内办理缴存登记，企业开办时可一并办理。',
      },
    ],
    formFields: [
      ...NEW_ENTERPRISE_FIELDS,
      f('enterprise.employees'),
      f('enterprise.fundRate'),
      ...BANK_ACCOUNT_FIELDS,
    ],
    keywords: ['公积金开户', '单位公积金', '缴存登记', '公积金单位开户'],
  }),
};

export const ENTERPRISE_START_ITEMS: readonly BasicItemContent[] = [
  newTaxpayerItem,
  employerInsuranceItem,
  employerFundItem,
];
export const ENTERPRISE_START_IMPLEMENTATIONS: readonly SeedImplementation[] = [
  ...BIZ_DISTRICTS.flatMap((d) => [newTaxpayer(d), employerInsurance(d)]),
  employerFund,
];
