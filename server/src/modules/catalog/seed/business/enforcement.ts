// Enforcement powers nobody applies for — 行政处罚、行政强制、行政检查 — of the 市市场监管委 over food
// businesses, and the preset that the other agencies' enforcement items share (environment.ts,
// drugs.ts). Such an item is done by officers on their own initiative: it is in the 权责清单, not
// online, and the party must be present for questioning and the service of documents.
import type { BasicItemContent, ImplementationContent } from '../../content.ts';
import { implementationOf, type ImplementationSpec } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  CITY,
  cityVenues,
  ENTERPRISE_FIELDS,
  enforcementSteps,
  law,
  limit,
  ON_THE_SPOT,
  onTheSpotSteps,
  POWER_RESPONSIBILITY,
  WINDOWS,
} from './common.ts';
import { CITY_SERIAL } from './serials.ts';

/** A basic item of a power over market entities (分级管理: city and districts exercise it). */
export const powerItem = (
  name: string,
  basicCode: string,
  itemType: BasicItemContent['itemType'],
  legalBasis: BasicItemContent['legalBasis'],
  themes: BasicItemContent['themes'] = ['food'],
): BasicItemContent => ({
  name,
  basicCode,
  itemType,
  legalBasis,
  exerciseLevel: '7',
  serviceTargets: ['2', '1', '6'],
  themes,
});
const item = powerItem;

export const foodPenaltyItem = item('对未取得食品经营许可从事食品经营活动的处罚', '000227012200', '02', [
  law(
    '《中华人民共和国食品安全法》',
    '第一百二十二条',
    '违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款。',
  ),
]);

export const foodSeizureItem = item(
  '对不符合食品安全标准的食品及用于违法生产经营的工具、设备、场所的查封、扣押',
  '000327011000',
  '03',
  [
    law(
      '《中华人民共和国食品安全法》',
      '第一百一十条',
      '县级以上人民政府食品安全监督管理部门履行食品安全监督管理职责，有权采取下列措施：……（四）查封、扣押有证据证明不符合食品安全标准或者有证据证明存在安全隐患以及用于违法生产经营的食品、食品添加剂、食品相关产品；（五）查封违法从事生产经营活动的场所。',
    ),
    law(
      '《中华人民共和国行政强制法》',
      '第二十五条',
      '查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，可以延长，但是延长期限不得超过三十日。法律、行政法规另有规定的除外。',
    ),
  ],
);

export const foodInspectionItem = item('食品经营者监督检查', '000627010300', '06', [
  law(
    '《中华人民共和国食品安全法》',
    '第一百零九条',
    '县级以上人民政府食品安全监督管理部门根据食品安全风险监测、风险评估结果和食品安全状况等，确定监督管理的重点、方式和频次，实施风险分级管理。',
  ),
]);

/** What every enforcement power shares: done by officers, not applied for, no online handling. */
const ENFORCEMENT = {
  handlingModes: ['1'],
  visits: 1,
  visitsReason: '行政执法事项由执法人员依职权实施，当事人须接受现场检查、调查询问并签收执法文书',
  onlineDepth: '1',
  // The rules want a venue for window handling: the city centre's enterprise window receives the
  // party's statements, defence materials and documents (陈述申辩、听证申请、文书领取).
  acceptingVenues: cityVenues(WINDOWS.entry),
  notInCentre: null,
  notOnline: {
    reason: '执法程序须现场取证、制作笔录并当面送达，不适宜网上办理；执法信息通过“互联网+监管”系统公开',
  },
  materials: [],
  appointment: false,
  lists: [POWER_RESPONSIBILITY],
} satisfies Partial<ImplementationSpec>;

type EnforcementSpec = Omit<
  ImplementationSpec,
  keyof typeof ENFORCEMENT | 'formFields' | 'consultationPhone'
> & {
  result: ImplementationContent['result'];
};

