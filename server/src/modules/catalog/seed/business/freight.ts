// 道路普通货物运输经营许可 (《中华人民共和国道路运输条例》第二十一条、第二十四条) at the 市交通运输委
// and the 滨海新区行政审批局, with 告知承诺 (证照分离). Lorries up to 4.5 tonnes need no licence.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
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
  representativeId,
  WINDOWS,
} from './common.ts';
import { BLT } from './license-types.ts';
import { CITY_SERIAL, XZSPJ_SERIAL } from './serials.ts';
import { JTYSW_PHONE } from './transport.ts';

export const freightItem: BasicItemContent = {
  name: '道路普通货物运输经营许可',
  basicCode: '000114002000',
  itemType: '01',
  legalBasis: [
    law(
      '《中华人民共和国道路运输条例》',
      '第二十一条',
      '申请从事货运经营的，应当具备下列条件：（一）有与其经营业务相适应并经检测合格的车辆；（二）有符合本条例规定条件的驾驶人员；（三）有健全的安全生产管理制度。',
    ),
    law(
      '《中华人民共和国道路运输条例》',
      '第二十四条',
      '从事危险货物运输经营以外的货运经营的，向县级人民政府交通运输主管部门提出申请。收到申请的交通运输主管部门，应当自受理申请之日起20日内审查完毕，作出许可或者不予许可的决定。使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需申请取得道路运输经营许可证及车辆营运证。',
    ),
    LICENSING_LAW_42,
  ],
  exerciseLevel: '4',
  serviceTargets: ['2', '1'],
  themes: ['transport', 'licensing'],
};

function freight(
  agencyId: string,
  regionCode: string,
  serial: number,
  venues: ReturnType<typeof cityVenues>,
  phone: string,
): SeedImplementation {
  const content = implementationOf(freightItem, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(5),
    limitNote: '选择告知承诺的，材料齐全当场作出许可决定。',
    conditions: [
      {
        id: 'vehicles',
        text: '有与其经营业务相适应并经检测合格的车辆（总质量4.5吨以上）',
        commitmentAllowed: true,
      },
      {
        id: 'drivers',
        text: '驾驶人员取得相应的机动车驾驶证和道路货物运输从业资格证，年龄不超过60周岁',
        commitmentAllowed: true,
      },
      { id: 'safety', text: '有健全的安全生产管理制度', commitmentAllowed: true },
    ],
    questions: [
      {
        id: 'kind',
        text: '您要办理的业务类型',
        help: '只使用总质量4.5吨及以下普通货车经营的，无需办理此许可',
        options: [
          { id: 'new', label: '新办' },
          { id: 'change', label: '变更（名称、地址、法定代表人等）', promisedLimit: limit(2) },
          { id: 'cancel', label: '注销（终止经营）', promisedLimit: limit(1) },
        ],
      },
    ],
    materials: [
      material('application', '道路货物运输经营申请表', '网上填报，加盖公章', { format: 'electronic' }),
      businessLicence(),
      representativeId(),
      material(
        'vehicle-commitment',
        '拟投入车辆承诺书',
        '写明车辆数量、类型、技术性能；许可后按承诺配备车辆',
        { requirement: 'situational', when: { kind: ['new'] } },
      ),
      material('drivers', '驾驶人员的驾驶证、从业资格证', '在线核验；与拟投入车辆相适应', {
        requirement: 'situational',
        when: { kind: ['new'] },
        deficiencyAllowed: true,
      }),
      material('safety-rules', '安全生产管理制度文本', '包括安全生产责任制、操作规程、车辆技术管理制度等', {
        requirement: 'situational',
        when: { kind: ['new'] },
        deficiencyAllowed: true,
      }),
      material('current-licence', '道路运输经营许可证', '电子证照库调取', {
        requirement: 'situational',
        when: { kind: ['change', 'cancel'] },
        source: 'e-license',
        licenseType: BLT.roadTransport,
        format: 'electronic',
        originals: 0,
      }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 2, 2, 1]),
    commitment: {
      text: '本单位承诺：已具备与经营业务相适应并经检测合格的车辆、符合条件的驾驶人员和健全的安全生产管理制度，所填信息真实；如有不实，愿意承担许可被撤销并记入信用记录的法律责任。',
      verificationPlan:
        '许可后2个月内通过全国道路运输信息系统核查车辆和驾驶员信息，并抽取不低于10%的企业现场检查；承诺不实的依法撤销许可。',
    },
    result: { type: 'certificate', name: '道路运输经营许可证', licenseType: BLT.roadTransport },
    handlingModes: ['1', '2', '3', '4'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: venues,
    cityWide: true,
    consultationPhone: phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '用小货车拉货要办运输证吗？',
        answer: '总质量4.5吨及以下的普通货车从事普通货运的，无需办理道路运输经营许可证和车辆道路运输证。',
      },
    ],
    formFields: [...ENTERPRISE_FIELDS, f('vehicle.fleetSize'), f('enterprise.employees', false)],
    lists: [...LICENSING_LISTS],
    keywords: ['货运', '货运许可', '道路运输证', '物流公司', '拉货', '开货车', '运输许可证', '普货'],
  });
  return { agencyId, regionCode, serial, content };
}

export const FREIGHT_ITEMS: readonly BasicItemContent[] = [freightItem];
export const FREIGHT_IMPLEMENTATIONS: readonly SeedImplementation[] = [
  freight('tj-jtysw', CITY, CITY_SERIAL.jtysw.freight, cityVenues(WINDOWS.cityTransport), JTYSW_PHONE),
  freight('bh-xzspj', BINHAI.code, XZSPJ_SERIAL.freightTransport, districtVenues(BINHAI), BINHAI.phone),
];
