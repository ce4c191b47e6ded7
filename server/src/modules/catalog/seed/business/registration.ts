// 个体工商户设立登记 at the district 行政审批局: on the spot, 就近办 at the streets' convenience
// centres, 全程网办 across provinces. Registration is formal review only (《中华人民共和国市场主体
// 登记管理条例》第十九条); company.ts reuses the two registration articles.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import { LT } from '../persons/license-types.ts';
import type { SeedImplementation } from '../types.ts';
import {
  approvalBureau,
  BIZ_DISTRICTS,
  type BizDistrict,
  districtVenues,
  f,
  law,
  limit,
  LICENSING_LISTS,
  material,
  ON_THE_SPOT,
  onTheSpotSteps,
  ONLINE_URL,
  powerOfAttorney,
  premisesProof,
  representativeId,
} from './common.ts';
import { BLT } from './license-types.ts';
import { XZSPJ_SERIAL } from './serials.ts';

export const REGISTRATION_3 = law(
  '《中华人民共和国市场主体登记管理条例》',
  '第三条',
  '市场主体应当依照本条例办理登记。未经登记，不得以市场主体名义从事经营活动。法律、行政法规规定无需办理登记的除外。',
);
export const REGISTRATION_19 = law(
  '《中华人民共和国市场主体登记管理条例》',
  '第十九条',
  '登记机关应当对申请材料进行形式审查。对申请材料齐全、符合法定形式的予以确认并当场登记。不能当场登记的，应当在3个工作日内予以登记；情形复杂的，经登记机关负责人批准，可以再延长3个工作日。',
);

export const individualBusinessItem: BasicItemContent = {
  name: '个体工商户设立登记',
  basicCode: '000127001200',
  itemType: '01',
  legalBasis: [
    law(
      '《促进个体工商户发展条例》',
      '第二条',
      '有经营能力的公民在中华人民共和国境内从事工商业经营，依法登记为个体工商户的，适用本条例。',
    ),
    REGISTRATION_3,
    REGISTRATION_19,
  ],
  exerciseLevel: '4',
  serviceTargets: ['1'],
  themes: ['establishment', 'employment'],
};

const FAMILY = { operator: ['family'] };

function individualBusiness(d: BizDistrict): SeedImplementation {
  const content = implementationOf(individualBusinessItem, {
    caseType: '1',
    statutoryLimit: limit(3),
    promisedLimit: ON_THE_SPOT,
    limitNote: '材料齐全、符合法定形式的当场登记；网上申请的审核通过后即时发放电子营业执照。',
    conditions: [
      { id: 'capacity', text: '经营者为具有经营能力的中国公民（含港澳居民中的中国公民）' },
      {
        id: 'premises',
        text: '有固定的经营场所；网络经营者可以将经常居住地登记为经营场所',
        commitmentAllowed: true,
      },
      {
        id: 'scope',
        text: '经营范围不属于法律、行政法规禁止个体工商户经营的项目；涉及许可的，登记后凭营业执照办理许可',
      },
    ],
    questions: [
      {
        id: 'operator',
        text: '经营者的组成形式',
        options: [
          { id: 'person', label: '个人经营' },
          { id: 'family', label: '家庭经营' },
        ],
      },
      {
        id: 'premises',
        text: '经营场所',
        options: [
          { id: 'shop', label: '实体店铺' },
          { id: 'online', label: '仅通过网络经营（电商平台网店）' },
        ],
      },
    ],
    materials: [
      material(
        'application',
        '个体工商户登记（备案）申请书',
        '网上填报后系统生成，经营者本人签字或电子签名',
        {
          format: 'electronic',
          whereToObtain: '天津网上办事大厅“企业开办”专区或窗口',
        },
      ),
      representativeId({ name: '经营者身份证明' }),
      material(
        'family-members',
        '参加经营的家庭成员关系证明（居民户口簿）',
        '电子证照库调取，户口簿不能证明关系的提交其他关系证明',
        {
          requirement: 'situational',
          when: FAMILY,
          source: 'e-license',
          licenseType: LT.householdRegister,
          format: 'electronic',
          originals: 0,
        },
      ),
      premisesProof({ requirement: 'situational', when: { premises: ['shop'] }, deficiencyAllowed: false }),
      material('online-shop', '网络经营场所（网店）信息', '填写电商平台名称和网店网址', {
        requirement: 'situational',
        when: { premises: ['online'] },
        format: 'electronic',
        originals: 0,
      }),
      powerOfAttorney(),
    ],
    procedure: onTheSpotSteps('形式审查通过的当场核准登记，生成营业执照'),
    commitment: {
      text: '本人承诺：申报的经营场所真实存在、可以合法使用，且不属于违法建筑、危险建筑或被征收房屋；如有不实，愿意承担被列入经营异常名录、撤销登记等法律责任。',
      verificationPlan:
        '住所（经营场所）申报承诺制：登记后纳入“双随机、一公开”抽查，属地市场监管所在3个月内抽查核实；承诺不实的责令改正并记入信用记录。',
    },
    result: { type: 'certificate', name: '营业执照（个体工商户）', licenseType: BLT.businessLicence },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: districtVenues(d, undefined, 'delegated-acceptance'),
    cityWide: true,
    crossProvince: ['fully-online'],
    appointment: true,
    minRealNameLevel: 3,
    consultationPhone: d.phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '个体户可以不起名字吗？',
        answer: '可以。个体工商户可以不使用名称，登记时以经营者姓名作为标识。',
      },
      {
        question: '在外省能办天津的个体户执照吗？',
        answer: '可以。通过“跨省通办”全程网办，用电子营业执照，无需到现场。',
      },
      {
        question: '开小吃店办完执照还要办什么？',
        answer: '从事餐饮服务的还需办理食品经营许可，仅卖预包装食品的办理备案。',
      },
    ],
    formFields: [
      f('applicant.name', true, { title: '经营者姓名' }),
      f('applicant.idNumber', true, { title: '经营者身份证件号码' }),
      f('applicant.phone'),
      f('enterprise.name', false, { title: '个体工商户名称', help: '可以不使用名称' }),
      f('business.premisesAddress', true, { title: '经营场所', widget: 'textarea' }),
      f('enterprise.businessScope', true, { widget: 'textarea' }),
      f('enterprise.employees', false),
      f('business.onlineSales', false, { title: '是否为网络经营' }),
    ],
    lists: [...LICENSING_LISTS],
    keywords: ['个体户', '办执照', '小卖部', '开店', '摆摊', '个体执照', '开小吃店', '网店执照', '营业执照'],
  });
  return {
    agencyId: approvalBureau(d),
    regionCode: d.code,
    serial: XZSPJ_SERIAL.individualBusiness,
    content,
  };
}

export const REGISTRATION_ITEMS: readonly BasicItemContent[] = [individualBusinessItem];
export const REGISTRATION_IMPLEMENTATIONS: readonly SeedImplementation[] =
  BIZ_DISTRICTS.map(individualBusiness);
