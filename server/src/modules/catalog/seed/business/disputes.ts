// Applications to the 市市场监管委 (also 天津市知识产权局) that are not licences: dispute rulings
// (行政裁决: 专利侵权纠纷, 企业名称争议) and a correction of the credit record (其他行政权力: 移出经营
// 异常名录). Parties apply at the city centre's enterprise window or online.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  businessLicence,
  CITY,
  cityVenues,
  ENTERPRISE_FIELDS,
  f,
  law,
  legalPersonData,
  licensingSteps,
  limit,
  material,
  ONLINE_URL,
  POWER_RESPONSIBILITY,
  powerOfAttorney,
  WINDOWS,
} from './common.ts';
import { powerItem as item } from './enforcement.ts';
import { CITY_SERIAL } from './serials.ts';

const AGENCY = 'tj-scjgw';
const PHONE = '022-12315';
const S = CITY_SERIAL.scjgw;

export const patentDisputeItem = item(
  '专利侵权纠纷行政裁决',
  '000927000100',
  '09',
  [
    law(
      '《中华人民共和国专利法》',
      '第六十五条',
      '未经专利权人许可，实施其专利，即侵犯其专利权，引起纠纷的，由当事人协商解决；不愿协商或者协商不成的，专利权人或者利害关系人可以向人民法院起诉，也可以请求管理专利工作的部门处理。管理专利工作的部门处理时，认定侵权行为成立的，可以责令侵权人立即停止侵权行为。',
    ),
  ],
  ['licensing'],
);

export const nameDisputeItem = item(
  '企业名称争议裁决',
  '000927000200',
  '09',
  [
    law(
      '《企业名称登记管理规定》',
      '第二十一条',
      '企业认为其他企业名称侵犯本企业名称合法权益的，可以向人民法院起诉或者请求为涉嫌侵权企业办理登记的企业登记机关处理。企业登记机关受理申请后，可以进行调解；调解不成的，企业登记机关应当自受理之日起3个月内作出行政裁决。',
    ),
  ],
  ['establishment'],
);

export const abnormalListItem = item(
  '移出经营异常名录',
  '001027000100',
  '10',
  [
    law(
      '《企业经营异常名录管理暂行办法》',
      '第十一条',
      '依照本办法第四条规定被列入经营异常名录的企业，可以在补报未报年份的年度报告并公示后，申请移出经营异常名录，工商行政管理部门应当自收到申请之日起5个工作日内作出移出决定。',
    ),
  ],
  ['establishment'],
);

const CASE_WINDOW = cityVenues(WINDOWS.entry);

