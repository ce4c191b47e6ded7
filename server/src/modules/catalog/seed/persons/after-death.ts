// 身后事: the household deregistration of a deceased person (district public-security branches,
// window ZY01) and the withdrawal of the deceased's housing provident fund by the heirs (市住房
// 公积金管理中心). The death itself is verified once against the shared death records (卫健、民政、
// 公安), the same data the 丧葬补助金 claim (pension.ts) reads.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  AGENT_FIELDS,
  agentMaterials,
  APPLICANT_FIELDS,
  BANK_FIELDS,
  CITY,
  cityVenue,
  DEMO_DISTRICTS,
  districtVenues,
  f,
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

const deathDeregistration: BasicItemContent = {
  name: '死亡人员户口注销',
  basicCode: '001107003000',
  itemType: '07',
  legalBasis: [
    law(
      '《中华人民共和国户口登记条例》',
      '第八条',
      '公民死亡，城市在葬前，农村在一个月以内，由户主、亲属、抚养人或者邻居向户口登记机关申报死亡登记，注销户口。公民如果在暂住地死亡，由暂住地户口登记机关通知常住地户口登记机关注销户口。',
    ),
  ],
  exerciseLevel: '4',
  serviceTargets: ['1'],
  themes: ['death', 'household'],
};

const fundAfterDeath: BasicItemContent = {
  name: '住房公积金提取（职工死亡或者被宣告死亡）',
  basicCode: '002120003000',
  itemType: '20',
  legalBasis: [
    law(
      '《住房公积金管理条例》',
      '第二十四条',
      '职工死亡或者被宣告死亡的，职工的继承人、受遗赠人可以提取职工住房公积金账户内的存储余额；无继承人也无受遗赠人的，职工住房公积金账户内的存储余额纳入住房公积金的增值收益。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['1'],
  themes: ['death', 'housing'],
};

/** The shared death records: one verification serves every 身后 item. */
const deathRecord = (spec: Parameters<typeof material>[3] = {}) =>
  material('death', '居民死亡医学证明（推断）书', '通过卫健、民政、公安死亡信息共享核验，无需提交', {
    issuer: '医疗卫生机构',
    source: 'shared-data',
    sharedDataset: 'death-records',
    format: 'electronic',
    originals: 0,
    ...spec,
  });

const AGENT_QUESTION = {
  id: 'agent',
  text: '由谁申报',
  options: [
    { id: 'self', label: '逝者的户主或亲属本人申报' },
    { id: 'agent', label: '委托他人代为申报' },
  ],
};

const deregistrationAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-gafj`,
  regionCode: d.code,
  serial: 4,
  content: implementationOf(deathDeregistration, {
    caseType: '1',
    statutoryLimit: ON_THE_SPOT,
    promisedLimit: ON_THE_SPOT,
    limitNote: '城市在葬前申报；死亡信息共享核验通过的当场注销',
    questions: [AGENT_QUESTION],
    conditions: [
      { id: 'household', text: `逝者户口在${d.name}` },
      { id: 'declarant', text: '由户主、亲属、抚养人或者邻居申报' },
    ],
    materials: [
      deathRecord(),
      householdRegister('household-register', '逝者'),
      idCard('applicant-id', '申报人'),
      ...agentMaterials({ agent: ['agent'] }),
    ],
    procedure: onTheSpotSteps('核对死亡信息，注销户口，在户口簿上加注“死亡注销”并出具户口注销证明'),
    result: { type: 'document', name: '户口注销证明' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    acceptingVenues: districtVenues(d, ['ZY01'], 'own-window', { mode: 'delegated-acceptance', count: 2 }),
    cityWide: true,
    appointment: false,
    faqs: [
      {
        question: '老人去世后销户要带什么？',
        answer: '死亡信息已由医院或社区卫生服务中心共享的，在“津心办”申报即可，无需提交死亡医学证明。',
      },
      {
        question: '户口注销证明有什么用？',
        answer:
          '办理继承公证、不动产继承登记和银行存款继承时使用；通过“身后一件事”办理的，相关部门共享核验。',
      },
    ],
    keywords: ['销户', '死亡销户', '户口注销', '老人去世', '身后一件事'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('deceased.name'),
      f('deceased.idNumber'),
      f('deceased.deathDate'),
      f('deceased.relation'),
      ...AGENT_FIELDS,
    ],
  }),
});

const fundAfterDeathImpl: SeedImplementation = {
  agencyId: 'tj-gjjzx',
  regionCode: CITY,
  serial: 2,
  content: implementationOf(fundAfterDeath, {
    agencyNature: '2',
    caseType: '2',
    // 《住房公积金管理条例》第二十五条: 3 days to decide on a withdrawal.
    statutoryLimit: limit(3),
    promisedLimit: limit(3),
    questions: [
      {
        id: 'heirs',
        text: '继承人情况',
        options: [
          { id: 'single', label: '唯一继承人（或已确定由一名继承人提取）' },
          { id: 'several', label: '多名继承人共同提取' },
        ],
      },
    ],
    conditions: [
      { id: 'deceased', text: '缴存职工死亡或者被宣告死亡' },
      { id: 'heir', text: '申请人为职工的继承人或受遗赠人' },
    ],
    materials: [
      idCard('applicant-id', '继承人'),
      deathRecord(),
      // Named as in the inheritance registration of a home, so 身后一件事 asks for it once.
      material('inheritance', '继承权公证书或生效法律文书', '继承权公证书或人民法院生效法律文书原件', {
        copies: 1,
      }),
      material('heirs-consent', '其他继承人同意由申请人提取的书面意见', '全体其他继承人签字', {
        requirement: 'situational',
        when: { heirs: ['several'] },
      }),
    ],
    procedure: steps([0, 1, 1, 1], { review: '核对死亡信息和继承关系', decide: '核准提取并转入继承人账户' }),
    result: { type: 'document', name: '住房公积金提取凭证' },
    handlingModes: ['1', '2', '3'],
    visits: 1,
    visitsReason: '继承人须到窗口核验身份并签署提取申请；通过“身后一件事”办理的，与其他事项一次到场',
    onlineDepth: '4',
    acceptingVenues: [cityVenue(['ZY05'])],
    cityWide: true,
    minRealNameLevel: 3,
    consultationPhone: '022-12329',
    keywords: ['公积金继承', '去世提取公积金', '身后一件事', '公积金提取'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('deceased.name'),
      f('deceased.idNumber'),
      f('deceased.deathDate'),
      f('deceased.relation'),
      ...BANK_FIELDS,
    ],
  }),
};

export const AFTER_DEATH_ITEMS = [deathDeregistration, fundAfterDeath];
export const AFTER_DEATH_IMPLEMENTATIONS: SeedImplementation[] = [
  ...DEMO_DISTRICTS.map(deregistrationAt),
  fundAfterDeathImpl,
];
