// 卫生健康: birth certificates and birth registration (生育登记), both
// city-level (市卫健委) and handled city-wide.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  APPLICANT_FIELDS,
  CITY,
  cityVenue,
  f,
  householdRegister,
  idCard,
  law,
  limit,
  material,
  ON_THE_SPOT,
  onTheSpotSteps,
  steps,
} from './common.ts';
import { LT } from './license-types.ts';

const birthCertificate: BasicItemContent = {
  name: '出生医学证明签发',
  basicCode: '002620001000',
  itemType: '20',
  legalBasis: [
    law(
      '《中华人民共和国母婴保健法》',
      '第二十三条',
      '医疗保健机构和从事家庭接生的人员按照国务院卫生行政部门的规定，出具统一制发的新生儿出生医学证明；有产妇和婴儿死亡以及新生儿出生缺陷情况的，应当向卫生行政部门报告。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['1'],
  themes: ['birth', 'health'],
};

const birthRegistration: BasicItemContent = {
  name: '生育登记',
  basicCode: '002620002000',
  itemType: '20',
  legalBasis: [
    law(
      '《中华人民共和国人口与计划生育法》',
      '第十八条',
      '国家提倡适龄婚育、优生优育。一对夫妻可以生育三个子女。',
    ),
    law(
      '《天津市人口与计划生育条例》',
      '第十五条',
      '本市实行生育登记服务制度。夫妻生育子女的，可以到一方户籍所在地或者现居住地办理生育登记。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['1'],
  themes: ['birth'],
};

export const HEALTH_ITEMS = [birthCertificate, birthRegistration];

const PARENT_FIELDS = [...APPLICANT_FIELDS, f('spouse.name'), f('spouse.idNumber')];

export const HEALTH_IMPLEMENTATIONS: SeedImplementation[] = [
  {
    agencyId: 'tj-wjw',
    regionCode: CITY,
    serial: 1,
    content: implementationOf(birthCertificate, {
      caseType: '2',
      statutoryLimit: limit(20),
      promisedLimit: limit(5),
      limitNote: '在助产机构出生的新生儿，出院前由助产机构签发；首次签发后补发、换发的按承诺时限办理',
      questions: [
        {
          id: 'kind',
          text: '您要办理的业务类型',
          options: [
            { id: 'first', label: '首次签发', promisedLimit: limit(1) },
            { id: 'reissue', label: '遗失补发', promisedLimit: limit(5) },
            { id: 'replace', label: '信息有误换发', promisedLimit: limit(5) },
          ],
        },
        {
          id: 'place',
          text: '新生儿在哪里出生',
          when: { kind: ['first'] },
          options: [
            { id: 'hospital', label: '本市助产机构' },
            {
              id: 'outside',
              label: '助产机构以外（如家中、途中）',
              statutoryLimit: limit(20),
              promisedLimit: limit(15),
            },
          ],
        },
      ],
      conditions: [
        { id: 'born-in-tianjin', text: '新生儿在天津市行政区域内出生' },
        { id: 'parents', text: '由新生儿父母或其监护人申请；父母双方信息须真实、完整' },
      ],
      materials: [
        idCard('mother-id', '母亲'),
        idCard('father-id', '父亲', { requirement: 'optional' }),
        material('application', '《出生医学证明》首次签发登记表', '父母签字，信息与身份证一致', {
          issuer: '助产机构',
          whereToObtain: '出生所在助产机构或“津心办”在线填写',
          format: 'both',
        }),
        material('delivery-record', '分娩记录或出生医学记录', '助产机构出具，加盖机构公章', {
          requirement: 'situational',
          when: { place: ['hospital'] },
          issuer: '助产机构',
          format: 'paper',
        }),
        material(
          'investigation',
          '非住院分娩新生儿亲子鉴定证明或相关调查材料',
          '具有资质的鉴定机构出具，或所在地卫生健康部门出具的调查证明',
          {
            requirement: 'situational',
            when: { place: ['outside'] },
            issuer: '司法鉴定机构',
          },
        ),
        material('loss-statement', '出生医学证明遗失声明', '申请人签字的书面声明', {
          requirement: 'situational',
          when: { kind: ['reissue'] },
          deficiencyAllowed: true,
        }),
        material('original-certificate', '原《出生医学证明》正、副页', '原件，信息有误处须有相关证明', {
          requirement: 'situational',
          when: { kind: ['replace'] },
        }),
      ],
      procedure: steps([0, 2, 2, 1], {
        review: '签发机构核对出生信息与母亲身份信息',
        decide: '签发《出生医学证明》并同步生成电子证照',
      }),
      result: { type: 'certificate', name: '出生医学证明', licenseType: LT.birthCertificate },
      handlingModes: ['1', '3'],
      visits: 1,
      visitsReason: '首次签发须在出生医院核对新生儿和母亲身份并领取纸质证明；补发、换发须交回原件',
      onlineDepth: '4',
      acceptingVenues: [cityVenue(['SL03'], 'comprehensive')],
      cityWide: true,
      consultationPhone: '022-23337281',
      faqs: [
        {
          question: '孩子出生后多久可以拿到出生医学证明？',
          answer:
            '在本市助产机构出生的，一般在出院前由医院签发；也可在“津心办”申领电子出生医学证明，用于办理出生登记（上户口）、医保参保等“出生一件事”。',
        },
        {
          question: '出生医学证明丢了怎么办？',
          answer: '可向原签发机构申请补发，须提交遗失声明；补发的证明注明“补发”字样。',
        },
      ],
      keywords: ['生孩子', '出生证', '出生证明', '新生儿', '出生一件事', '宝宝出生'],
      formFields: [
        ...PARENT_FIELDS,
        f('child.name'),
        f('child.gender'),
        f('child.birthDate'),
        f('child.birthPlace'),
        f('child.hospital', false),
        f('child.birthWeight', false),
      ],
    }),
  },
  {
    agencyId: 'tj-wjw',
    regionCode: CITY,
    serial: 2,
    content: implementationOf(birthRegistration, {
      caseType: '1',
      statutoryLimit: ON_THE_SPOT,
      promisedLimit: ON_THE_SPOT,
      questions: [
        {
          id: 'order',
          text: '本次登记的是第几个孩子',
          options: [
            { id: 'first', label: '一孩' },
            { id: 'second', label: '二孩' },
            { id: 'third', label: '三孩' },
          ],
        },
      ],
      conditions: [
        { id: 'couple', text: '夫妻双方或一方户籍在本市，或在本市办理居住证' },
        { id: 'law', text: '符合《中华人民共和国人口与计划生育法》规定的生育政策' },
      ],
      materials: [
        idCard('id-card', '夫妻双方'),
        material('marriage-cert', '结婚证', '电子证照库调取；补领、涉外婚姻可提交纸质结婚证', {
          issuer: '婚姻登记机关',
          source: 'e-license',
          licenseType: LT.marriageCertificate,
          format: 'electronic',
          originals: 0,
        }),
        householdRegister('household-register', '夫妻双方', { requirement: 'optional' }),
      ],
      procedure: onTheSpotSteps('系统核验夫妻双方身份和婚姻信息，即时出具生育登记服务单'),
      result: { type: 'document', name: '生育登记服务单' },
      handlingModes: ['2', '3'],
      visits: 0,
      onlineDepth: '6',
      acceptingVenues: [],
      notInCentre: { reason: '全程网上办理，通过“津心办”App 或天津网上办事大厅提交，无需到窗口' },
      cityWide: true,
      crossProvince: ['fully-online'],
      appointment: false,
      keywords: ['生育登记', '准生证', '怀孕', '生孩子', '二胎', '二孩', '三孩'],
      formFields: [...PARENT_FIELDS, f('child.order'), f('applicant.householdAddress', false)],
    }),
  },
];
