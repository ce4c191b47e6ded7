// 药品零售企业经营许可 at the district 行政审批局 (河西、和平、滨海新区). No 告知承诺: drugs concern life
// and health, which 国办发〔2020〕42号 excludes from notice-and-commitment.
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
  law,
  LICENSING_LISTS,
  licensingSteps,
  limit,
  material,
  ONLINE_URL,
  powerOfAttorney,
  premisesProof,
  representativeId,
} from './common.ts';
import { kindQuestion, NEW_CHANGE } from './situations.ts';
import { BLT } from './license-types.ts';
import { XZSPJ_SERIAL } from './serials.ts';

export const drugRetailItem: BasicItemContent = {
  name: '药品零售企业经营许可',
  basicCode: '000160003000',
  itemType: '01',
  legalBasis: [
    law(
      '《中华人民共和国药品管理法》',
      '第五十一条',
      '从事药品零售活动，应当经所在地县级以上地方人民政府药品监督管理部门批准，取得药品经营许可证。无药品经营许可证的，不得经营药品。',
    ),
    law(
      '《中华人民共和国药品管理法》',
      '第五十二条',
      '从事药品经营活动应当具备以下条件：（一）有依法经过资格认定的药师或者其他药学技术人员；（二）有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境；（三）有与所经营药品相适应的质量管理机构或者人员；（四）有保证药品质量的规章制度，并符合药品经营质量管理规范要求。',
    ),
  ],
  exerciseLevel: '4',
  serviceTargets: ['2'],
  themes: ['food', 'health', 'licensing'],
};

function drugRetail(d: BizDistrict): SeedImplementation {
  const content = implementationOf(drugRetailItem, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(10),
    limitNote:
      '《药品经营和使用质量监督管理办法》：自受理申请之日起二十个工作日内作出决定；现场检查时间不计入。',
    conditions: [
      {
        id: 'pharmacist',
        text: '经营处方药、甲类非处方药的，配备执业药师；只经营乙类非处方药的，配备经过资格认定的药学技术人员',
        when: NEW_CHANGE,
      },
      {
        id: 'premises',
        text: '有与所经营药品相适应的营业场所、设备、陈列和仓储设施以及卫生环境',
        when: NEW_CHANGE,
      },
      { id: 'gsp', text: '有保证药品质量的规章制度，符合《药品经营质量管理规范》' },
    ],
    questions: [
      kindQuestion('重新审查发证（有效期届满）'),
      {
        id: 'change-what',
        text: '变更的内容',
        when: { kind: ['change'] },
        options: [
          { id: 'licensed', label: '许可事项（经营地址、经营范围、质量负责人）' },
          {
            id: 'registered',
            label: '登记事项（企业名称、法定代表人、主要负责人）',
            promisedLimit: limit(2),
          },
        ],
      },
    ],
    materials: [
      material('application', '药品经营许可证申请表', '网上填报，法定代表人签字、加盖公章', {
        format: 'electronic',
      }),
      businessLicence(),
      representativeId(),
      material('pharmacist', '执业药师注册证及劳动合同', '注册单位与申请企业一致', {
        requirement: 'situational',
        when: NEW_CHANGE,
        copies: 1,
        originals: 0,
      }),
      premisesProof({
        requirement: 'situational',
        when: NEW_CHANGE,
        name: '营业场所、仓库使用证明及平面布局图',
      }),
      material(
        'quality-docs',
        '药品质量管理制度及岗位职责文件目录',
        '覆盖采购、验收、陈列、销售、处方审核等环节',
        { when: NEW_CHANGE, requirement: 'situational', deficiencyAllowed: true },
      ),
      material('equipment', '主要设施设备目录及计算机管理系统说明', '温湿度监测、冷藏设施与经营范围相适应', {
        when: NEW_CHANGE,
        requirement: 'situational',
        deficiencyAllowed: true,
      }),
      material('current-licence', '药品经营许可证', '电子证照库调取', {
        requirement: 'situational',
        when: { kind: ['change', 'renew', 'cancel'] },
        source: 'e-license',
        licenseType: BLT.drugRetail,
        format: 'electronic',
        originals: 0,
      }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 5, 3, 2], {
      review: '材料审查，组织现场检查（按《药品经营质量管理规范》现场检查指导原则）',
    }),
    specialProcedures: [
      {
        kind: 'inspection',
        maxWorkingDays: 10,
        basis: '对营业场所、设施设备、人员和质量管理体系进行现场检查',
      },
    ],
    result: { type: 'certificate', name: '药品经营许可证', licenseType: BLT.drugRetail },
    handlingModes: ['1', '2', '4'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: districtVenues(d),
    supervisingAgencyId: `${d.slug}-zwfwb`,
    coImplementingAgencyIds: ['tj-yjj'],
    consultationPhone: d.phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '开一家药店需要什么条件？',
        answer:
          '经营处方药和甲类非处方药的须配备执业药师，有符合要求的营业场所和设施设备，建立药品质量管理制度。',
      },
      {
        question: '药品经营许可证有效期多久？',
        answer: '5年。有效期届满需要继续经营的，应在届满前6个月至2个月期间申请重新审查发证。',
      },
    ],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('business.premisesAddress', true, { widget: 'textarea' }),
      f('business.premisesArea'),
      f('business.drugScope', true, { widget: 'textarea' }),
      f('business.pharmacistName'),
      f('business.qualityManager'),
      f('business.warehouseAddress', false),
    ],
    lists: [...LICENSING_LISTS, 'market-access-negative'],
    keywords: ['开药店', '药房', '卖药', '连锁药店', '药品经营许可证', '大药房'],
  });
  return { agencyId: approvalBureau(d), regionCode: d.code, serial: XZSPJ_SERIAL.drugRetail, content };
}

export const PHARMACY_ITEMS: readonly BasicItemContent[] = [drugRetailItem];
export const PHARMACY_IMPLEMENTATIONS: readonly SeedImplementation[] = BIZ_DISTRICTS.map(drugRetail);
