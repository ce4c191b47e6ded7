// 超限运输车辆行驶公路许可 at the 市交通运输委 (the 市公路管理 body under it handles it): limits by
// vehicle class; cross-province trips are accepted once at the departure province and approved
// jointly along the route (多地联办).
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
  ONLINE_URL,
  powerOfAttorney,
  WINDOWS,
} from './common.ts';
import { BLT } from './license-types.ts';
import { CITY_SERIAL } from './serials.ts';

/** The 市交通运输委's consultation number (invented). */
export const JTYSW_PHONE = '022-24530000';

export const oversizeItem: BasicItemContent = {
  name: '超限运输车辆行驶公路许可',
  basicCode: '000114010000',
  itemType: '01',
  legalBasis: [
    law(
      '《中华人民共和国公路法》',
      '第五十条',
      '超过公路、公路桥梁、公路隧道或者汽车渡船的限载、限高、限宽、限长标准的车辆，不得在有限定标准的公路、公路桥梁上或者公路隧道内行驶，不得使用汽车渡船。超过公路或者公路桥梁限载标准确需行驶的，必须经县级以上地方人民政府交通主管部门批准，并按要求采取有效的防护措施。',
    ),
    law(
      '《公路安全保护条例》',
      '第三十五条',
      '车辆载运不可解体物品，车货总体的外廓尺寸或者总质量超过公路、公路桥梁、公路隧道的限载、限高、限宽、限长标准，确需在公路、公路桥梁、公路隧道行驶的，从事运输的单位和个人应当向公路管理机构申请公路超限运输许可。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['2', '1'],
  themes: ['transport'],
};

const oversize: SeedImplementation = {
  agencyId: 'tj-jtysw',
  regionCode: CITY,
  serial: CITY_SERIAL.jtysw.oversize,
  content: implementationOf(oversizeItem, {
    caseType: '2',
    statutoryLimit: limit(15),
    promisedLimit: limit(10),
    limitNote:
      '《超限运输车辆行驶公路管理规定》：一类2个工作日、二类5个工作日、三类15个工作日内作出决定；跨省统一受理、集中办理的分别不超过5、10、20个工作日。',
    conditions: [
      { id: 'indivisible', text: '载运的是不可解体物品，确需超限运输' },
      { id: 'vehicle', text: '车辆技术状况良好，车型与载运物品相适应，取得道路运输证' },
      { id: 'escort', text: '三类大件运输须有护送方案并配备护送车辆', when: { class: ['class-3'] } },
    ],
    questions: [
      {
        id: 'class',
        text: '车货总体尺寸和质量',
        help: '高度从地面算起',
        options: [
          {
            id: 'class-1',
            label: '高≤4.2米、宽≤3米、长≤20米，总质量和轴荷未超限',
            statutoryLimit: limit(2),
            promisedLimit: limit(1),
          },
          {
            id: 'class-2',
            label: '高≤4.5米、宽≤3.75米、长≤28米、总质量≤100吨',
            statutoryLimit: limit(5),
            promisedLimit: limit(3),
          },
          { id: 'class-3', label: '超过上述任一标准的大件运输' },
        ],
      },
      {
        id: 'route',
        text: '行驶路线',
        options: [
          { id: 'local', label: '仅在天津市行政区域内' },
          { id: 'interprovincial', label: '跨省、自治区、直辖市（天津起运）' },
        ],
      },
    ],
    materials: [
      material('application', '公路超限运输申请表', '在全国大件运输许可服务平台在线填报', {
        format: 'electronic',
      }),
      businessLicence({ requirement: 'optional', notes: '承运人为企业的自动调取' }),
      material('transport-licence', '承运人道路运输经营许可证', '电子证照库调取', {
        source: 'e-license',
        licenseType: BLT.roadTransport,
        format: 'electronic',
        originals: 0,
      }),
      material('vehicle-licence', '车辆行驶证', '电子证照库调取，核对车辆号牌、轴数、整备质量', {
        source: 'e-license',
        licenseType: BLT.vehicleRegistration,
        format: 'electronic',
        originals: 0,
      }),
      material('vehicle-transport', '车辆道路运输证', '电子证照库调取', {
        source: 'e-license',
        licenseType: BLT.vehicleTransport,
        format: 'electronic',
        originals: 0,
      }),
      material(
        'outline-drawing',
        '车货总体外廓尺寸、总质量、轴荷数据和载物示意图',
        '数据与申请一致，标明货物重心位置',
        { format: 'electronic' },
      ),
      material('escort-plan', '护送方案', '含护送车辆配置、人员、通行时段和应急处置措施', {
        requirement: 'situational',
        when: { class: ['class-3'] },
      }),
      material(
        'bridge-assessment',
        '桥梁、路线技术评估报告',
        '按公路管理机构要求委托技术单位出具；加固改造的附方案',
        {
          requirement: 'situational',
          when: { class: ['class-3'] },
          deficiencyAllowed: true,
        },
      ),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 1, 1, 0], {
      review: '审查车辆和路线；三类大件运输组织现场勘测和技术评估',
      deliver: '网上发放电子通行证',
    }),
    specialProcedures: [
      {
        kind: 'inspection',
        maxWorkingDays: 10,
        basis: '三类大件运输需要对通行路线、桥梁进行现场勘测的，时间不计入',
      },
      { kind: 'expert-review', maxWorkingDays: 10, basis: '需要对公路、桥梁承载能力进行技术评估的' },
    ],
    result: { type: 'certificate', name: '超限运输车辆通行证', licenseType: BLT.oversizeTransport },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: cityVenues(WINDOWS.cityTransport),
    cityWide: true,
    crossProvince: ['fully-online', 'joint-handling'],
    consultationPhone: JTYSW_PHONE,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '跨省大件运输要去每个省都申请吗？',
        answer: '不需要。由起运地省级公路管理机构统一受理，沿线省份并联审批，一次申请、一证通行。',
      },
      { question: '通行证能用多久？', answer: '按批准的时间、路线和次数通行；多次通行的有效期不超过6个月。' },
    ],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('vehicle.plate'),
      f('vehicle.type', true, { widget: 'select' }),
      f('vehicle.trailerPlate', false),
      f('vehicle.axleCount'),
      f('vehicle.grossWeight'),
      f('vehicle.dimensions'),
      f('vehicle.cargo'),
      f('vehicle.routeFrom'),
      f('vehicle.routeTo'),
      f('vehicle.route', true, { widget: 'textarea' }),
      f('vehicle.travelDate'),
      f('vehicle.travelEndDate'),
    ],
    lists: [...LICENSING_LISTS],
    keywords: ['大件运输', '超限', '超重', '超宽', '大件', '通行证', '重型设备运输', '超限证'],
  }),
};

export const TRANSPORT_ITEMS: readonly BasicItemContent[] = [oversizeItem];
export const TRANSPORT_IMPLEMENTATIONS: readonly SeedImplementation[] = [oversize];
