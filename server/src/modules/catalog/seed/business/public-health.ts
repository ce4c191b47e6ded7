// 公共场所卫生许可 at the district 行政审批局 (河西、和平、滨海新区), with 告知承诺 — Tianjin's 证照
// 分离 practice: the applicant may promise the conditions and hand in the test report later.
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
  LICENSING_LAW_42,
  LICENSING_LISTS,
  licensingSteps,
  limit,
  material,
  ONLINE_URL,
  powerOfAttorney,
  premisesProof,
  representativeId,
} from './common.ts';
import { HELD, kindQuestion, NEW, NEW_CHANGE } from './situations.ts';
import { BLT } from './license-types.ts';
import { XZSPJ_SERIAL } from './serials.ts';

export const publicPlaceHygieneItem: BasicItemContent = {
  name: '公共场所卫生许可',
  basicCode: '000126011000',
  itemType: '01',
  legalBasis: [
    law(
      '《公共场所卫生管理条例》',
      '第八条',
      '除公园、体育场（馆）、公共交通工具外的公共场所，经营单位应当及时向卫生行政部门申请办理“卫生许可证”。“卫生许可证”两年复核一次。',
    ),
    LICENSING_LAW_42,
  ],
  exerciseLevel: '4',
  serviceTargets: ['2', '6', '1'],
  themes: ['health', 'licensing'],
};

function publicPlaceHygiene(d: BizDistrict): SeedImplementation {
  const content = implementationOf(publicPlaceHygieneItem, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(5),
    limitNote: '选择告知承诺的，材料齐全当场作出许可决定，事后核查。',
    conditions: [
      {
        id: 'site',
        text: '场所选址、设计和卫生设施符合公共场所卫生标准和要求',
        when: NEW_CHANGE,
        commitmentAllowed: true,
      },
      { id: 'rules', text: '建立卫生管理制度，配备专职或兼职卫生管理人员', commitmentAllowed: true },
      {
        id: 'testing',
        text: '空气、微小气候、水质、采光照明、噪声等经检测符合国家卫生标准',
        when: NEW_CHANGE,
        commitmentAllowed: true,
      },
    ],
    questions: [
      kindQuestion('延续（复核）'),
      {
        id: 'place',
        text: '公共场所类别',
        when: NEW,
        options: [
          { id: 'hotel', label: '宾馆、旅店、招待所' },
          { id: 'bath', label: '公共浴室、足浴' },
          { id: 'beauty', label: '理发店、美容店' },
          { id: 'swimming', label: '游泳场（馆）' },
          { id: 'other', label: '影剧院、歌舞厅、商场等其他场所' },
        ],
      },
    ],
    materials: [
      material('application', '公共场所卫生许可申请表', '网上填报或窗口填写，签字盖章', { format: 'both' }),
      businessLicence(),
      representativeId(),
      premisesProof({ requirement: 'situational', when: NEW }),
      material('layout', '卫生设施设备布局平面图', '标明各功能间及消毒、通风、给排水设施', {
        requirement: 'situational',
        when: NEW_CHANGE,
      }),
      material(
        'test-report',
        '公共场所卫生检测或评价报告',
        '由具备资质的检测机构出具，一年内有效；选择告知承诺的可在许可后30日内补交',
        {
          requirement: 'situational',
          when: NEW_CHANGE,
          issuer: '具备资质的卫生检测机构',
          deficiencyAllowed: true,
        },
      ),
      material('rules', '卫生管理制度', '包括清洗消毒、从业人员健康管理、设施维护等制度', {
        deficiencyAllowed: true,
      }),
      material('pool-water', '游泳池水质检测报告', '检测项目符合《公共场所卫生指标及限值要求》', {
        requirement: 'situational',
        when: { place: ['swimming'] },
      }),
      material('current-licence', '公共场所卫生许可证', '电子证照库调取', {
        requirement: 'situational',
        when: HELD,
        source: 'e-license',
        licenseType: BLT.publicPlaceHygiene,
        format: 'electronic',
        originals: 0,
      }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 2, 2, 1], { review: '材料审查和现场审查' }),
    specialProcedures: [{ kind: 'inspection', maxWorkingDays: 5, basis: '对申请人的经营场所进行现场审查' }],
    intermediaryServices: [
      {
        name: '公共场所卫生检测',
        basis:
          '《公共场所卫生管理条例实施细则》：公共场所经营者应当按照卫生标准、规范的要求对公共场所的空气、微小气候、水质等进行检测',
      },
    ],
    commitment: {
      text: '本单位承诺：经营场所及卫生设施符合公共场所卫生标准，已建立卫生管理制度，从业人员持有效健康合格证明；在许可后30日内提交卫生检测报告。如承诺不实，愿意承担许可被撤销等法律责任。',
      verificationPlan:
        '许可后30个工作日内由区卫生健康委卫生监督所现场核查，核对检测报告与承诺一致；不符合的责令限期整改，逾期不改或承诺严重不实的撤销许可并记入信用记录。',
    },
    result: { type: 'certificate', name: '公共场所卫生许可证', licenseType: BLT.publicPlaceHygiene },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: districtVenues(d),
    supervisingAgencyId: `${d.slug}-zwfwb`,
    coImplementingAgencyIds: ['tj-wjw'],
    consultationPhone: d.phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '开理发店、美容院要办卫生许可证吗？',
        answer: '需要。理发店、美容店属于公共场所，应取得公共场所卫生许可证；可选择告知承诺方式当场取证。',
      },
      {
        question: '饭馆、咖啡馆需要公共场所卫生许可吗？',
        answer: '不需要，已取消。饭馆、咖啡馆、酒吧、茶座办理食品经营许可即可。',
      },
    ],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('business.placeKind', true, { widget: 'select' }),
      f('business.premisesAddress', true, { widget: 'textarea' }),
      f('business.premisesArea'),
      f('business.staffCount'),
      f('business.operatingHours', false),
    ],
    lists: [...LICENSING_LISTS],
    keywords: ['开宾馆', '旅馆', '理发店', '美容院', '游泳馆', '洗浴', '足浴', '卫生许可证', '民宿'],
  });
  return {
    agencyId: approvalBureau(d),
    regionCode: d.code,
    serial: XZSPJ_SERIAL.publicPlaceHygiene,
    content,
  };
}

export const PUBLIC_HEALTH_ITEMS: readonly BasicItemContent[] = [publicPlaceHygieneItem];
export const PUBLIC_HEALTH_IMPLEMENTATIONS: readonly SeedImplementation[] =
  BIZ_DISTRICTS.map(publicPlaceHygiene);