const patentDispute: SeedImplementation = {
  agencyId: AGENCY,
  regionCode: CITY,
  serial: S.patentDispute,
  content: implementationOf(patentDisputeItem, {
    caseType: '2',
    statutoryLimit: limit(3, 'months'),
    promisedLimit: limit(3, 'months'),
    limitNote: '自立案之日起三个月内结案；案件特别复杂的经负责人批准可延长，最多不超过一个月。',
    conditions: [
      { id: 'party', text: '请求人是专利权人或者利害关系人，有明确的被请求人' },
      { id: 'no-court', text: '当事人未就该专利侵权纠纷向人民法院起诉' },
    ],
    materials: [
      material('request', '专利侵权纠纷处理请求书', '写明当事人信息、请求事项、事实和理由，签字或盖章', {
        copies: 1,
      }),
      material(
        'patent-proof',
        '专利权有效的证明（专利登记簿副本或专利证书及缴费凭证）',
        '与请求书所述专利一致，在有效期内',
      ),
      material('evidence', '侵权证据材料', '能够证明被请求人实施了涉案专利', {
        copies: 1,
        deficiencyAllowed: true,
      }),
      businessLicence({ requirement: 'optional', notes: '请求人为企业的自动调取' }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([5, 40, 10, 5], {
      review: '立案后送达被请求人答辩，调查取证、口头审理',
      decide: '作出处理决定',
    }),
    specialProcedures: [
      {
        kind: 'hearing',
        maxWorkingDays: 20,
        basis: '《专利行政执法办法》：根据案情需要决定是否进行口头审理',
      },
    ],
    result: { type: 'document', name: '专利侵权纠纷处理决定书' },
    // Filed online or by post with the 市知识产权局 itself; no window in the service centre.
    handlingModes: ['2', '4'],
    visits: 1,
    visitsReason: '口头审理须当事人到市知识产权局审理庭参加',
    onlineDepth: '4',
    onlineUrl: ONLINE_URL,
    acceptingVenues: [],
    notInCentre: {
      reason:
        '专利侵权纠纷须组织口头审理和技术比对，由市知识产权局（市市场监管委）专门受理、审理，不进驻政务服务中心',
    },
    consultationPhone: '022-12330',
    supervisionPhone: '022-12345',
    lists: [POWER_RESPONSIBILITY],
    keywords: ['专利侵权', '仿冒专利', '知识产权纠纷', '专利投诉'],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('application.description', true, { title: '请求事项和理由', widget: 'textarea' }),
    ],
  }),
};

const nameDispute: SeedImplementation = {
  agencyId: AGENCY,
  regionCode: CITY,
  serial: S.nameDispute,
  content: implementationOf(nameDisputeItem, {
    caseType: '2',
    statutoryLimit: limit(3, 'months'),
    promisedLimit: limit(2, 'months'),
    conditions: [
      { id: 'registered', text: '争议双方的企业名称均已登记，请求人认为被请求人名称侵犯本企业名称合法权益' },
    ],
    materials: [
      material('request', '企业名称争议裁决申请书', '写明争议事实、理由和请求，加盖公章'),
      businessLicence(),
      material('evidence', '名称权益受到侵害的证据', '如知名度证明、混淆误认的事实材料', {
        deficiencyAllowed: true,
      }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([5, 30, 5, 3], {
      review: '送达被申请人答辩，组织调解',
      decide: '调解不成的作出行政裁决',
    }),
    result: { type: 'document', name: '企业名称争议行政裁决书' },
    handlingModes: ['1', '2'],
    visits: 1,
    visitsReason: '组织调解时须双方当事人到场',
    onlineDepth: '4',
    onlineUrl: ONLINE_URL,
    acceptingVenues: CASE_WINDOW,
    consultationPhone: PHONE,
    supervisionPhone: '022-12345',
    lists: [POWER_RESPONSIBILITY],
    keywords: ['名称侵权', '公司重名', '字号纠纷'],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('application.description', true, { title: '争议事实和理由', widget: 'textarea' }),
    ],
  }),
};

const abnormalList: SeedImplementation = {
  agencyId: AGENCY,
  regionCode: CITY,
  serial: S.abnormalList,
  content: implementationOf(abnormalListItem, {
    caseType: '2',
    statutoryLimit: limit(5),
    promisedLimit: limit(1),
    conditions: [
      {
        id: 'cured',
        text: '列入经营异常名录的情形已消除（已补报年度报告、已更正公示信息或已恢复与登记住所的联系）',
      },
    ],
    questions: [
      {
        id: 'reason',
        text: '被列入经营异常名录的原因',
        options: [
          { id: 'annual-report', label: '未按时公示年度报告' },
          { id: 'address', label: '通过登记的住所无法联系' },
        ],
      },
    ],
    materials: [
      material('request', '移出经营异常名录申请书', '网上填报，加盖公章或电子签名', { format: 'electronic' }),
      legalPersonData({ name: '年度报告公示信息', notes: '补报的年度报告由系统核对' }),
      material('address-proof', '住所（经营场所）使用证明', '能够通过登记的住所取得联系', {
        requirement: 'situational',
        when: { reason: ['address'] },
      }),
    ],
    procedure: licensingSteps([0, 0, 1, 0], { decide: '作出移出决定并在国家企业信用信息公示系统公示' }),
    result: { type: 'document', name: '移出经营异常名录决定书' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    onlineUrl: 'https://tj.gsxt.gov.cn/',
    acceptingVenues: CASE_WINDOW,
    cityWide: true,
    consultationPhone: PHONE,
    supervisionPhone: '022-12345',
    lists: [POWER_RESPONSIBILITY],
    keywords: ['经营异常', '异常名录', '信用修复', '年报补报', '移出异常'],
    formFields: [...ENTERPRISE_FIELDS, f('application.reason', true, { widget: 'textarea' })],
  }),
};

export const DISPUTE_ITEMS: readonly BasicItemContent[] = [
  patentDisputeItem,
  nameDisputeItem,
  abnormalListItem,
];
export const DISPUTE_IMPLEMENTATIONS: readonly SeedImplementation[] = [
  patentDispute,
  nameDispute,
  abnormalList,
];
