// 营业性演出许可 (《营业性演出管理条例》第六条、第十三条): the 市文化和旅游局 licenses performance
// brokerages and approves performances with performers from abroad, Hong Kong, Macao or Taiwan;
// the 和平区行政审批局 licenses troupes and approves other performances held in the district.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf, type ImplementationSpec } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  businessLicence,
  CITY,
  cityVenues,
  districtVenues,
  ENTERPRISE_FIELDS,
  f,
  HEPING,
  law,
  LICENSING_LISTS,
  licensingSteps,
  limit,
  material,
  ONLINE_URL,
  powerOfAttorney,
  representativeId,
  WINDOWS,
} from './common.ts';
import { BLT } from './license-types.ts';
import { CITY_SERIAL, XZSPJ_SERIAL } from './serials.ts';

export const performanceItem: BasicItemContent = {
  name: '营业性演出许可',
  basicCode: '000135001000',
  itemType: '01',
  legalBasis: [
    law(
      '《营业性演出管理条例》',
      '第六条',
      '文艺表演团体申请从事营业性演出活动，应当有与其业务相适应的专职演员和器材设备，并向县级人民政府文化主管部门提出申请；演出经纪机构申请从事营业性演出经营活动，应当有3名以上专职演出经纪人员和与其业务相适应的资金，并向省、自治区、直辖市人民政府文化主管部门提出申请。文化主管部门应当自受理申请之日起20日内作出决定。',
    ),
    law(
      '《营业性演出管理条例》',
      '第十三条',
      '举办营业性演出，应当向演出所在地县级人民政府文化主管部门提出申请。县级人民政府文化主管部门应当自受理申请之日起3日内作出决定。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['2', '6'],
  themes: ['culture', 'licensing'],
};

const EVENT = { subject: ['event'] };

interface Variant {
  agencyId: string;
  regionCode: string;
  serial: number;
  venues: ImplementationSpec['acceptingVenues'];
  phone: string;
  /** 设立 of a brokerage (city) or a troupe (district). */
  entity: { id: 'broker' | 'troupe'; label: string; condition: string; proof: string };
  eventLabel: string;
  eventLimits: { statutory: number; promised: number };
}

function performance(v: Variant): SeedImplementation {
  const content = implementationOf(performanceItem, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(10),
    limitNote: '举办营业性演出的按所选情形的时限办结；演出内容需要专家审查的，审查时间不计入。',
    conditions: [
      { id: 'entity', text: v.entity.condition, when: { subject: [v.entity.id] } },
      { id: 'content', text: '演出内容不含《营业性演出管理条例》第二十五条禁止的内容', when: EVENT },
      {
        id: 'safety',
        text: '演出场所合法，有安全工作方案和突发事件应急预案；观众1000人以上的依法取得大型群众性活动安全许可',
        when: EVENT,
      },
    ],
    questions: [
      {
        id: 'subject',
        text: '您要申请的事项',
        options: [
          { id: v.entity.id, label: v.entity.label },
          {
            id: 'event',
            label: v.eventLabel,
            statutoryLimit: limit(v.eventLimits.statutory),
            promisedLimit: limit(v.eventLimits.promised),
          },
        ],
      },
    ],
    materials: [
      material('application', '营业性演出申请登记表', '网上填报，加盖公章', { format: 'electronic' }),
      businessLicence(),
      representativeId(),
      material('entity-proof', v.entity.proof, '人员在职在岗，证件在有效期内', {
        requirement: 'situational',
        when: { subject: [v.entity.id] },
        copies: 1,
        originals: 0,
      }),
      material(
        'programme',
        '演出节目内容材料（节目单、歌词、剧本、视听资料）',
        '与申报演出一致，外文须附中文译本',
        { requirement: 'situational', when: EVENT },
      ),
      material('performers', '演员名单及有效身份证件', '与节目单一致；境外演员附护照、演出合同', {
        requirement: 'situational',
        when: EVENT,
      }),
      material('venue-agreement', '演出场所使用协议', '场所具备消防安全条件', {
        requirement: 'situational',
        when: EVENT,
        deficiencyAllowed: true,
      }),
      material('safety-plan', '安全工作方案和应急预案', '明确安保人员、疏散通道和票务控制', {
        requirement: 'situational',
        when: EVENT,
        deficiencyAllowed: true,
      }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 2, 1, 1], {
      review: '审查主体资格和演出内容；需要时组织专家对演出内容进行审查',
    }),
    specialProcedures: [{ kind: 'expert-review', maxWorkingDays: 5, basis: '演出内容需要专家审查的' }],
    result: {
      type: 'certificate',
      name: '营业性演出许可证（举办演出的为批准文件）',
      licenseType: BLT.commercialPerformance,
    },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: v.venues,
    coImplementingAgencyIds: ['tj-gaj'],
    consultationPhone: v.phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '商场里搞一场商业演出需要审批吗？',
        answer: '举办营业性演出都需要向演出所在地文化主管部门申请，取得批准后方可售票和宣传。',
      },
      { question: '演唱会观众超过1000人还要办什么？', answer: '还须向公安机关申请大型群众性活动安全许可。' },
    ],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('performance.title'),
      f('performance.kind', true, { widget: 'select' }),
      f('performance.venue'),
      f('performance.startDate'),
      f('performance.endDate'),
      f('performance.shows'),
      f('performance.performers'),
      f('performance.audience', false),
      f('performance.foreignPerformers', false),
    ],
    lists: [...LICENSING_LISTS],
    keywords: ['演出', '演唱会', '办演出', '音乐节', '演出许可', '演出经纪', '剧团', '商演'],
  });
  return { agencyId: v.agencyId, regionCode: v.regionCode, serial: v.serial, content };
}

export const CULTURE_ITEMS: readonly BasicItemContent[] = [performanceItem];
export const CULTURE_IMPLEMENTATIONS: readonly SeedImplementation[] = [
  performance({
    agencyId: 'tj-whlyj',
    regionCode: CITY,
    serial: CITY_SERIAL.whlyj.performance,
    venues: cityVenues(WINDOWS.cityCulture),
    phone: '022-83608000',
    entity: {
      id: 'broker',
      label: '设立演出经纪机构（申领营业性演出许可证）',
      condition: '有3名以上取得演出经纪人员资格证的专职演出经纪人员和与其业务相适应的资金',
      proof: '专职演出经纪人员资格证及劳动合同',
    },
    eventLabel: '举办有外国或港澳台文艺表演团体、个人参加的营业性演出',
    eventLimits: { statutory: 20, promised: 10 },
  }),
  performance({
    agencyId: 'hp-xzspj',
    regionCode: HEPING.code,
    serial: XZSPJ_SERIAL.performance,
    venues: districtVenues(HEPING),
    phone: HEPING.phone,
    entity: {
      id: 'troupe',
      label: '设立文艺表演团体（申领营业性演出许可证）',
      condition: '有与其业务相适应的专职演员和器材设备',
      proof: '专职演员名单、身份证明及器材设备清单',
    },
    eventLabel: '在和平区举办营业性演出（无境外演员）',
    eventLimits: { statutory: 3, promised: 2 },
  }),
];
