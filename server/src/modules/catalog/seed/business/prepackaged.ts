// 仅销售预包装食品备案 (《中华人民共和国食品安全法》第三十五条): no licence, a filing done on the spot
// at the district 行政审批局 or, 就近办, at the streets' convenience centres.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  approvalBureau,
  BIZ_DISTRICTS,
  type BizDistrict,
  businessLicence,
  districtVenues,
  ENTERPRISE_FIELDS,
  f,
  material,
  ON_THE_SPOT,
  onTheSpotSteps,
  ONLINE_URL,
  powerOfAttorney,
  representativeId,
} from './common.ts';
import { XZSPJ_SERIAL } from './serials.ts';
import { FOOD_LAW_35 } from './food.ts';

export const prepackagedFoodItem: BasicItemContent = {
  name: '仅销售预包装食品备案',
  basicCode: '000127005100',
  itemType: '11',
  legalBasis: [FOOD_LAW_35],
  exerciseLevel: '4',
  serviceTargets: ['2', '1'],
  themes: ['food', 'licensing'],
};

function prepackagedFood(d: BizDistrict): SeedImplementation {
  const content = implementationOf(prepackagedFoodItem, {
    caseType: '1',
    statutoryLimit: ON_THE_SPOT,
    promisedLimit: ON_THE_SPOT,
    conditions: [
      {
        id: 'licence-first',
        text: '已取得营业执照；仅销售预包装食品（含保健食品、特殊医学用途配方食品、婴幼儿配方食品）',
      },
      { id: 'before-sale', text: '在开始销售前完成备案；备案信息发生变化的在10个工作日内办理变更' },
    ],
    questions: [
      {
        id: 'kind',
        text: '您要办理的业务类型',
        options: [
          { id: 'new', label: '首次备案' },
          { id: 'change', label: '备案信息变更' },
          { id: 'cancel', label: '备案注销' },
        ],
      },
    ],
    materials: [
      material('filing-form', '仅销售预包装食品经营者备案信息采集表', '网上填报，信息与营业执照一致', {
        format: 'electronic',
      }),
      businessLicence(),
      representativeId(),
      powerOfAttorney(),
    ],
    procedure: onTheSpotSteps('信息完整的当场备案，系统生成备案编号'),
    result: { type: 'document', name: '仅销售预包装食品备案信息（备案编号）' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    onlineUrl: ONLINE_URL,
    acceptingVenues: districtVenues(d, undefined, 'delegated-acceptance'),
    cityWide: true,
    appointment: false,
    consultationPhone: d.phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '小卖部、便利店卖散装熟食怎么办？',
        answer: '销售散装熟食等非预包装食品的，需要申请食品经营许可，不能只备案。',
      },
    ],
    formFields: [...ENTERPRISE_FIELDS, f('business.premisesAddress'), f('business.onlineSales', false)],
    lists: ['power-responsibility'],
    keywords: ['小卖部', '便利店', '超市', '零食店', '预包装', '食品备案', '卖饮料'],
  });
  return { agencyId: approvalBureau(d), regionCode: d.code, serial: XZSPJ_SERIAL.prepackagedFood, content };
}

export const PREPACKAGED_ITEMS: readonly BasicItemContent[] = [prepackagedFoodItem];
export const PREPACKAGED_IMPLEMENTATIONS: readonly SeedImplementation[] = BIZ_DISTRICTS.map(prepackagedFood);
