// 户籍与居住证: district public-security branches (公安分局) register births and moves and issue
// residence permits at the district centre's 公安专业窗口 (ZY01); the street police stations'
// counters are modelled as the streets' convenience centres (就近办).
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  agentMaterials,
  APPLICANT_FIELDS,
  AGENT_FIELDS,
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
import { LT } from './license-types.ts';

const HOUSEHOLD_LAW = '《中华人民共和国户口登记条例》';

const birthHousehold: BasicItemContent = {
  name: '出生登记（户口）',
  basicCode: '001107001000',
  itemType: '07',
  legalBasis: [
    law(
      HOUSEHOLD_LAW,
      '第七条',
      '婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。弃婴，由收养人或者育婴机关向户口登记机关申报出生登记。',
    ),
  ],
  exerciseLevel: '4',
  serviceTargets: ['1'],
  themes: ['birth', 'household'],
};

const householdMove: BasicItemContent = {
  name: '户口迁移登记（市内迁移）',
  basicCode: '001107002000',
  itemType: '07',
  legalBasis: [
    law(
      HOUSEHOLD_LAW,
      '第十条',
      '公民迁出本户口管辖区，由本人或者户主在迁出前向户口登记机关申报迁出登记，领取迁移证件，注销户口。',
    ),
    law(
      '《天津市居住证管理办法》',
      '第二十条',
      '本市实行以具有合法稳定住所、合法稳定就业为户口迁移基本条件的户籍管理制度。',
    ),
  ],
  exerciseLevel: '4',
  serviceTargets: ['1'],
  themes: ['household'],
};

export const HOUSEHOLD_ITEMS = [birthHousehold, householdMove];

const birthRegistrationAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-gafj`,
  regionCode: d.code,
  serial: 1,
  content: implementationOf(birthHousehold, {
    caseType: '1',
    statutoryLimit: ON_THE_SPOT,
    promisedLimit: ON_THE_SPOT,
    limitNote: '婴儿出生后一个月以内申报；材料齐全的当场办结',
    questions: [
      {
        id: 'follow',
        text: '新生儿随谁落户',
        options: [
          { id: 'mother', label: '随母亲落户' },
          { id: 'father', label: '随父亲落户' },
        ],
      },
      {
        id: 'marriage',
        text: '父母是否已办理结婚登记',
        options: [
          { id: 'married', label: '已婚' },
          { id: 'unmarried', label: '未办理结婚登记（非婚生育）' },
        ],
      },
    ],
    conditions: [
      { id: 'parent-household', text: `随迁父亲或母亲的户口在${d.name}` },
      { id: 'within-month', text: '一般应在新生儿出生后一个月内申报，超过一个月的须说明原因' },
    ],
    materials: [
      material('birth-cert', '出生医学证明', '电子证照库调取；境外出生的提交经认证的出生证明', {
        issuer: '助产机构',
        source: 'e-license',
        licenseType: LT.birthCertificate,
        format: 'electronic',
        originals: 0,
      }),
      idCard('parents-id', '父母双方'),
      householdRegister('household-register', '落户方'),
      material('marriage-cert', '结婚证', '电子证照库调取', {
        requirement: 'situational',
        when: { marriage: ['married'] },
        source: 'e-license',
        licenseType: LT.marriageCertificate,
        format: 'electronic',
        originals: 0,
      }),
      material('paternity', '亲子鉴定证明', '具有资质的司法鉴定机构出具', {
        requirement: 'situational',
        when: { marriage: ['unmarried'], follow: ['father'] },
        issuer: '司法鉴定机构',
        copies: 1,
      }),
      material('declaration', '《出生登记申报表》', '申报人签字', {
        format: 'both',
        deficiencyAllowed: true,
      }),
    ],
    procedure: onTheSpotSteps('民警核对出生医学证明与父母户籍信息，办理出生登记、签发户口簿页'),
    result: { type: 'certificate', name: '居民户口簿（新生儿户口页）', licenseType: LT.householdRegister },
    handlingModes: ['1', '3'],
    visits: 1,
    visitsReason:
      '须核对出生医学证明原件并在户口簿上加盖户口专用章；通过“出生一件事”网上申请的，到窗口一次领取',
    onlineDepth: '4',
    acceptingVenues: districtVenues(d, ['ZY01'], 'own-window', { mode: 'delegated-acceptance', count: 2 }),
    cityWide: true,
    faqs: [
      {
        question: '孩子上户口一定要本人到场吗？',
        answer:
          '新生儿不用到场，由父母一方携带材料办理即可；通过“出生一件事”联办的，只需到窗口领取户口簿一次。',
      },
      { question: '超过一个月才去上户口可以吗？', answer: '可以办理，但须书面说明逾期原因。' },
    ],
    keywords: ['上户口', '报户口', '新生儿落户', '生孩子', '出生一件事'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('child.name'),
      f('child.gender'),
      f('child.birthDate'),
      f('child.birthCertificateNumber'),
      f('applicant.householdAddress'),
    ],
  }),
});

const householdMoveAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-gafj`,
  regionCode: d.code,
  serial: 2,
  content: implementationOf(householdMove, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(5),
    questions: [
      {
        id: 'reason',
        text: '迁移原因',
        options: [
          { id: 'house', label: '购房迁入' },
          { id: 'kin', label: '投靠亲属' },
          { id: 'marriage', label: '婚姻迁移' },
        ],
      },
      {
        id: 'agent',
        text: '是否委托他人办理',
        options: [
          { id: 'self', label: '本人办理' },
          { id: 'agent', label: '委托他人' },
        ],
      },
    ],
    conditions: [{ id: 'in-city', text: `迁入地在${d.name}，迁出地在本市其他区或本区其他派出所辖区` }],
    materials: [
      idCard(),
      householdRegister('household-register', '迁出方'),
      householdRegister('target-register', '迁入户'),
      material('property', '不动产权证书', '电子证照库调取，申请人须为产权人', {
        requirement: 'situational',
        when: { reason: ['house'] },
        source: 'e-license',
        licenseType: LT.realEstateCertificate,
        format: 'electronic',
        originals: 0,
      }),
      material('kinship', '亲属关系证明', '户口簿、出生医学证明等能证明亲属关系的材料', {
        requirement: 'situational',
        when: { reason: ['kin'] },
        copies: 1,
      }),
      material('marriage-cert', '结婚证', '电子证照库调取', {
        requirement: 'situational',
        when: { reason: ['marriage'] },
        source: 'e-license',
        licenseType: LT.marriageCertificate,
        format: 'electronic',
        originals: 0,
      }),
      material('owner-consent', '房屋产权人同意落户的书面意见', '产权人签字', {
        requirement: 'situational',
        when: { reason: ['kin', 'marriage'] },
        deficiencyAllowed: true,
      }),
      ...agentMaterials({ agent: ['agent'] }),
    ],
    procedure: steps([0, 2, 2, 1], {
      review: '核查迁入条件和住所',
      decide: '办理迁入并同步注销迁出地户口（市内一站式迁移）',
    }),
    result: { type: 'certificate', name: '居民户口簿（迁入户口页）', licenseType: LT.householdRegister },
    handlingModes: ['1', '2', '3'],
    visits: 1,
    visitsReason: '须到迁入地派出所户籍窗口加盖户口专用章、领取户口簿',
    onlineDepth: '4',
    acceptingVenues: districtVenues(d, ['ZY01']),
    cityWide: true,
    keywords: ['迁户口', '户口迁移', '落户', '买房落户', '投靠'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('applicant.householdAddress'),
      f('applicant.address'),
      f('application.reason'),
      ...AGENT_FIELDS,
    ],
  }),
});

export const HOUSEHOLD_IMPLEMENTATIONS: SeedImplementation[] = DEMO_DISTRICTS.flatMap((d) => [
  birthRegistrationAt(d),
  householdMoveAt(d),
]);
