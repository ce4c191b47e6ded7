// 建设用地规划许可证核发 and 建设工程规划许可证核发 (《中华人民共和国城乡规划法》第三十七、三十八、四十
// 条) at the 市规划和自然资源局; in 滨海新区 the 行政审批局 issues the construction permit. Both are in
// the 工程建设项目审批 and 投资审批 lists. The design scheme comes from a qualified design firm (an
// intermediary service); permits touching neighbours' major interests go to a hearing.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf, type ImplementationSpec } from '../build.ts';
import { LT } from '../persons/license-types.ts';
import type { SeedImplementation } from '../types.ts';
import {
  BINHAI,
  businessLicence,
  CITY,
  cityVenues,
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
  WINDOWS,
} from './common.ts';
import { BLT } from './license-types.ts';
import { CITY_SERIAL, XZSPJ_SERIAL } from './serials.ts';

const PLANNING_LISTS = [...LICENSING_LISTS, 'construction-approval', 'investment-approval'] as const;
const PHONE = '022-24173000';

export const constructionPlanningItem: BasicItemContent = {
  name: '建设工程规划许可证核发',
  basicCode: '000172003000',
  itemType: '01',
  legalBasis: [
    law(
      '《中华人民共和国城乡规划法》',
      '第四十条',
      '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。申请办理建设工程规划许可证，应当提交使用土地的有关证明文件、建设工程设计方案等材料。',
    ),
    LICENSING_LAW_42,
  ],
  exerciseLevel: '7',
  serviceTargets: ['2', '3', '1'],
  themes: ['construction'],
};

export const landUsePlanningItem: BasicItemContent = {
  name: '建设用地规划许可证核发',
  basicCode: '000172002000',
  itemType: '01',
  legalBasis: [
    law(
      '《中华人民共和国城乡规划法》',
      '第三十七条',
      '在城市、镇规划区内以划拨方式提供国有土地使用权的建设项目，经有关部门批准、核准、备案后，建设单位应当向城市、县人民政府城乡规划主管部门提出建设用地规划许可申请，由城市、县人民政府城乡规划主管部门依据控制性详细规划核定建设用地的位置、面积、允许建设的范围，核发建设用地规划许可证。',
    ),
    law(
      '《中华人民共和国城乡规划法》',
      '第三十八条',
      '以出让方式取得国有土地使用权的建设项目，建设单位在取得建设项目的批准、核准、备案文件和签订国有土地使用权出让合同后，向城市、县人民政府城乡规划主管部门领取建设用地规划许可证。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['2', '3'],
  themes: ['construction'],
};

const PROJECT_FIELDS = [
  ...ENTERPRISE_FIELDS,
  f('project.name'),
  f('project.code', true, { help: '在天津市投资项目在线审批监管平台取得' }),
  f('project.location', true, { widget: 'textarea' as const }),
  f('project.landArea'),
];

const projectCode = material(
  'project-code',
  '投资项目代码及立项文件（批准、核准、备案）',
  '通过投资项目在线审批监管平台共享获取',
  {
    source: 'shared-data',
    sharedDataset: 'investment-project',
    format: 'electronic',
    originals: 0,
  },
);

function constructionPlanning(
  agencyId: string,
  regionCode: string,
  serial: number,
  venues: ImplementationSpec['acceptingVenues'],
  phone: string,
): SeedImplementation {
  const content = implementationOf(constructionPlanningItem, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(8),
    limitNote: '批前公示和听证时间不计入承诺时限；社会投资简易低风险项目5个工作日办结。',
    conditions: [
      { id: 'land', text: '已依法取得土地使用权（划拨决定书或出让合同、不动产权证书）' },
      {
        id: 'scheme',
        text: '建设工程设计方案符合控制性详细规划和规划条件，符合《天津市城市规划管理技术规定》',
      },
    ],
    questions: [
      {
        id: 'project',
        text: '工程类别',
        options: [
          { id: 'building', label: '房屋建筑工程' },
          { id: 'linear', label: '市政道路、管线等线性工程' },
          { id: 'low-risk', label: '社会投资简易低风险项目', promisedLimit: limit(5) },
        ],
      },
    ],
    materials: [
      material('application', '建设工程规划许可申请表', '工程建设项目审批管理系统在线填报，加盖公章', {
        format: 'electronic',
      }),
      businessLicence(),
      projectCode,
      material(
        'land-proof',
        '使用土地的有关证明文件（不动产权证书）',
        '电子证照库调取；尚未登记的提交划拨决定书或出让合同',
        {
          source: 'e-license',
          licenseType: LT.realEstateCertificate,
          format: 'electronic',
          originals: 0,
        },
      ),
      material('land-use-permit', '建设用地规划许可证', '电子证照库调取', {
        requirement: 'situational',
        when: { project: ['building', 'low-risk'] },
        source: 'e-license',
        licenseType: BLT.landUsePlanning,
        format: 'electronic',
        originals: 0,
      }),
      material(
        'design-scheme',
        '建设工程设计方案（总平面图、建筑单体方案、技术经济指标）',
        '由具备相应资质的设计单位编制并签章，电子图纸符合审查数据标准',
        {
          issuer: '具备相应资质的设计单位',
          format: 'electronic',
        },
      ),
      material('pipeline-plan', '管线综合规划图及路由说明', '标明与现状管线的间距', {
        requirement: 'situational',
        when: { project: ['linear'] },
      }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 4, 2, 1], {
      review: '审查设计方案是否符合控制性详细规划和规划条件；需要时组织批前公示',
    }),
    specialProcedures: [
      { kind: 'public-notice', maxWorkingDays: 10, basis: '设计方案批前公示，征求利害关系人意见' },
      {
        kind: 'hearing',
        maxWorkingDays: 20,
        basis:
          '《中华人民共和国行政许可法》第四十七条：直接涉及申请人与他人之间重大利益关系的，告知申请人、利害关系人享有要求听证的权利',
      },
    ],
    intermediaryServices: [
      {
        name: '建设工程设计方案编制',
        basis:
          '《建设工程勘察设计管理条例》：从事建设工程设计活动的单位应当取得相应资质，设计方案由具备资质的设计单位编制',
      },
      { name: '建设工程规划放线测量', basis: '由具备测绘资质的单位按批准的总平面图实施放线' },
    ],
    result: { type: 'certificate', name: '建设工程规划许可证', licenseType: BLT.constructionPlanning },
    handlingModes: ['1', '2'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: venues,
    consultationPhone: phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '建设工程规划许可证办下来后多久要开工？',
        answer: '应在规定期限内申请施工许可；逾期未开工又未申请延期的，许可证自行失效。',
      },
      {
        question: '设计方案可以自己画吗？',
        answer: '不可以，须由具备相应资质的设计单位编制，可在中介服务网上超市选择。',
      },
    ],
    formFields: [
      ...PROJECT_FIELDS,
      f('project.buildingArea'),
      f('project.investment'),
      f('project.designFirm'),
      f('project.landUsePermitNumber', false),
    ],
    lists: [...PLANNING_LISTS],
    keywords: ['规划许可', '工规证', '盖房子', '建厂房', '工程规划', '建设许可', '新建楼房'],
  });
  return { agencyId, regionCode, serial, content };
}

