// 社会救助与福利 (市民政局, 市残联 co-implementing): benefit payments handled near home — streets'
// convenience centres accept on the bureau's behalf (委托受理) and the bureau decides.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  agentMaterials,
  AGENT_FIELDS,
  APPLICANT_FIELDS,
  BANK_FIELDS,
  CITY,
  cityVenue,
  communityStations,
  f,
  householdRegister,
  idCard,
  law,
  limit,
  material,
  nearbyEverywhere,
  steps,
} from './common.ts';
import { LT } from './license-types.ts';

const ELDERLY_LAW = '《中华人民共和国老年人权益保障法》';

const oldAgeAllowance: BasicItemContent = {
  name: '高龄津贴申领',
  basicCode: '001205001000',
  itemType: '05',
  legalBasis: [
    law(
      ELDERLY_LAW,
      '第三十三条',
      '国家建立和完善老年人福利制度，根据经济社会发展水平和老年人的实际需要，增加老年人的社会福利。国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['elderly'],
};

const disabilitySubsidies: BasicItemContent = {
  name: '残疾人两项补贴申请',
  basicCode: '001205002000',
  itemType: '05',
  legalBasis: [
    law(
      '《中华人民共和国残疾人保障法》',
      '第四十八条',
      '各级人民政府对生活确有困难的残疾人，通过多种渠道给予生活、教育、住房和其他社会救助。县级以上地方人民政府对享受最低生活保障待遇后生活仍有特别困难的残疾人家庭，应当采取其他措施保障其基本生活。',
    ),
    law(
      '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
      '三',
      '困难残疾人生活补贴和重度残疾人护理补贴实行自愿申请、逐级审核、按月发放。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['disability'],
};

const minimumLiving: BasicItemContent = {
  name: '最低生活保障申请',
  basicCode: '001205003000',
  itemType: '05',
  legalBasis: [
    law(
      '《社会救助暂行办法》',
      '第九条',
      '国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障。',
    ),
    law(
      '《社会救助暂行办法》',
      '第十一条',
      '申请最低生活保障，由共同生活的家庭成员向户籍所在地的乡镇人民政府、街道办事处提出书面申请。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['social-insurance'],
};

export const WELFARE_ITEMS = [oldAgeAllowance, disabilitySubsidies, minimumLiving];

const VENUES = [cityVenue(['SL03', 'BB01'], 'comprehensive'), ...nearbyEverywhere('delegated-acceptance')];
/** 高龄津贴 is also accepted by community stations: many applicants cannot travel. */
const ELDERLY_VENUES = [...VENUES, ...communityStations('delegated-acceptance')];
const AGENT_WHEN = { agent: ['agent'] };
const agentQuestion = {
  id: 'agent',
  text: '由谁办理',
  options: [
    { id: 'self', label: '本人办理' },
    { id: 'agent', label: '家属或他人代办' },
  ],
};

export const WELFARE_IMPLEMENTATIONS: SeedImplementation[] = [
  {
    agencyId: 'tj-mzj',
    regionCode: CITY,
    serial: 3,
    content: implementationOf(oldAgeAllowance, {
      caseType: '2',
      statutoryLimit: limit(20),
      promisedLimit: limit(10),
      questions: [agentQuestion],
      conditions: [
        { id: 'age', text: '具有本市户籍，年满80周岁' },
        { id: 'income', text: '本人月收入低于本市规定标准', commitmentAllowed: true },
      ],
      materials: [
        idCard(),
        householdRegister(),
        material('bank', '本人银行卡或社会保障卡金融账户', '须为本人名下账户', {
          source: 'e-license',
          licenseType: LT.socialSecurityCard,
          format: 'electronic',
          originals: 0,
        }),
        ...agentMaterials(AGENT_WHEN),
      ],
      procedure: steps([0, 5, 3, 2], {
        review: '街道核对户籍、年龄和收入信息',
        decide: '区民政部门审批，次月起按月发放',
      }),
      result: { type: 'document', name: '高龄津贴核准通知' },
      handlingModes: ['1', '2', '3'],
      visits: 0,
      onlineDepth: '5',
      acceptingVenues: ELDERLY_VENUES,
      cityWide: true,
      commitment: {
        text: '本人（代理人）承诺申请人月收入低于本市高龄津贴规定标准，所提供信息真实，如有不实，愿退回已领取的津贴并承担相应责任。',
        verificationPlan:
          '民政部门通过社保、税务、不动产共享数据于发放后30日内比对收入情况，每年开展一次随机抽查和生存认证。',
      },
      faqs: [
        {
          question: '老人行动不便，可以家属代办吗？',
          answer: '可以，家属携带授权委托书和本人身份证到街道便民服务中心办理，也可在“津心办”代为申请。',
        },
        {
          question: '高龄津贴什么时候开始发？',
          answer: '审批通过后次月起按月发放至老人本人社会保障卡金融账户。',
        },
      ],
      keywords: ['高龄津贴', '老人补贴', '80岁补贴', '八十岁', '养老补贴'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('applicant.birthDate'),
        f('applicant.address'),
        ...BANK_FIELDS,
        ...AGENT_FIELDS,
      ],
    }),
  },
  {
    agencyId: 'tj-mzj',
    regionCode: CITY,
    serial: 4,
    content: implementationOf(disabilitySubsidies, {
      caseType: '2',
      statutoryLimit: limit(30),
      promisedLimit: limit(20),
      questions: [
        {
          id: 'subsidy',
          text: '申请哪一项补贴',
          options: [
            { id: 'living', label: '困难残疾人生活补贴' },
            { id: 'care', label: '重度残疾人护理补贴' },
            { id: 'both', label: '两项都申请' },
          ],
        },
        agentQuestion,
      ],
      conditions: [
        { id: 'certificate', text: '持有第二代《中华人民共和国残疾人证》的本市户籍残疾人' },
        {
          id: 'living',
          text: '生活补贴：低保家庭中的残疾人或低保边缘家庭中的重度残疾人',
          when: { subsidy: ['living', 'both'] },
        },
        {
          id: 'care',
          text: '护理补贴：残疾等级为一级、二级且需要长期照护的重度残疾人',
          when: { subsidy: ['care', 'both'] },
        },
      ],
      materials: [
        idCard(),
        material('disability-cert', '中华人民共和国残疾人证', '电子证照库调取，须在有效期内', {
          issuer: '残疾人联合会',
          source: 'e-license',
          licenseType: LT.disabilityCertificate,
          format: 'electronic',
          originals: 0,
        }),
        material('application', '《天津市残疾人两项补贴申请审批表》', '申请人或代理人签字', {
          format: 'both',
        }),
        material('low-income', '低保或低保边缘家庭认定信息', '通过民政救助数据共享核验', {
          requirement: 'situational',
          when: { subsidy: ['living', 'both'] },
          source: 'shared-data',
          sharedDataset: 'social-assistance',
          format: 'electronic',
          originals: 0,
        }),
        ...agentMaterials(AGENT_WHEN),
      ],
      procedure: steps([0, 10, 5, 5], {
        review: '街道初审并公示，区残联审核残疾信息',
        decide: '区民政部门审定，次月发放',
      }),
      result: { type: 'document', name: '残疾人两项补贴审批结果通知' },
      handlingModes: ['1', '2', '3'],
      visits: 0,
      onlineDepth: '5',
      acceptingVenues: VENUES,
      cityWide: true,
      crossProvince: ['fully-online'],
      coImplementingAgencyIds: ['tj-cl'],
      keywords: ['残疾人补贴', '护理补贴', '生活补贴', '两项补贴', '残疾'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('applicant.disabilityCertificateNumber'),
        f('applicant.disabilityLevel'),
        ...BANK_FIELDS,
        ...AGENT_FIELDS,
      ],
    }),
  },
  {
    agencyId: 'tj-mzj',
    regionCode: CITY,
    serial: 5,
    content: implementationOf(minimumLiving, {
      caseType: '2',
      statutoryLimit: limit(30),
      promisedLimit: limit(20),
      limitNote: '含入户调查和7天公示；特殊困难的可先行给予临时救助',
      conditions: [
        { id: 'household', text: '共同生活的家庭成员中至少一人具有本市户籍' },
        { id: 'income', text: '家庭月人均收入低于本市城乡统一的最低生活保障标准' },
        { id: 'assets', text: '家庭财产状况符合本市低保家庭财产规定' },
      ],
      materials: [
        idCard('id-cards', '共同生活家庭成员'),
        householdRegister('household-register', '共同生活家庭成员'),
        material('application', '《最低生活保障申请书》', '申请人签字，写明家庭困难情况', { format: 'both' }),
        material('authorization', '《家庭经济状况核对授权书》', '所有共同生活的成年家庭成员签字', {}),
        material(
          'income-proof',
          '家庭成员收入证明',
          '工资、养老金等收入通过社保、税务数据核验，其他收入由申请人书面说明',
          {
            requirement: 'optional',
            deficiencyAllowed: true,
          },
        ),
      ],
      procedure: steps([0, 15, 3, 2], {
        review: '街道入户调查、经济状况核对并公示7天',
        decide: '区民政部门审批',
      }),
      specialProcedures: [
        { kind: 'public-notice', maxWorkingDays: 7, basis: '《社会救助暂行办法》第十一条' },
      ],
      result: { type: 'document', name: '最低生活保障审批决定书' },
      handlingModes: ['1', '2', '3'],
      visits: 1,
      visitsReason: '须经入户调查并由共同生活的成年家庭成员签署经济状况核对授权书',
      onlineDepth: '4',
      acceptingVenues: VENUES,
      cityWide: true,
      faqs: [
        { question: '申请低保要多久？', answer: '一般20个工作日内办结，其中含入户调查和7天公示期。' },
        {
          question: '有房有车能申请低保吗？',
          answer: '须符合本市低保家庭财产状况规定，具体以经济状况核对结果为准。',
        },
      ],
      keywords: ['低保', '困难补助', '救助', '最低生活保障'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('applicant.householdSize'),
        f('applicant.monthlyIncome'),
        f('application.reason', true, { widget: 'textarea' }),
        ...BANK_FIELDS,
      ],
    }),
  },
];
