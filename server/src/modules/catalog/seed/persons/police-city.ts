// City-level public security (市公安局): driver's licence renewal at the traffic police's
// vehicle administration (counters modelled at the city centre's 公安专业窗口) and the reward for
// people who acted bravely for a just cause (见义勇为).
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  APPLICANT_FIELDS,
  CITY,
  cityVenue,
  f,
  idCard,
  law,
  limit,
  material,
  ON_THE_SPOT,
  onTheSpotSteps,
  steps,
} from './common.ts';
import { LT } from './license-types.ts';

const licenceRenewal: BasicItemContent = {
  name: '机动车驾驶证换证',
  basicCode: '001107004000',
  itemType: '07',
  legalBasis: [
    law('《中华人民共和国道路交通安全法》', '第十九条', '驾驶机动车，应当依法取得机动车驾驶证。'),
    law(
      '《机动车驾驶证申领和使用规定》（公安部令第162号）',
      '第六十二条',
      '机动车驾驶人应当于机动车驾驶证有效期满前九十日内，向机动车驾驶证核发地或者核发地以外的车辆管理所申请换证。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['1'],
  themes: ['transport'],
};

const braveryReward: BasicItemContent = {
  name: '见义勇为人员奖励',
  basicCode: '001108005000',
  itemType: '08',
  legalBasis: [
    law(
      '《天津市见义勇为人员奖励和保护条例》',
      '第十条',
      '对见义勇为人员，由市或者区人民政府根据其事迹给予表彰奖励，颁发证书、奖金。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['1'],
  themes: [],
};

export const POLICE_CITY_ITEMS = [licenceRenewal, braveryReward];

export const POLICE_CITY_IMPLEMENTATIONS: SeedImplementation[] = [
  {
    agencyId: 'tj-gaj',
    regionCode: CITY,
    serial: 1,
    content: implementationOf(licenceRenewal, {
      caseType: '1',
      statutoryLimit: ON_THE_SPOT,
      promisedLimit: ON_THE_SPOT,
      questions: [
        {
          id: 'kind',
          text: '换证原因',
          options: [
            { id: 'expiry', label: '有效期满换证' },
            { id: 'info', label: '信息变化（如姓名、身份证号变更）换证' },
            { id: 'damaged', label: '证件损毁换证' },
          ],
        },
        {
          id: 'health',
          text: '准驾车型',
          options: [
            { id: 'small', label: 'C1、C2等小型汽车' },
            { id: 'large', label: 'A、B类大中型客货车' },
          ],
        },
      ],
      conditions: [
        { id: 'in-time', text: '有效期满换证的，在有效期满前90日内申请' },
        { id: 'no-pending', text: '无未处理完毕的交通违法、交通事故记录' },
      ],
      materials: [
        idCard(),
        material('licence', '机动车驾驶证', '电子驾驶证核验；损毁的交回原证', {
          source: 'e-license',
          licenseType: LT.drivingLicence,
          format: 'both',
          originals: 0,
        }),
        material(
          'health-cert',
          '《机动车驾驶人身体条件证明》',
          '县级或部队团级以上医疗机构或具有健康体检资质的机构出具，6个月内有效',
          {
            issuer: '医疗机构',
            format: 'both',
          },
        ),
        material('photo', '近期一寸白底免冠彩色照片', '可现场拍摄或使用医疗机构上传的照片', {
          deficiencyAllowed: true,
        }),
      ],
      procedure: onTheSpotSteps('车管民警核对身体条件证明和驾驶人信息，当场制证'),
      result: { type: 'certificate', name: '机动车驾驶证', licenseType: LT.drivingLicence },
      handlingModes: ['1', '2', '3', '4'],
      visits: 0,
      onlineDepth: '7',
      onlineUrl: 'https://gab.122.gov.cn',
      acceptingVenues: [cityVenue(['ZY01'])],
      cityWide: true,
      crossProvince: ['fully-online'],
      consultationPhone: '022-12345',
      faqs: [
        {
          question: '驾照到期了可以网上换吗？',
          answer: '可以，在“交管12123”App上传身体条件证明后申请，新证件邮寄到家。',
        },
        {
          question: '在外地可以换天津的驾照吗？',
          answer: '可以，驾驶证换证已实现全国通办，可在任一车管所或网上申请。',
        },
      ],
      keywords: ['驾照', '换驾照', '驾照到期', '驾驶证', '12123'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('applicant.drivingLicenceNumber'),
        f('vehicle.licenceClass'),
        f('application.deliveryAddress', false),
      ],
    }),
  },
  {
    agencyId: 'tj-gaj',
    regionCode: CITY,
    serial: 2,
    content: implementationOf(braveryReward, {
      caseType: '2',
      statutoryLimit: limit(60),
      promisedLimit: limit(45),
      limitNote: '不含公示时间',
      conditions: [
        {
          id: 'act',
          text: '不负法定职责、法定义务，为保护国家利益、集体利益或他人人身财产安全挺身而出的行为',
        },
        { id: 'time', text: '自行为发生之日起一年内申报' },
      ],
      materials: [
        idCard(),
        material('application', '《见义勇为人员申报表》', '申报人签字，写明事迹经过', { format: 'both' }),
        material('evidence', '事迹证明材料', '公安机关出警记录、证人证言、视频等', {
          deficiencyAllowed: true,
          format: 'both',
        }),
        material('medical', '伤情诊断证明', '二级以上医院出具', { requirement: 'optional', copies: 1 }),
      ],
      procedure: steps([0, 30, 10, 5], {
        review: '调查核实事迹，征求相关部门意见',
        decide: '评审确认后公示并决定奖励',
      }),
      specialProcedures: [
        { kind: 'public-notice', maxWorkingDays: 7, basis: '《天津市见义勇为人员奖励和保护条例》' },
      ],
      result: { type: 'document', name: '见义勇为人员确认及奖励决定' },
      handlingModes: ['1', '4'],
      visits: 1,
      visitsReason: '须提交事迹证明原件并接受调查核实',
      onlineDepth: '2',
      notOnline: { reason: '事迹须经现场调查核实，申报材料多为原始证据' },
      acceptingVenues: [cityVenue(['ZY01'])],
      consultationPhone: '022-24456110',
      lists: ['power-responsibility'],
      keywords: ['见义勇为', '奖励', '救人', '好人好事'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('application.description', true, { widget: 'textarea' }),
        f('application.startDate', true, { title: '事发日期' }),
      ],
    }),
  },
];
