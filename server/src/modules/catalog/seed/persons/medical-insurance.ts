// 医疗保障 (市医保局): resident medical insurance enrolment and the filing for medical treatment
// outside Tianjin; both city-level, handled city-wide and near home.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  APPLICANT_FIELDS,
  CITY,
  HOTLINE,
  cityVenue,
  f,
  householdRegister,
  idCard,
  law,
  material,
  nearbyEverywhere,
  ON_THE_SPOT,
  onTheSpotSteps,
  step,
} from './common.ts';
import { LT } from './license-types.ts';

const residentMedical: BasicItemContent = {
  name: '城乡居民基本医疗保险参保登记',
  basicCode: '003120001000',
  itemType: '20',
  legalBasis: [
    law(
      '《中华人民共和国社会保险法》',
      '第二十五条',
      '国家建立和完善城乡居民基本医疗保险制度。城乡居民基本医疗保险实行个人缴费和政府补贴相结合。享受最低生活保障的人、丧失劳动能力的残疾人、低收入家庭六十周岁以上的老年人和未成年人等所需个人缴费部分，由政府给予补贴。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['1'],
  themes: ['social-insurance', 'health'],
};

const outOfTownCare: BasicItemContent = {
  name: '异地就医备案',
  basicCode: '003120002000',
  itemType: '20',
  legalBasis: [
    law(
      '《中华人民共和国社会保险法》',
      '第二十九条',
      '参保人员医疗费用中应当由基本医疗保险基金支付的部分，由社会保险经办机构与医疗机构、药品经营单位直接结算。社会保险行政部门和卫生行政部门应当建立异地就医医疗费用结算制度，方便参保人员享受基本医疗保险待遇。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['1'],
  themes: ['health', 'social-insurance'],
};

export const MEDICAL_INSURANCE_ITEMS = [residentMedical, outOfTownCare];

export const MEDICAL_INSURANCE_IMPLEMENTATIONS: SeedImplementation[] = [
  {
    agencyId: 'tj-ybj',
    regionCode: CITY,
    serial: 1,
    content: implementationOf(residentMedical, {
      caseType: '1',
      statutoryLimit: ON_THE_SPOT,
      promisedLimit: ON_THE_SPOT,
      questions: [
        {
          id: 'who',
          text: '参保人属于哪一类',
          options: [
            { id: 'newborn', label: '新生儿' },
            { id: 'student', label: '在校学生、未成年人' },
            { id: 'adult', label: '其他城乡居民' },
          ],
        },
      ],
      conditions: [
        {
          id: 'not-employee',
          text: '未参加职工基本医疗保险的本市户籍居民，或持有本市居住证的非本市户籍居民',
        },
      ],
      materials: [
        idCard(),
        householdRegister('household-register', '参保人', {
          requirement: 'situational',
          when: { who: ['newborn', 'student'] },
        }),
        material('birth-cert', '出生医学证明', '电子证照库调取', {
          requirement: 'situational',
          when: { who: ['newborn'] },
          source: 'e-license',
          licenseType: LT.birthCertificate,
          format: 'electronic',
          originals: 0,
        }),
      ],
      procedure: onTheSpotSteps('核验参保身份，录入参保登记信息，当场生成缴费信息'),
      result: { type: 'document', name: '城乡居民基本医疗保险参保登记凭证' },
      handlingModes: ['1', '2', '3'],
      visits: 0,
      onlineDepth: '6',
      acceptingVenues: [cityVenue(['ZY04']), ...nearbyEverywhere('authorized-handling')],
      cityWide: true,
      limitNote: '集中参保期为每年9月1日至12月31日；新生儿出生后90日内参保的，自出生之日起享受待遇',
      keywords: ['医保', '居民医保', '参保', '新生儿医保', '交医保'],
      formFields: [...APPLICANT_FIELDS, f('applicant.householdType', false), f('applicant.address')],
    }),
  },
  {
    agencyId: 'tj-ybj',
    regionCode: CITY,
    serial: 2,
    content: implementationOf(outOfTownCare, {
      caseType: '1',
      statutoryLimit: ON_THE_SPOT,
      promisedLimit: ON_THE_SPOT,
      questions: [
        {
          id: 'reason',
          text: '您办理备案的原因',
          options: [
            { id: 'resettled', label: '异地长期居住（安置、常驻）' },
            { id: 'referral', label: '转诊转院' },
            { id: 'temporary', label: '临时外出就医' },
          ],
        },
      ],
      conditions: [{ id: 'insured', text: '正常参加本市基本医疗保险' }],
      materials: [
        idCard(),
        material('commitment', '《异地就医备案个人承诺书》', '本人签字；在线办理时勾选承诺', {
          format: 'both',
          requirement: 'situational',
          when: { reason: ['resettled', 'temporary'] },
        }),
        material('referral', '转诊转院证明', '本市定点医疗机构出具', {
          requirement: 'situational',
          when: { reason: ['referral'] },
          issuer: '定点医疗机构',
          format: 'both',
        }),
      ],
      procedure: [
        step('accept', '申请', 'system', 0, '参保人在线提交'),
        step('decide', '备案', 'system', 0),
        step('conclude', '办结', 'system', 0),
      ],
      result: { type: 'document', name: '异地就医备案回执' },
      handlingModes: ['1', '2', '3'],
      visits: 0,
      onlineDepth: '6',
      acceptingVenues: [cityVenue(['ZY04'])],
      cityWide: true,
      crossProvince: ['fully-online'],
      keywords: ['异地就医', '外地看病', '医保备案', '转诊'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('application.reason'),
        f('application.startDate'),
        f('applicant.address'),
      ],
      supervisionPhone: HOTLINE,
    }),
  },
];
