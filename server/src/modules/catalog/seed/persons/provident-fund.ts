// 住房公积金提取 (市住房公积金管理中心, a public institution authorised by 《住房公积金管理条例》;
// window ZY05): checked against shared data and approved automatically, fully online across provinces.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import { APPLICANT_FIELDS, BANK_FIELDS, CITY, cityVenue, f, idCard, law, limit, material } from './common.ts';
import { LT } from './license-types.ts';

const fundWithdrawal: BasicItemContent = {
  name: '住房公积金提取',
  basicCode: '002120001000',
  itemType: '20',
  legalBasis: [
    law(
      '《住房公积金管理条例》',
      '第二十四条',
      '职工有下列情形之一的，可以提取职工住房公积金账户内的存储余额：（一）购买、建造、翻建、大修自住住房的；（二）离休、退休的；（三）完全丧失劳动能力，并与单位终止劳动关系的；（四）出境定居的；（五）偿还购房贷款本息的；（六）房租超出家庭工资收入的规定比例的。',
    ),
  ],
  exerciseLevel: '3',
  serviceTargets: ['1'],
  themes: ['housing'],
};

export const PROVIDENT_FUND_ITEMS = [fundWithdrawal];

export const PROVIDENT_FUND_IMPLEMENTATIONS: SeedImplementation[] = [
  {
    agencyId: 'tj-gjjzx',
    regionCode: CITY,
    serial: 1,
    content: implementationOf(fundWithdrawal, {
      agencyNature: '2',
      caseType: '1',
      statutoryLimit: limit(3),
      promisedLimit: { kind: 'on-the-spot' },
      questions: [
        {
          id: 'purpose',
          text: '提取原因',
          options: [
            { id: 'rent', label: '租房提取' },
            { id: 'buy', label: '购买自住住房' },
            { id: 'loan', label: '偿还购房贷款' },
            { id: 'retire', label: '退休' },
          ],
        },
      ],
      conditions: [
        { id: 'normal', text: '住房公积金账户状态正常，符合《住房公积金管理条例》第二十四条规定的提取情形' },
      ],
      materials: [
        idCard(),
        material('purchase', '购房合同或不动产权证书', '通过网签和不动产登记共享数据核验', {
          requirement: 'situational',
          when: { purpose: ['buy'] },
          source: 'e-license',
          licenseType: LT.realEstateCertificate,
          format: 'electronic',
          originals: 0,
        }),
        material('loan', '购房贷款合同', '公积金贷款无需提交；商业贷款通过银行共享数据核验', {
          requirement: 'situational',
          when: { purpose: ['loan'] },
          source: 'shared-data',
          sharedDataset: 'bank-mortgage',
          format: 'electronic',
          originals: 0,
        }),
        material('retirement', '退休证明', '通过社保退休信息核验', {
          requirement: 'situational',
          when: { purpose: ['retire'] },
          source: 'shared-data',
          sharedDataset: 'pension-status',
          format: 'electronic',
          originals: 0,
        }),
      ],
      procedure: [
        {
          id: 'accept',
          code: 'accept',
          name: '受理',
          role: 'system',
          budget: { value: 0, unit: 'working-days' },
        },
        {
          id: 'decide',
          code: 'decide',
          name: '核准',
          role: 'system',
          budget: { value: 0, unit: 'working-days' },
          description: '系统比对共享数据后自动核准',
        },
        {
          id: 'conclude',
          code: 'conclude',
          name: '办结转账',
          role: 'system',
          budget: { value: 0, unit: 'working-days' },
        },
      ],
      result: { type: 'document', name: '住房公积金提取凭证' },
      handlingModes: ['1', '2', '3'],
      visits: 0,
      onlineDepth: '6',
      acceptingVenues: [cityVenue(['ZY05'])],
      cityWide: true,
      crossProvince: ['fully-online'],
      // Money leaves the account: face recognition (level 3) before an online withdrawal.
      minRealNameLevel: 3,
      consultationPhone: '022-12329',
      supervisionPhone: '022-12345',
      faqs: [
        {
          question: '租房能提公积金吗？',
          answer: '在本市无自有住房的职工可按月或按年提取用于支付房租，在“津心办”或公积金App即可办理。',
        },
        { question: '提取的钱多久到账？', answer: '审核通过后即时转入本人银行账户，到账时间以银行为准。' },
      ],
      keywords: ['公积金', '提公积金', '取公积金', '租房提取', '公积金还贷'],
      formFields: [...APPLICANT_FIELDS, f('application.amount'), f('application.reason'), ...BANK_FIELDS],
    }),
  },
];
