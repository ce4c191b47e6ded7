// 食品经营许可, handled in Tianjin by each district's 行政审批局 (the three demo districts here).
// The licence follows 《食品经营许可和备案管理办法》 (市场监管总局令第78号, 2023):
// decision within 10 working days of acceptance, on-site inspection where needed; Tianjin promises 3.
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
  legalPersonData,
  licensingSteps,
  limit,
  LICENSING_LISTS,
  material,
  ONLINE_URL,
  powerOfAttorney,
  premisesProof,
  representativeId,
} from './common.ts';
import { XZSPJ_SERIAL } from './serials.ts';
import { BLT } from './license-types.ts';

export const FOOD_LAW_35 = law(
  '《中华人民共和国食品安全法》',
  '第三十五条',
  '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售预包装食品的，不需要取得许可。仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案。',
);

export const foodBusinessItem: BasicItemContent = {
  name: '食品经营许可',
  basicCode: '000127005000',
  itemType: '01',
  legalBasis: [
    FOOD_LAW_35,
    law(
      '《食品经营许可和备案管理办法》',
      '第二条',
      '在中华人民共和国境内从事食品销售和餐饮服务活动，应当依法取得食品经营许可；仅销售预包装食品的，应当依法备案。',
    ),
  ],
  exerciseLevel: '4',
  serviceTargets: ['2', '6', '1'],
  themes: ['food', 'licensing'],
};

const KIND = { kind: ['new'] };
const KIND_NEW_OR_RENEW = { kind: ['new', 'renew'] };
const PREMISES_WORK = { kind: ['new'], category: ['catering', 'canteen'] };

