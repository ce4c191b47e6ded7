// Medical devices and drug supervision at the 市药品监督管理局 (under the 市市场监管委): 第三类医疗器械
// 经营许可 (《医疗器械监督管理条例》, 国务院令第739号, 第四十二条 — 20 working days), 第二类医疗器械
// 经营备案 (第四十一条, on the spot) and the inspection of drug retailers.
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
  LICENSING_LISTS,
  licensingSteps,
  limit,
  material,
  ON_THE_SPOT,
  ONLINE_URL,
  onTheSpotSteps,
  POWER_RESPONSIBILITY,
  powerOfAttorney,
  premisesProof,
  representativeId,
  WINDOWS,
} from './common.ts';
import { enforcementOf, powerItem } from './enforcement.ts';
import { BLT } from './license-types.ts';
import { CITY_SERIAL } from './serials.ts';
import { kindQuestion, NEW, NEW_CHANGE } from './situations.ts';

const AGENCY = 'tj-yjj';
const PHONE = '022-23351716';
const S = CITY_SERIAL.yjj;
const DEVICE_40 =
  '从事医疗器械经营活动，应当有与经营规模和经营范围相适应的经营场所和贮存条件，以及与经营的医疗器械相适应的质量管理制度和质量管理机构或者人员。';

export const deviceClass3Item: BasicItemContent = {
  name: '第三类医疗器械经营许可',
  basicCode: '000160011000',
  itemType: '01',
  legalBasis: [
    law('《医疗器械监督管理条例》', '第四十条', DEVICE_40),
    law(
      '《医疗器械监督管理条例》',
      '第四十二条',
      '从事第三类医疗器械经营的，经营企业应当向所在地设区的市级人民政府负责药品监督管理的部门申请经营许可并提交符合本条例第四十条规定条件的有关资料。受理经营许可申请的负责药品监督管理的部门应当对申请资料进行审查，必要时组织核查，并自受理申请之日起20个工作日内作出决定。医疗器械经营许可证有效期为5年。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['2'],
  themes: ['food', 'health', 'licensing'],
};

export const deviceClass2Item: BasicItemContent = {
  name: '第二类医疗器械经营备案',
  basicCode: '000160012000',
  itemType: '11',
  legalBasis: [
    law('《医疗器械监督管理条例》', '第四十条', DEVICE_40),
    law(
      '《医疗器械监督管理条例》',
      '第四十一条',
      '从事第二类医疗器械经营的，由经营企业向所在地设区的市级人民政府负责药品监督管理的部门备案并提交符合本条例第四十条规定条件的有关资料。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['2'],
  themes: ['health', 'licensing'],
};

export const pharmacyInspectionItem = powerItem(
  '药品经营企业监督检查',
  '000660003000',
  '06',
  [
    law(
      '《中华人民共和国药品管理法》',
      '第九十九条',
      '药品监督管理部门应当依照法律、法规的规定对药品研制、生产、经营和药品使用单位使用药品等活动进行监督检查，必要时可以对为药品研制、生产、经营、使用提供产品或者服务的单位和个人进行延伸检查，有关单位和个人应当予以配合，不得拒绝和隐瞒。',
    ),
  ],
  ['health'],
);

const DEVICE_MATERIALS = [
  material('application', '医疗器械经营许可申请表', '网上填报，法定代表人签字、加盖公章', {
    format: 'electronic',
  }),
  businessLicence(),
  representativeId(),
  material(
    'staff',
    '法定代表人、企业负责人、质量负责人的身份、学历或职称证明',
    '质量负责人具有相关专业学历或职称，在职在岗',
    {
      requirement: 'situational' as const,
      when: NEW_CHANGE,
      copies: 1,
      originals: 0,
    },
  ),
  material('organisation', '组织机构与部门设置说明', '与经营规模和范围相适应', {
    requirement: 'situational' as const,
    when: NEW,
  }),
  premisesProof({
    requirement: 'situational',
    when: NEW_CHANGE,
    name: '经营场所、库房地理位置图、平面图及使用证明',
  }),
  material('quality-system', '经营质量管理制度、工作程序文件目录', '符合《医疗器械经营质量管理规范》', {
    requirement: 'situational' as const,
    when: NEW_CHANGE,
    deficiencyAllowed: true,
  }),
  material('it-system', '计算机信息管理系统基本情况介绍和功能说明', '能够实现产品追溯', {
    requirement: 'situational' as const,
    when: NEW,
    deficiencyAllowed: true,
  }),
  powerOfAttorney(),
];

const deviceClass3: SeedImplementation = {
  agencyId: AGENCY,
  regionCode: CITY,
  serial: S.deviceClass3,
  content: implementationOf(deviceClass3Item, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(10),
    limitNote: '现场核查时间不计入；延续申请在有效期届满前90至30个工作日提出。',
    conditions: [
      { id: 'premises', text: '有与经营规模和经营范围相适应的经营场所和贮存条件', when: NEW_CHANGE },
      { id: 'quality', text: '有与经营的医疗器械相适应的质量管理制度和质量管理机构或者人员' },
      {
        id: 'trace',
        text: '具有符合医疗器械经营质量管理要求的计算机信息管理系统，保证经营的产品可追溯',
        when: NEW,
      },
    ],
    questions: [kindQuestion('延续')],
    materials: [
      ...DEVICE_MATERIALS,
      material('current-licence', '医疗器械经营许可证', '电子证照库调取', {
        requirement: 'situational',
        when: { kind: ['change', 'renew', 'cancel'] },
        source: 'e-license',
        licenseType: BLT.deviceBusiness,
        format: 'electronic',
        originals: 0,
      }),
    ],
    procedure: licensingSteps([0, 5, 3, 2], { review: '资料审查；新办和变更经营场所、库房的组织现场核查' }),
    specialProcedures: [
      { kind: 'inspection', maxWorkingDays: 10, basis: '《医疗器械经营监督管理办法》：必要时组织现场核查' },
    ],
    result: { type: 'certificate', name: '医疗器械经营许可证', licenseType: BLT.deviceBusiness },
    handlingModes: ['1', '2', '4'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: cityVenues(WINDOWS.entry),
    consultationPhone: PHONE,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '卖隐形眼镜要办什么证？',
        answer: '角膜接触镜（隐形眼镜）属第三类医疗器械，需取得医疗器械经营许可证。',
      },
      {
        question: '第二类和第三类医疗器械有什么区别？',
        answer: '第三类风险最高，经营需许可；第二类经营实行备案，部分产品免于备案。',
      },
    ],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('business.premisesAddress', true, { widget: 'textarea' }),
      f('business.warehouseAddress'),
      f('business.deviceScope', true, { widget: 'textarea' }),
      f('business.qualityManager'),
    ],
    lists: [...LICENSING_LISTS, 'market-access-negative'],
    keywords: ['医疗器械', '器械经营', '三类器械', '卖医疗器械', '隐形眼镜', '器械许可证'],
  }),
};

const deviceClass2: SeedImplementation = {
  agencyId: AGENCY,
  regionCode: CITY,
  serial: S.deviceClass2,
  content: implementationOf(deviceClass2Item, {
    caseType: '1',
    statutoryLimit: ON_THE_SPOT,
    promisedLimit: ON_THE_SPOT,
    limitNote: '资料齐全的当场备案；备案后3个月内对备案企业开展现场检查。',
    conditions: [{ id: 'premises', text: '有与经营规模和经营范围相适应的经营场所和贮存条件及质量管理制度' }],
    questions: [
      {
        id: 'kind',
        text: '您要办理的业务类型',
        options: [
          { id: 'new', label: '首次备案' },
          { id: 'change', label: '备案变更' },
          { id: 'cancel', label: '备案取消' },
        ],
      },
    ],
    materials: DEVICE_MATERIALS.filter((m) => m.id !== 'it-system'),
    procedure: onTheSpotSteps('资料齐全的当场备案，发放备案编号'),
    result: { type: 'document', name: '第二类医疗器械经营备案凭证' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    onlineUrl: ONLINE_URL,
    acceptingVenues: cityVenues(WINDOWS.entry, true),
    cityWide: true,
    appointment: false,
    consultationPhone: PHONE,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '药店卖血压计、体温计要备案吗？',
        answer:
          '已取得药品经营许可证的药店经营部分第二类医疗器械可免于备案，具体以免于经营备案产品目录为准。',
      },
    ],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('business.premisesAddress'),
      f('business.deviceScope', true, { widget: 'textarea' }),
    ],
    lists: [POWER_RESPONSIBILITY],
    keywords: ['二类器械', '器械备案', '血压计', '医用口罩', '卖医疗器械'],
  }),
};

const pharmacyInspection = enforcementOf(AGENCY, S.pharmacyInspection, PHONE, pharmacyInspectionItem, {
  caseType: '1',
  statutoryLimit: ON_THE_SPOT,
  promisedLimit: ON_THE_SPOT,
  limitNote: '检查结束时当场出具检查记录；发现问题的依法责令整改或立案调查。',
  procedure: onTheSpotSteps(
    '按“双随机、一公开”和风险等级开展检查，核对执业药师在岗、处方药销售、温湿度记录等',
  ),
  result: { type: 'document', name: '药品经营企业现场检查记录' },
  keywords: ['药店检查', '飞行检查', '药品监管'],
});

export const DRUG_ITEMS: readonly BasicItemContent[] = [
  deviceClass3Item,
  deviceClass2Item,
  pharmacyInspectionItem,
];
export const DRUG_IMPLEMENTATIONS: readonly SeedImplementation[] = [
  deviceClass3,
  deviceClass2,
  pharmacyInspection,
];
