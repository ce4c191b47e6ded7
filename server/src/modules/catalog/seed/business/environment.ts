// The 市生态环境局: 排污许可 (also issued by the 滨海新区行政审批局), and two enforcement powers over
// polluters — site inspection and the seizure of polluting equipment (《中华人民共和国环境保护法》
// 第二十四条、第二十五条). No 告知承诺 for the permit: ecology is excluded (国办发〔2020〕42号); the
// 承诺书 the regulation asks for is an ordinary material.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  BINHAI,
  businessLicence,
  CITY,
  cityVenues,
  districtVenues,
  ENTERPRISE_FIELDS,
  enforcementSteps,
  f,
  law,
  LICENSING_LISTS,
  licensingSteps,
  limit,
  material,
  ON_THE_SPOT,
  onTheSpotSteps,
  powerOfAttorney,
  WINDOWS,
} from './common.ts';
import { enforcementOf, powerItem } from './enforcement.ts';
import { BLT } from './license-types.ts';
import { CITY_SERIAL, XZSPJ_SERIAL } from './serials.ts';

const PHONE = '022-87671500';
const S = CITY_SERIAL.sthjj;

export const pollutantDischargeItem: BasicItemContent = {
  name: '排污许可',
  basicCode: '000131010000',
  itemType: '01',
  legalBasis: [
    law(
      '《中华人民共和国环境保护法》',
      '第四十五条',
      '国家依照法律规定实行排污许可管理制度。实行排污许可管理的企业事业单位和其他生产经营者应当按照排污许可证的要求排放污染物；未取得排污许可证的，不得排放污染物。',
    ),
    law(
      '《排污许可管理条例》',
      '第二条',
      '依照法律规定实行排污许可管理的企业事业单位和其他生产经营者，应当依照本条例规定申请取得排污许可证；未取得排污许可证的，不得排放污染物。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['2', '3'],
  themes: ['environment', 'licensing'],
};

export const siteInspectionItem = powerItem(
  '对排放污染物的企业事业单位和其他生产经营者的现场检查',
  '000631020000',
  '06',
  [
    law(
      '《中华人民共和国环境保护法》',
      '第二十四条',
      '县级以上人民政府环境保护主管部门及其委托的环境监察机构和其他负有环境保护监督管理职责的部门，有权对排放污染物的企业事业单位和其他生产经营者进行现场检查。被检查者应当如实反映情况，提供必要的资料。',
    ),
  ],
  ['environment'],
);

export const pollutionSeizureItem = powerItem(
  '对违法排放污染物造成或者可能造成严重污染的设施、设备的查封、扣押',
  '000331020000',
  '03',
  [
    law(
      '《中华人民共和国环境保护法》',
      '第二十五条',
      '企业事业单位和其他生产经营者违反法律法规规定排放污染物，造成或者可能造成严重污染的，县级以上人民政府环境保护主管部门和其他负有环境保护监督管理职责的部门，可以查封、扣押造成污染物排放的设施、设备。',
    ),
  ],
  ['environment'],
);

const KEY = { management: ['key'] };

function pollutantDischarge(
  agencyId: string,
  regionCode: string,
  serial: number,
  venues: ReturnType<typeof cityVenues>,
  phone: string,
): SeedImplementation {
  const content = implementationOf(pollutantDischargeItem, {
    caseType: '2',
    statutoryLimit: limit(30),
    promisedLimit: limit(15),
    limitNote:
      '《排污许可管理条例》：简化管理的20日内、重点管理的30日内作出审批决定，需要现场核查的45日内；技术评估时间不计入承诺时限。',
    conditions: [
      {
        id: 'eia',
        text: '依法取得建设项目环境影响评价文件审批意见，或按规定经地方人民政府依法处理、整顿规范',
      },
      {
        id: 'standards',
        text: '污染防治设施、污染物排放浓度和排放量符合国家和本市污染物排放标准、总量控制要求',
      },
      { id: 'monitoring', text: '自行监测方案符合排污许可证申请与核发技术规范' },
    ],
    questions: [
      {
        id: 'management',
        text: '排污许可管理类别（按《固定污染源排污许可分类管理名录》）',
        help: '实行登记管理的排污单位无需申请许可证，在全国排污许可证管理信息平台填报排污登记表即可',
        options: [
          { id: 'key', label: '重点管理' },
          { id: 'simplified', label: '简化管理', statutoryLimit: limit(20), promisedLimit: limit(10) },
        ],
      },
      {
        id: 'kind',
        text: '申请类型',
        options: [
          { id: 'new', label: '首次申请' },
          { id: 'change', label: '变更（排污单位名称、地址、法定代表人等）', promisedLimit: limit(5) },
          { id: 'reapply', label: '重新申请（新建、改建、扩建排放口，排放污染物种类或数量增加）' },
          { id: 'renew', label: '延续（有效期届满）' },
        ],
      },
    ],
    materials: [
      material(
        'application',
        '排污许可证申请表',
        '在全国排污许可证管理信息平台填报后打印，法定代表人签字并加盖公章',
        { format: 'both' },
      ),
      businessLicence(),
      material('eia-approval', '建设项目环境影响评价文件审批文号', '通过环评审批信息共享核验', {
        requirement: 'situational',
        when: { kind: ['new', 'reapply'] },
        source: 'shared-data',
        sharedDataset: 'eia-approval',
        format: 'electronic',
        originals: 0,
      }),
      material('monitoring-plan', '自行监测方案', '监测点位、指标、频次符合技术规范'),
      material(
        'pledge',
        '法定代表人或主要负责人签字（盖章）的承诺书',
        '承诺对申请材料真实性、完整性、合法性负责，按证排污',
        {},
      ),
      material('outlets', '排放口规范化情况说明', '附排放口位置图和标志牌照片', { deficiencyAllowed: true }),
      material('disclosure', '申请前信息公开情况说明表', '公开时间不少于5个工作日', {
        requirement: 'situational',
        when: KEY,
      }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 8, 4, 1], {
      review: '审查申请材料；重点管理的组织技术评估，需要时现场核查',
    }),
    specialProcedures: [
      {
        kind: 'expert-review',
        maxWorkingDays: 10,
        basis:
          '《排污许可管理条例》：审批部门可以组织技术机构对排污许可证申请材料进行技术评估，不得向排污单位收取费用',
      },
      { kind: 'inspection', maxWorkingDays: 10, basis: '对排污单位进行现场核查' },
    ],
    result: { type: 'certificate', name: '排污许可证', licenseType: BLT.pollutantDischarge },
    handlingModes: ['1', '2'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: 'https://permit.mee.gov.cn/',
    acceptingVenues: venues,
    consultationPhone: phone,
    supervisionPhone: '022-12369',
    faqs: [
      {
        question: '排污许可证有效期多长？',
        answer: '5年。需要延续的，应当在有效期届满60日前向审批部门提出申请。',
      },
      {
        question: '小饭店、小作坊也要办排污许可证吗？',
        answer:
          '按《固定污染源排污许可分类管理名录》确定：列入登记管理的只需填报排污登记表，不需要申请许可证。',
      },
    ],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('business.industryCode'),
      f('business.dischargeManagement', true, { widget: 'radio' }),
      f('business.pollutants', true, { widget: 'textarea' }),
      f('business.dischargeOutlets'),
      f('business.premisesAddress', true, { title: '生产经营场所地址' }),
    ],
    lists: [...LICENSING_LISTS],
    keywords: ['排污', '排污证', '污水排放', '废气排放', '环保手续', '排污许可证', '环保许可'],
  });
  return { agencyId, regionCode, serial, content };
}

const enforcement = (serial: number, basic: BasicItemContent, spec: Parameters<typeof enforcementOf>[4]) =>
  enforcementOf('tj-sthjj', serial, PHONE, basic, spec);

const siteInspection = enforcement(S.siteInspection, siteInspectionItem, {
  caseType: '1',
  statutoryLimit: ON_THE_SPOT,
  promisedLimit: ON_THE_SPOT,
  limitNote: '现场检查当场制作检查笔录；需要监测的，监测结果出具后另行告知。',
  procedure: onTheSpotSteps('执法人员出示证件，检查污染防治设施运行、自动监测数据和台账，制作现场检查笔录'),
  result: { type: 'document', name: '现场检查（勘察）笔录' },
  keywords: ['环保检查', '偷排', '排污检查'],
});

const pollutionSeizure = enforcement(S.seizure, pollutionSeizureItem, {
  caseType: '2',
  statutoryLimit: limit(30, 'natural-days'),
  promisedLimit: limit(30, 'natural-days'),
  limitNote: '查封、扣押期限不超过三十日，情况复杂的经负责人批准可延长三十日；检测、技术鉴定期间不计入。',
  procedure: enforcementSteps(['报批', '实施查封扣押', '处理决定', '送达'], [1, 1, 28]),
  specialProcedures: [
    {
      kind: 'testing',
      maxWorkingDays: 15,
      basis: '需要对污染物进行监测或技术鉴定的，期间不计入查封、扣押期限',
    },
  ],
  result: { type: 'document', name: '查封（扣押）决定书及清单' },
  keywords: ['查封', '扣押', '偷排污水', '超标排放'],
});

export const ENVIRONMENT_ITEMS: readonly BasicItemContent[] = [
  pollutantDischargeItem,
  siteInspectionItem,
  pollutionSeizureItem,
];
export const ENVIRONMENT_IMPLEMENTATIONS: readonly SeedImplementation[] = [
  pollutantDischarge('tj-sthjj', CITY, S.pollutantDischarge, cityVenues(WINDOWS.construction), PHONE),
  pollutantDischarge(
    'bh-xzspj',
    BINHAI.code,
    XZSPJ_SERIAL.pollutantDischarge,
    districtVenues(BINHAI, WINDOWS.construction),
    BINHAI.phone,
  ),
  siteInspection,
  pollutionSeizure,
];