function foodBusiness(d: BizDistrict): SeedImplementation {
  const content = implementationOf(foodBusinessItem, {
    caseType: '2',
    statutoryLimit: limit(10),
    promisedLimit: limit(3),
    limitNote:
      '法定时限自受理之日起10个工作日，经负责人批准可延长5个工作日；现场核查时间不计入。注销1个工作日办结。',
    conditions: [
      { id: 'licence-first', text: '已取得营业执照等合法主体资格' },
      {
        id: 'premises',
        text: '具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所，并与有毒、有害场所以及其他污染源保持规定的距离',
        when: KIND,
      },
      {
        id: 'equipment',
        text: '具有与经营的食品品种、数量相适应的经营设备或者设施',
        when: KIND,
        commitmentAllowed: true,
      },
      {
        id: 'manager',
        text: '有专职或者兼职的食品安全总监、食品安全员等食品安全管理人员和保证食品安全的规章制度',
        when: KIND_NEW_OR_RENEW,
        commitmentAllowed: true,
      },
      {
        id: 'layout',
        text: '具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染',
        when: PREMISES_WORK,
      },
      {
        id: 'renew-in-time',
        text: '在许可证有效期届满前90个工作日至15个工作日期间提出延续申请',
        when: { kind: ['renew'] },
      },
    ],
    questions: [
      {
        id: 'kind',
        text: '您要办理的业务类型',
        options: [
          { id: 'new', label: '新办（首次申请）' },
          { id: 'change', label: '变更' },
          { id: 'renew', label: '延续（有效期届满换证）' },
          { id: 'cancel', label: '注销', promisedLimit: limit(1) },
        ],
      },
      {
        id: 'category',
        text: '您的主体业态',
        help: '仅销售预包装食品的无需许可，办理“仅销售预包装食品备案”即可',
        when: KIND,
        options: [
          { id: 'catering', label: '餐饮服务经营者（饭店、小吃店、奶茶店等）' },
          { id: 'food-sales', label: '食品销售经营者（含散装食品、熟食）' },
          { id: 'canteen', label: '单位食堂（学校、托幼机构、养老机构、企业食堂）' },
        ],
      },
      {
        id: 'change-what',
        text: '变更的内容',
        help: '经营场所发生变化的，应当重新申请食品经营许可',
        when: { kind: ['change'] },
        options: [
          { id: 'registered', label: '名称、法定代表人（负责人）、住所等登记事项', promisedLimit: limit(1) },
          { id: 'items', label: '经营项目、主体业态' },
        ],
      },
    ],
    materials: [
      material(
        'application',
        '食品经营许可申请书（变更、延续、注销申请书）',
        '网上填报后系统生成，申请人签字或加盖公章',
        {
          format: 'electronic',
          originals: 1,
          whereToObtain: '天津网上办事大厅在线填写，或在窗口领取',
        },
      ),
      businessLicence(),
      representativeId(),
      premisesProof({ requirement: 'situational', when: KIND }),
      material(
        'layout-plan',
        '与食品经营相适应的主要设备设施布局、操作流程等文件',
        '标明各功能区位置、面积及主要设备，与实际一致',
        {
          requirement: 'situational',
          when: PREMISES_WORK,
          notes: '选择告知承诺的，可在现场核查时提交',
          deficiencyAllowed: true,
        },
      ),
      material(
        'safety-rules',
        '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度',
        '制度齐全，与经营项目相适应',
        {
          requirement: 'situational',
          when: KIND_NEW_OR_RENEW,
          deficiencyAllowed: true,
        },
      ),
      material('current-licence', '食品经营许可证', '电子证照库调取，核对许可证编号与申请一致', {
        requirement: 'situational',
        when: { kind: ['change', 'renew', 'cancel'] },
        source: 'e-license',
        licenseType: BLT.foodBusiness,
        format: 'electronic',
        originals: 0,
      }),
      legalPersonData({ requirement: 'situational', when: { 'change-what': ['registered'] } }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 1, 1, 1], {
      review: '材料审查；新办和增加经营项目的，需要时组织现场核查（告知承诺的于发证后核查）',
    }),
    specialProcedures: [
      {
        kind: 'inspection',
        maxWorkingDays: 5,
        basis: '《食品经营许可和备案管理办法》：需要对申请材料的实质内容进行核实的，应当进行现场核查',
      },
    ],
    commitment: {
      text: '本单位（本人）承诺：已具备与所经营食品相适应的经营场所、设备设施和食品安全管理制度，配备食品安全管理人员，所提交材料真实有效；如有不实，愿意承担许可被撤销、列入信用记录等法律责任。',
      verificationPlan:
        '准予许可后20个工作日内由属地市场监督管理所现场核查；核查发现不符合承诺条件的责令限期整改，逾期未整改或承诺严重不实的依法撤销许可并记入信用记录。',
    },
    result: { type: 'certificate', name: '食品经营许可证', licenseType: BLT.foodBusiness },
    handlingModes: ['1', '2', '3', '4'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: districtVenues(d),
    appointment: true,
    supervisingAgencyId: `${d.slug}-zwfwb`,
    coImplementingAgencyIds: ['tj-scjgw'],
    consultationPhone: d.phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '开一家小饭馆要办哪些证？',
        answer:
          '先办理营业执照，再申请食品经营许可（餐饮服务）。两者可在“我要开饭店”一件事中一次申请。从业人员须持有效健康证明。',
      },
      {
        question: '只卖包装好的零食、饮料要办许可吗？',
        answer: '仅销售预包装食品的不需要许可，办理“仅销售预包装食品备案”即可，当场办结。',
      },
      {
        question: '许可证有效期多久？',
        answer: '食品经营许可证有效期为5年，应在届满前90至15个工作日内申请延续。',
      },
    ],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('business.premisesAddress', true, { widget: 'textarea' }),
      f('business.premisesArea'),
      f('business.category', true, { widget: 'radio' }),
      f('business.foodItems', true, { widget: 'textarea' }),
      f('business.foodSafetyManager'),
      f('business.staffCount', false),
      f('business.onlineSales', false, { help: '通过网络平台（外卖等）销售的请勾选' }),
    ],
    lists: [...LICENSING_LISTS, 'market-access-negative'],
    keywords: [
      '开饭店',
      '餐馆',
      '小吃店',
      '餐饮许可',
      '食品许可证',
      '卖熟食',
      '外卖',
      '食堂',
      '奶茶店',
      '烧烤店',
      '开餐厅',
    ],
  });
  return { agencyId: approvalBureau(d), regionCode: d.code, serial: XZSPJ_SERIAL.foodBusiness, content };
}

export const FOOD_ITEMS: readonly BasicItemContent[] = [foodBusinessItem];
export const FOOD_IMPLEMENTATIONS: readonly SeedImplementation[] = BIZ_DISTRICTS.map(foodBusiness);