/** One agency's enforcement implementation in the city region (region 120000). */
export function enforcementOf(
  agencyId: string,
  serial: number,
  phone: string,
  basic: BasicItemContent,
  spec: EnforcementSpec,
): SeedImplementation {
  return {
    agencyId,
    regionCode: CITY,
    serial,
    content: implementationOf(basic, {
      ...ENFORCEMENT,
      consultationPhone: phone,
      supervisionPhone: '022-12345',
      formFields: ENTERPRISE_FIELDS.slice(0, 4),
      ...spec,
    }),
  };
}

const S = CITY_SERIAL.scjgw;
const enforcement = (serial: number, basic: BasicItemContent, spec: EnforcementSpec) =>
  enforcementOf('tj-scjgw', serial, '022-12315', basic, spec);

const foodPenalty = enforcement(S.foodPenalty, foodPenaltyItem, {
  caseType: '2',
  statutoryLimit: limit(90, 'natural-days'),
  promisedLimit: limit(90, 'natural-days'),
  limitNote:
    '《市场监督管理行政处罚程序规定》：适用普通程序的案件自立案之日起九十日内作出处理决定，经负责人批准可延长三十日；听证、检测、鉴定等时间不计入。',
  procedure: enforcementSteps(['立案', '调查取证', '处罚决定', '送达'], [15, 60, 10]),
  specialProcedures: [
    {
      kind: 'hearing',
      maxWorkingDays: 30,
      basis:
        '《中华人民共和国行政处罚法》第六十三条：较大数额罚款、没收较大数额违法所得等，当事人要求听证的应当组织听证',
    },
    { kind: 'testing', maxWorkingDays: 20, basis: '涉案食品需要检验的，检验时间不计入办案期限' },
  ],
  result: { type: 'document', name: '行政处罚决定书' },
  keywords: ['无证经营', '无证餐饮', '没办许可证开饭店', '罚款'],
  faqs: [
    {
      question: '被处罚后不服怎么办？',
      answer: '可以自收到处罚决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。',
    },
  ],
});

const foodSeizure = enforcement(S.foodSeizure, foodSeizureItem, {
  caseType: '2',
  statutoryLimit: limit(30, 'natural-days'),
  promisedLimit: limit(30, 'natural-days'),
  limitNote: '查封、扣押期限不超过三十日，情况复杂的经负责人批准可延长三十日；检测、检验的期间不计入。',
  procedure: enforcementSteps(['报批', '实施查封扣押', '处理决定', '送达'], [1, 1, 28]),
  specialProcedures: [
    {
      kind: 'testing',
      maxWorkingDays: 20,
      basis: '《中华人民共和国行政强制法》第二十五条：检测、检验、检疫或者技术鉴定的期间不计入查封、扣押期间',
    },
  ],
  result: { type: 'document', name: '实施行政强制措施决定书（查封、扣押）及财物清单' },
  keywords: ['查封', '扣押', '问题食品'],
});

const foodInspection = enforcement(S.foodInspection, foodInspectionItem, {
  caseType: '1',
  statutoryLimit: ON_THE_SPOT,
  promisedLimit: ON_THE_SPOT,
  limitNote: '现场检查结束时当场填写检查结果记录表并告知检查结果；需要整改的责令限期整改。',
  procedure: onTheSpotSteps('按风险等级确定的频次开展日常检查，当场记录检查结果并由被检查单位签字'),
  result: { type: 'document', name: '食品生产经营监督检查结果记录表' },
  keywords: ['食品检查', '餐馆检查', '明厨亮灶'],
});

export const MARKET_ENFORCEMENT_ITEMS: readonly BasicItemContent[] = [
  foodPenaltyItem,
  foodSeizureItem,
  foodInspectionItem,
];
export const MARKET_ENFORCEMENT_IMPLEMENTATIONS: readonly SeedImplementation[] = [
  foodPenalty,
  foodSeizure,
  foodInspection,
];
