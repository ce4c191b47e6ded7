// 城市道路占用、挖掘许可 (《城市道路管理条例》第三十条、第三十一条、第三十三条): the 市城市管理委 for
// city-managed roads, the district 行政审批局 (河西、和平) for district roads; the traffic police
// co-approve. Emergency repairs of buried pipes may break the road first and file within 24 hours.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  businessLicence,
  CITY,
  cityVenues,
  districtVenues,
  ENTERPRISE_FIELDS,
  f,
  HEPING,
  HEXI,
  law,
  LICENSING_LAW_42,
  LICENSING_LISTS,
  licensingSteps,
  limit,
  material,
  ONLINE_URL,
  powerOfAttorney,
  WINDOWS,
} from './common.ts';
import { BLT } from './license-types.ts';
import { CITY_SERIAL, XZSPJ_SERIAL } from './serials.ts';

export const roadOccupationItem: BasicItemContent = {
  name: '城市道路占用、挖掘许可',
  basicCode: '000174001000',
  itemType: '01',
  legalBasis: [
    law(
      '《城市道路管理条例》',
      '第三十条',
      '未经市政工程行政主管部门和公安交通管理部门批准，任何单位或者个人不得占用或者挖掘城市道路。',
    ),
    law(
      '《城市道路管理条例》',
      '第三十一条',
      '因特殊情况需要临时占用城市道路的，须经市政工程行政主管部门和公安交通管理部门批准，方可按照规定占用。',
    ),
    law(
      '《城市道路管理条例》',
      '第三十三条',
      '因工程建设需要挖掘城市道路的，应当提交城市规划部门批准签发的文件和有关设计文件，经市政工程行政主管部门和公安交通管理部门批准，方可按照规定挖掘。',
    ),
    LICENSING_LAW_42,
  ],
  exerciseLevel: '7',
  serviceTargets: ['2', '3', '6'],
  themes: ['construction', 'transport'],
};

const EXCAVATE = { works: ['excavate', 'both'] };

function roadOccupation(
  agencyId: string,
  regionCode: string,
  serial: number,
  venues: ReturnType<typeof cityVenues>,
  phone: string,
  roads: string,
): SeedImplementation {
  const content = implementationOf(roadOccupationItem, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(5),
    limitNote: `${roads}。紧急抢修先行破路的，24小时内补办手续，1个工作日内办结。`,
    conditions: [
      { id: 'necessary', text: '因工程建设或特殊情况确需占用、挖掘城市道路，且无其他可行方案' },
      { id: 'plan', text: '有施工方案和交通组织方案，承诺按期恢复道路原状' },
      {
        id: 'new-road',
        text: '新建、扩建、改建的城市道路交付使用后5年内、大修的城市道路竣工后3年内不得挖掘（确需挖掘的经同级人民政府批准）',
        when: EXCAVATE,
      },
    ],
    questions: [
      {
        id: 'works',
        text: '作业类型',
        options: [
          { id: 'occupy', label: '临时占用城市道路（堆料、搭设、临时设施等）' },
          { id: 'excavate', label: '挖掘城市道路（管线铺设、检修等）' },
          { id: 'both', label: '占用并挖掘' },
        ],
      },
      {
        id: 'urgency',
        text: '是否为地下管线故障紧急抢修',
        when: EXCAVATE,
        options: [
          { id: 'planned', label: '否，计划施工' },
          { id: 'emergency', label: '是，已先行破路抢修（补办手续）', promisedLimit: limit(1) },
        ],
      },
    ],
    materials: [
      material('application', '城市道路占用、挖掘申请表', '写明占用、挖掘的位置、面积、期限，加盖公章', {
        format: 'both',
      }),
      businessLicence(),
      material('construction-plan', '施工方案及施工平面图', '标明作业范围、围挡、安全防护和恢复措施', {
        deficiencyAllowed: false,
      }),
      material('traffic-plan', '交通组织方案', '涉及机动车道的经公安交通管理部门审核', {
        deficiencyAllowed: true,
      }),
      material('planning-permit', '建设工程规划许可证（或规划部门批准文件）', '电子证照库调取', {
        requirement: 'situational',
        when: { urgency: ['planned'] },
        source: 'e-license',
        licenseType: BLT.constructionPlanning,
        format: 'electronic',
        originals: 0,
      }),
      material('pipeline-design', '管线设计文件', '由设计单位签章，标明管线位置、埋深', {
        requirement: 'situational',
        when: { urgency: ['planned'] },
      }),
      material('emergency-record', '抢修情况说明及现场照片', '写明故障时间、破路位置和面积', {
        requirement: 'situational',
        when: { urgency: ['emergency'] },
      }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 2, 1, 1], {
      review: '审查占用、挖掘的必要性和方案，会同公安交通管理部门意见，需要时现场踏勘',
    }),
    specialProcedures: [{ kind: 'inspection', maxWorkingDays: 3, basis: '对占用、挖掘路段进行现场踏勘' }],
    result: { type: 'certificate', name: '城市道路占用、挖掘许可决定书', licenseType: BLT.roadOccupation },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: venues,
    coImplementingAgencyIds: ['tj-gaj'],
    consultationPhone: phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '门口临时堆放装修材料要办占道许可吗？',
        answer: '占用城市道路堆放物料的需要办理临时占用许可，并按批准的位置、面积和期限占用。',
      },
      {
        question: '自来水管爆了来不及审批怎么办？',
        answer: '可以先行破路抢修，同时通知城市管理和公安交通管理部门，24小时内补办手续。',
      },
    ],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('project.worksKind', true, { widget: 'radio' }),
      f('project.roadName', true, { widget: 'textarea' }),
      f('project.occupiedArea'),
      f('project.startDate'),
      f('project.endDate'),
      f('project.constructionUnit', false),
    ],
    lists: [...LICENSING_LISTS, 'construction-approval'],
    keywords: ['挖路', '占道', '道路开挖', '破路', '占路施工', '管线施工', '路面开挖'],
  });
  return { agencyId, regionCode, serial, content };
}

export const ROAD_ITEMS: readonly BasicItemContent[] = [roadOccupationItem];
export const ROAD_IMPLEMENTATIONS: readonly SeedImplementation[] = [
  roadOccupation(
    'tj-csglw',
    CITY,
    CITY_SERIAL.csglw.roadOccupation,
    cityVenues(WINDOWS.construction),
    '022-23034300',
    '市管快速路、主干道由市城市管理委许可',
  ),
  ...[HEXI, HEPING].map((d) =>
    roadOccupation(
      `${d.slug}-xzspj`,
      d.code,
      XZSPJ_SERIAL.roadOccupation,
      districtVenues(d, WINDOWS.construction),
      d.phone,
      `${d.name}管道路由区行政审批局许可`,
    ),
  ),
];
