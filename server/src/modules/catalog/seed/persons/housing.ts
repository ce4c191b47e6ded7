// 住房与不动产: public rental housing (市住建委), transfer registration of real estate (市规划资源局,
// the 不动产登记 window ZY06).
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
  nearbyEverywhere,
  steps,
} from './common.ts';
import { LT } from './license-types.ts';

const publicRental: BasicItemContent = {
  name: '公共租赁住房申请',
  basicCode: '002020001000',
  itemType: '20',
  legalBasis: [
    law(
      '《公共租赁住房管理办法》（住房和城乡建设部令第11号）',
      '第七条',
      '申请公共租赁住房，应当符合以下条件：（一）在本地无住房或者住房面积低于规定标准；（二）收入、财产低于规定标准；（三）申请人为外来务工人员的，在本地稳定就业达到规定年限。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['housing'],
};

const realEstateTransfer: BasicItemContent = {
  name: '不动产转移登记',
  basicCode: '001607001000',
  itemType: '07',
  legalBasis: [
    law(
      '《中华人民共和国民法典》',
      '第二百零九条',
      '不动产物权的设立、变更、转让和消灭，经依法登记，发生效力；未经登记，不发生效力，但是法律另有规定的除外。',
    ),
    law(
      '《不动产登记暂行条例》',
      '第二十条',
      '不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1', '2'],
  themes: ['real-estate', 'housing'],
};

export const HOUSING_ITEMS = [publicRental, realEstateTransfer];

export const HOUSING_IMPLEMENTATIONS: SeedImplementation[] = [
  {
    agencyId: 'tj-zjw',
    regionCode: CITY,
    serial: 1,
    content: implementationOf(publicRental, {
      caseType: '2',
      statutoryLimit: limit(40),
      promisedLimit: limit(30),
      limitNote: '含街道初审、区住房保障部门复审和公示期；轮候配租时间另计',
      questions: [
        {
          id: 'household',
          text: '申请人户籍',
          options: [
            { id: 'local', label: '本市户籍' },
            { id: 'migrant', label: '非本市户籍（新就业无房职工、外来务工人员）' },
          ],
        },
      ],
      conditions: [
        { id: 'no-home', text: '申请人及共同申请人在本市无住房或人均住房建筑面积低于规定标准' },
        { id: 'income', text: '家庭收入、财产低于本市规定标准', commitmentAllowed: true },
        {
          id: 'migrant',
          text: '在本市连续缴纳社会保险满规定年限并持有居住证',
          when: { household: ['migrant'] },
        },
      ],
      materials: [
        idCard('id-cards', '申请人及共同申请人'),
        householdRegister('household-register', '申请人及共同申请人', {
          requirement: 'situational',
          when: { household: ['local'] },
        }),
        material('residence-permit', '天津市居住证', '电子证照库调取，须在有效期内', {
          requirement: 'situational',
          when: { household: ['migrant'] },
          source: 'e-license',
          licenseType: LT.residencePermit,
          format: 'electronic',
          originals: 0,
        }),
        material('application', '《天津市公共租赁住房申请表》', '申请人及共同申请人签字', { format: 'both' }),
        material('income', '收入、财产情况', '通过社保、税务、不动产、车辆等共享数据核对', {
          source: 'shared-data',
          sharedDataset: 'household-economic-check',
          format: 'electronic',
          originals: 0,
        }),
        material('marriage-cert', '结婚证', '已婚的电子证照库调取', {
          requirement: 'optional',
          source: 'e-license',
          licenseType: LT.marriageCertificate,
          format: 'electronic',
          originals: 0,
        }),
      ],
      procedure: steps([0, 20, 5, 5], {
        review: '街道初审、区住房保障部门复审并公示',
        decide: '取得轮候资格，纳入配租',
      }),
      specialProcedures: [{ kind: 'public-notice', maxWorkingDays: 5 }],
      result: { type: 'document', name: '公共租赁住房轮候资格通知' },
      handlingModes: ['1', '2', '3'],
      visits: 0,
      onlineDepth: '5',
      acceptingVenues: [cityVenue(['SL03'], 'comprehensive'), ...nearbyEverywhere('delegated-acceptance')],
      cityWide: true,
      commitment: {
        text: '本人承诺家庭收入、财产和住房情况符合本市公共租赁住房保障条件，如隐瞒或虚报，自愿退出保障并承担相应法律责任。',
        verificationPlan: '住房保障部门在取得资格后60日内完成家庭经济状况核对，配租后每年复核一次。',
      },
      faqs: [
        {
          question: '外地人能申请公租房吗？',
          answer: '持有本市居住证、在本市稳定就业并连续缴纳社保满规定年限的，可以申请。',
        },
        {
          question: '申请后多久能住上？',
          answer: '取得资格后进入轮候，按轮候顺序配租，时间视房源情况而定。',
        },
      ],
      keywords: ['公租房', '租房', '廉租房', '保障房', '住房困难'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('applicant.maritalStatus'),
        f('applicant.householdSize'),
        f('applicant.monthlyIncome'),
        f('applicant.employer', false),
        f('applicant.address'),
      ],
    }),
  },
  {
    agencyId: 'tj-ghzyj',
    regionCode: CITY,
    serial: 1,
    content: implementationOf(realEstateTransfer, {
      caseType: '2',
      statutoryLimit: limit(30),
      promisedLimit: limit(3),
      limitNote: '存量房买卖“带押过户”及“交房即交证”项目按同样时限办理',
      questions: [
        {
          id: 'cause',
          text: '转移原因',
          options: [
            { id: 'sale', label: '存量房（二手房）买卖' },
            { id: 'gift', label: '赠与' },
            { id: 'inheritance', label: '继承、遗赠', promisedLimit: limit(10) },
          ],
        },
        {
          id: 'mortgage',
          text: '房屋是否有抵押',
          when: { cause: ['sale'] },
          options: [
            { id: 'none', label: '无抵押' },
            { id: 'with', label: '有抵押（带押过户）' },
          ],
        },
      ],
      conditions: [{ id: 'title', text: '不动产已办理首次登记，且无查封等限制转移的情形' }],
      materials: [
        idCard('id-cards', '转让方和受让方'),
        material('certificate', '不动产权证书', '电子证照库调取；纸质证书办理时交回', {
          source: 'e-license',
          licenseType: LT.realEstateCertificate,
          format: 'both',
          originals: 1,
        }),
        material('contract', '存量房买卖合同（网签）', '通过住建网签备案数据核验', {
          requirement: 'situational',
          when: { cause: ['sale'] },
          source: 'shared-data',
          sharedDataset: 'housing-contract-filing',
          format: 'electronic',
          originals: 0,
        }),
        material('gift-contract', '赠与合同（经公证）', '原件', {
          requirement: 'situational',
          when: { cause: ['gift'] },
        }),
        material('inheritance', '继承权公证书或生效法律文书', '原件；无公证的按继承登记规定办理', {
          requirement: 'situational',
          when: { cause: ['inheritance'] },
          copies: 1,
        }),
        material('mortgagee-consent', '抵押权人同意转让的书面意见', '抵押银行出具', {
          requirement: 'situational',
          when: { mortgage: ['with'] },
          issuer: '抵押权人',
        }),
        material('tax', '完税凭证', '税务部门共享完税信息，无需提交', {
          source: 'shared-data',
          sharedDataset: 'tax-payment',
          format: 'electronic',
          originals: 0,
        }),
      ],
      procedure: steps([0, 1, 1, 1], { review: '查验权属、查封抵押情况和完税信息', decide: '登簿并缮证' }),
      fee: {
        charged: true,
        items: [
          {
            name: '住宅类不动产登记费',
            amount: '80',
            basis:
              '《国家发展改革委 财政部关于不动产登记收费有关政策问题的通知》（发改价格规〔2016〕2559号）',
          },
          {
            name: '证书工本费（每增加一本）',
            amount: '10',
            basis:
              '《国家发展改革委 财政部关于不动产登记收费有关政策问题的通知》（发改价格规〔2016〕2559号）',
          },
        ],
      },
      result: { type: 'certificate', name: '不动产权证书', licenseType: LT.realEstateCertificate },
      handlingModes: ['1', '2', '3'],
      visits: 1,
      visitsReason: '买卖双方须到场核验身份、签署询问笔录，网上预审后“一窗办理”一次办结',
      onlineDepth: '4',
      onlinePayment: true,
      minRealNameLevel: 3,
      acceptingVenues: [cityVenue(['ZY06'])],
      cityWide: true,
      coImplementingAgencyIds: ['tj-zjw', 'tj-swj'],
      faqs: [
        {
          question: '二手房过户要跑几次？',
          answer: '网上预审通过后，买卖双方到不动产登记窗口一次即可完成交易、缴税和登记。',
        },
        {
          question: '过户要交哪些费用？',
          answer: '住宅登记费每件80元（含一本证书），多发证书每本10元；契税、增值税等由税务部门另行征收。',
        },
      ],
      keywords: ['过户', '二手房', '房产过户', '买房', '房产证', '继承房子'],
      formFields: [
        ...APPLICANT_FIELDS,
        f('property.certificateNumber'),
        f('property.address'),
        f('property.area'),
        f('property.use'),
        f('property.price', false),
        f('property.contractNumber', false),
      ],
    }),
  },
];
