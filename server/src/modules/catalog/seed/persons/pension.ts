// 养老保险: pension claims and the funeral grant (district 人社局) and the collection of urban and
// rural residents' pension contributions by the district tax bureaus (税务局, 行政征收) since the
// 2018 reform moved social-insurance contributions to the tax authorities.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  APPLICANT_FIELDS,
  BANK_FIELDS,
  DEMO_DISTRICTS,
  districtVenues,
  f,
  HRSS_HOTLINE,
  householdRegister,
  idCard,
  law,
  limit,
  material,
  ON_THE_SPOT,
  onTheSpotSteps,
  steps,
  type DemoDistrict,
} from './common.ts';
import { LT } from './license-types.ts';

const SOCIAL_INSURANCE_LAW = '《中华人民共和国社会保险法》';

const pensionClaim: BasicItemContent = {
  name: '基本养老保险待遇申领',
  basicCode: '001505004000',
  itemType: '05',
  legalBasis: [
    law(
      SOCIAL_INSURANCE_LAW,
      '第十六条',
      '参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['social-insurance', 'elderly'],
};

const funeralGrant: BasicItemContent = {
  name: '丧葬补助金申领',
  basicCode: '001505005000',
  itemType: '05',
  legalBasis: [
    law(
      SOCIAL_INSURANCE_LAW,
      '第十七条',
      '参加基本养老保险的个人，因病或者非因工死亡的，其遗属可以领取丧葬补助金和抚恤金；在未达到法定退休年龄时因病或者非因工致残完全丧失劳动能力的，可以领取病残津贴。所需资金从基本养老保险基金中支付。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['death', 'social-insurance'],
};

const residentContribution: BasicItemContent = {
  name: '城乡居民基本养老保险费征收',
  basicCode: '002804001000',
  itemType: '04',
  legalBasis: [
    law(
      SOCIAL_INSURANCE_LAW,
      '第二十条',
      '国家建立和完善新型农村社会养老保险制度。新型农村社会养老保险实行个人缴费、集体补助和政府补贴相结合。',
    ),
    law(
      SOCIAL_INSURANCE_LAW,
      '第五十九条',
      '县级以上人民政府加强社会保险费的征收工作。社会保险费实行统一征收，实施步骤和具体办法由国务院规定。',
    ),
  ],
  exerciseLevel: '4',
  serviceTargets: ['1'],
  themes: ['social-insurance', 'tax'],
};

export const PENSION_ITEMS = [pensionClaim, funeralGrant, residentContribution];

const pensionClaimAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-rsj`,
  regionCode: d.code,
  serial: 4,
  content: implementationOf(pensionClaim, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(10),
    questions: [
      {
        id: 'scheme',
        text: '您参加的养老保险类型',
        options: [
          { id: 'employee', label: '职工基本养老保险（单位或灵活就业参保）' },
          { id: 'resident', label: '城乡居民基本养老保险' },
        ],
      },
      {
        id: 'transfer',
        text: '是否有外省市参保经历',
        options: [
          { id: 'no', label: '一直在天津参保' },
          { id: 'yes', label: '有外省市缴费记录', promisedLimit: limit(15) },
        ],
      },
    ],
    conditions: [
      { id: 'age', text: '达到法定退休年龄（含弹性退休）' },
      { id: 'years', text: '累计缴费满15年（2030年起逐步提高至20年）；不足的可延长缴费或一次性补缴' },
    ],
    materials: [
      idCard(),
      material('archive', '本人档案（职工）', '档案由存档机构通过内部流转调取，无需本人提交', {
        requirement: 'situational',
        when: { scheme: ['employee'] },
        source: 'shared-data',
        sharedDataset: 'personnel-archive',
        format: 'electronic',
        originals: 0,
      }),
      householdRegister('household-register', '申请人', {
        requirement: 'situational',
        when: { scheme: ['resident'] },
      }),
      material('transfer-record', '外省市养老保险关系转移接续凭证', '通过全国社会保险关系转移系统核验', {
        requirement: 'situational',
        when: { transfer: ['yes'] },
        source: 'shared-data',
        sharedDataset: 'national-social-insurance-transfer',
        format: 'electronic',
        originals: 0,
      }),
      material('bank', '社会保障卡金融账户', '养老金发放至本人社保卡', {
        source: 'e-license',
        licenseType: LT.socialSecurityCard,
        format: 'electronic',
        originals: 0,
      }),
    ],
    procedure: steps([0, 5, 3, 2], { review: '审核退休条件和缴费年限', decide: '核定养老金并次月发放' }),
    result: { type: 'document', name: '基本养老金核定表' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    acceptingVenues: districtVenues(d, ['ZY03'], 'own-window', { mode: 'delegated-acceptance', count: 2 }),
    cityWide: true,
    consultationPhone: HRSS_HOTLINE,
    faqs: [
      {
        question: '到了退休年龄怎么领退休金？',
        answer: '职工由单位或本人在“津心办”申请退休审批和待遇核定，核定后次月起按月发放到社保卡。',
      },
      {
        question: '缴费不满15年怎么办？',
        answer: '可以延长缴费至满15年，或按规定转入城乡居民养老保险后领取待遇。',
      },
    ],
    keywords: ['退休', '退休金', '养老金', '领养老金', '办退休'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('applicant.birthDate'),
      f('applicant.socialSecurityNumber'),
      f('applicant.employer', false),
      ...BANK_FIELDS,
    ],
  }),
});

const funeralGrantAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-rsj`,
  regionCode: d.code,
  serial: 5,
  content: implementationOf(funeralGrant, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(5),
    questions: [
      {
        id: 'status',
        text: '逝者去世时的状态',
        options: [
          { id: 'retired', label: '已退休，领取养老金' },
          { id: 'working', label: '在职参保未退休' },
        ],
      },
    ],
    conditions: [
      { id: 'insured', text: '逝者生前参加本市基本养老保险，因病或者非因工死亡' },
      { id: 'kin', text: '由逝者的直系亲属或其他法定遗属申领' },
    ],
    materials: [
      idCard('applicant-id', '申领人'),
      material('death', '死亡证明及火化证明', '通过卫健、民政、公安死亡信息共享核验', {
        source: 'shared-data',
        sharedDataset: 'death-records',
        format: 'electronic',
        originals: 0,
      }),
      material('kinship', '申领人与逝者的亲属关系证明', '户口簿、结婚证等；无法共享核验的提交复印件', {
        copies: 1,
        deficiencyAllowed: true,
      }),
      material('employer-cert', '单位出具的死亡情况说明', '在职人员由原单位出具并加盖公章', {
        requirement: 'situational',
        when: { status: ['working'] },
        issuer: '逝者原工作单位',
      }),
    ],
    procedure: steps([0, 2, 2, 1], {
      review: '核对死亡信息与参保缴费记录',
      decide: '核定丧葬补助金和抚恤金，一次性支付',
    }),
    result: { type: 'document', name: '丧葬补助金、抚恤金核定通知' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    acceptingVenues: districtVenues(d, ['ZY03']),
    cityWide: true,
    consultationPhone: HRSS_HOTLINE,
    keywords: ['丧葬费', '抚恤金', '老人去世', '身后事', '丧葬补助'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('deceased.name'),
      f('deceased.idNumber'),
      f('deceased.deathDate'),
      f('deceased.cause'),
      f('deceased.relation'),
      ...BANK_FIELDS,
    ],
  }),
});

const residentContributionAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-swj`,
  regionCode: d.code,
  serial: 1,
  content: implementationOf(residentContribution, {
    caseType: '1',
    statutoryLimit: ON_THE_SPOT,
    promisedLimit: ON_THE_SPOT,
    limitNote: '每年集中缴费期内按自选档次缴纳',
    conditions: [
      { id: 'eligible', text: '年满16周岁（不含在校学生）、未参加职工基本养老保险的本市户籍居民' },
    ],
    materials: [idCard(), householdRegister()],
    procedure: onTheSpotSteps('核定缴费档次，开具缴费信息并收取保险费'),
    result: { type: 'document', name: '社会保险费缴费凭证' },
    handlingModes: ['1', '2', '3', '5'],
    visits: 0,
    onlineDepth: '6',
    onlinePayment: true,
    acceptingVenues: districtVenues(d, ['ZY02']),
    cityWide: true,
    consultationPhone: '022-12366',
    keywords: ['交养老保险', '城乡居民养老', '社保缴费', '交社保'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('applicant.householdType'),
      f('application.amount', true, { title: '缴费档次（元/年）' }),
    ],
  }),
});

export const PENSION_IMPLEMENTATIONS: SeedImplementation[] = DEMO_DISTRICTS.flatMap((d) => [
  pensionClaimAt(d),
  funeralGrantAt(d),
  residentContributionAt(d),
]);