const landUsePlanning: SeedImplementation = {
  agencyId: 'tj-ghzyj',
  regionCode: CITY,
  serial: CITY_SERIAL.ghzyj.landUsePlanning,
  content: implementationOf(landUsePlanningItem, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(5),
    conditions: [
      { id: 'approved', text: '建设项目已取得批准、核准或备案文件；出让用地已签订国有土地使用权出让合同' },
    ],
    questions: [
      {
        id: 'supply',
        text: '土地供应方式',
        options: [
          { id: 'transfer', label: '出让' },
          { id: 'allocation', label: '划拨' },
        ],
      },
    ],
    materials: [
      material('application', '建设用地规划许可申请表', '在线填报，加盖公章', { format: 'electronic' }),
      businessLicence(),
      projectCode,
      material('contract', '国有建设用地使用权出让合同', '合同已签订并缴清出让价款', {
        requirement: 'situational',
        when: { supply: ['transfer'] },
      }),
      material('allocation', '国有建设用地划拨决定书', '与申请用地位置、面积一致', {
        requirement: 'situational',
        when: { supply: ['allocation'] },
      }),
      material('boundary', '用地红线图（勘测定界图）', '由具备测绘资质的单位出具', { format: 'electronic' }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 2, 2, 1], {
      review: '依据控制性详细规划核定用地位置、面积和允许建设的范围',
    }),
    result: { type: 'certificate', name: '建设用地规划许可证', licenseType: BLT.landUsePlanning },
    handlingModes: ['1', '2'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: cityVenues(WINDOWS.construction),
    consultationPhone: PHONE,
    supervisionPhone: '022-12345',
    formFields: PROJECT_FIELDS,
    lists: [...PLANNING_LISTS],
    keywords: ['用地规划', '用地许可', '拿地', '建设用地'],
  }),
};

export const PLANNING_ITEMS: readonly BasicItemContent[] = [constructionPlanningItem, landUsePlanningItem];
export const PLANNING_IMPLEMENTATIONS: readonly SeedImplementation[] = [
  constructionPlanning(
    'tj-ghzyj',
    CITY,
    CITY_SERIAL.ghzyj.constructionPlanning,
    cityVenues(WINDOWS.construction),
    PHONE,
  ),
  constructionPlanning(
    'bh-xzspj',
    BINHAI.code,
    XZSPJ_SERIAL.constructionPlanning,
    districtVenues(BINHAI, WINDOWS.construction),
    BINHAI.phone,
  ),
  landUsePlanning,
];
