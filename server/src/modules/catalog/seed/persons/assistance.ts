// 社会救助 (市民政局) beyond 低保: temporary assistance for sudden hardship, and support for people
// in extreme poverty (特困人员). Streets accept on the bureau's behalf, near home.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  APPLICANT_FIELDS,
  BANK_FIELDS,
  CITY,
  cityVenue,
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

const ASSISTANCE_LAW = '《社会救助暂行办法》';

const temporaryAssistance: BasicItemContent = {
  name: '临时救助申请',
  basicCode: '001205006000',
  itemType: '05',
  legalBasis: [
    law(
      ASSISTANCE_LAW,
      '第四十七条',
      '国家对因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭，或者因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障家庭，以及遭遇其他特殊困难的家庭，给予临时救助。',
    ),
    law(
      ASSISTANCE_LAW,
      '第四十八条',
      '申请临时救助的，应当向乡镇人民政府、街道办事处提出，经审核、公示后，由县级人民政府民政部门审批；救助金额较小的，县级人民政府民政部门可以委托乡镇人民政府、街道办事处审批。情况紧急的，可以按照规定简化审批手续。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['social-insurance'],
};

const extremePoverty: BasicItemContent = {
  name: '特困人员救助供养申请',
  basicCode: '001205007000',
  itemType: '05',
  legalBasis: [
    law(
      ASSISTANCE_LAW,
      '第十四条',
      '国家对无劳动能力、无生活来源且无法定赡养、抚养、扶养义务人，或者其法定赡养、抚养、扶养义务人无赡养、抚养、扶养能力的老年人、残疾人以及未满16周岁的未成年人，给予特困人员供养。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['elderly', 'disability'],
};

export const ASSISTANCE_ITEMS = [temporaryAssistance, extremePoverty];

const VENUES = [cityVenue(['SL03', 'BB01'], 'comprehensive'), ...nearbyEverywhere('delegated-acceptance', 4)];

export const ASSISTANCE_IMPLEMENTATIONS: SeedImplementation[] = [
  {
    agencyId: 'tj-mzj',
    regionCode: CITY,
    serial: 7,
    content: implementationOf(temporaryAssistance, {
      caseType: '2',
      statutoryLimit: limit(20),
      promisedLimit: limit(15),
      questions: [
        {
          id: 'urgency',
          text: '困难是否紧急',
          options: [
            { id: 'normal', label: '一般情形' },
            { id: 'urgent', label: '情况紧急，需先行救助', promisedLimit: limit(2) },
          ],
        },
      ],
      conditions: [
        {
          id: 'hardship',
          text: '因意外事件、突发重大疾病等导致基本生活暂时出现严重困难的本市户籍或持居住证家庭',
        },
      ],
      materials: [
        idCard(),
        householdRegister('household-register', '申请人', { requirement: 'optional' }),
        material('application', '《临时救助申请书》', '申请人签字，写明困难原因和救助需求', {
          format: 'both',
        }),
        material('hardship-proof', '困难情况证明', '医疗费用票据、事故认定书等；紧急情形可先行救助后补交', {
          deficiencyAllowed: true,
          copies: 1,
        }),
      ],
      procedure: steps([0, 10, 3, 2], { review: '街道调查核实并公示', decide: '区民政部门或受委托街道审批' }),
      result: { type: 'document', name: '临时救助审批决定书' },
      handlingModes: ['1', '2', '3'],
      visits: 0,
      onlineDepth: '5',
      acceptingVenues: VENUES,
      cityWide: true,
      faqs: [
        {
          question: '家里突然有人得了大病，能申请什么救助？',
          answer: '可申请临时救助；情况紧急的，街道可先行救助，再补办审批手续。',
        },
      ],
      keywords: ['临时救助', '急难救助', '大病救助', '困难补助'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('applicant.householdSize'),
        f('application.reason', true, { widget: 'textarea' }),
        f('application.amount', false),
        ...BANK_FIELDS,
      ],
    }),
  },
  {
    agencyId: 'tj-mzj',
    regionCode: CITY,
    serial: 8,
    content: implementationOf(extremePoverty, {
      caseType: '2',
      statutoryLimit: limit(40),
      promisedLimit: limit(30),
      limitNote: '含入户调查和7天公示期',
      questions: [
        {
          id: 'care',
          text: '供养方式',
          options: [
            { id: 'home', label: '分散供养（在家生活）' },
            { id: 'institution', label: '集中供养（入住供养服务机构）' },
          ],
        },
      ],
      conditions: [
        { id: 'three-no', text: '无劳动能力、无生活来源、无法定赡养抚养扶养义务人或其无履行义务能力' },
        { id: 'who', text: '老年人、残疾人或未满16周岁的未成年人' },
      ],
      materials: [
        idCard(),
        householdRegister(),
        material('disability-cert', '中华人民共和国残疾人证', '残疾人申请的，电子证照库调取', {
          requirement: 'optional',
          source: 'e-license',
          licenseType: LT.disabilityCertificate,
          format: 'electronic',
          originals: 0,
        }),
        material('application', '《特困人员救助供养申请书》', '本人或代理人签字', { format: 'both' }),
        material('care-agreement', '委托照料协议', '分散供养的，与照料人签订', {
          requirement: 'situational',
          when: { care: ['home'] },
          deficiencyAllowed: true,
        }),
      ],
      procedure: steps([0, 20, 5, 5], {
        review: '街道入户调查、经济状况核对并公示',
        decide: '区民政部门审批，确定供养方式',
      }),
      specialProcedures: [{ kind: 'public-notice', maxWorkingDays: 7, basis: '《特困人员认定办法》' }],
      result: { type: 'document', name: '特困人员救助供养审批决定书' },
      handlingModes: ['1', '2', '3'],
      visits: 1,
      visitsReason: '须接受入户调查，核实生活状况和供养需求',
      onlineDepth: '4',
      acceptingVenues: VENUES,
      cityWide: true,
      keywords: ['五保户', '特困供养', '孤寡老人', '无依无靠'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('applicant.birthDate'),
        f('applicant.address'),
        f('application.description', true, { widget: 'textarea' }),
        ...BANK_FIELDS,
      ],
    }),
  },
];
