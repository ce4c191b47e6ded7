// 退休一件事 and 身后一件事 in 河西区. The fund withdrawal on retirement reads the pension status,
// so it waits for the pension claim; after a death the household is deregistered first, and the
// funeral grant, the fund withdrawal by the heirs and the inheritance of a home read that record.
import { HEXI, HEXI_VENUE, HOTLINE, member, type SeedBundle, yesNo } from './members.ts';

export const RETIREMENT: SeedBundle = {
  regionCode: HEXI,
  serial: 4,
  content: {
    name: '退休一件事',
    target: 'person',
    lifeEvent: 'retirement',
    summary:
      '参加职工基本养老保险、一直在天津参保的职工达到退休年龄，一次申请办理养老保险待遇申领和住房公积金退休提取；年满60周岁的，同时办理老年人优待证。档案、退休信息共享核验，全程网办。',
    leadAgencyId: 'hx-rsj',
    promisedLimit: { value: 10, unit: 'working-days' },
    questions: [yesNo('senior', '是否已年满60周岁', '已年满60周岁', '未满60周岁')],
    members: [
      member('pension', 'hx-rsj', '基本养老保险待遇申领', {
        answers: { scheme: 'employee', transfer: 'no' },
        note: '有外省市参保经历的，请单独申请待遇核定',
      }),
      member('provident-fund', 'tj-gjjzx', '住房公积金提取', {
        after: ['pension'],
        answers: { purpose: 'retire' },
        note: '退休信息核定后自动提取并销户，余额转入本人账户',
      }),
      member('senior-card', 'tj-mzj', '老年人优待证办理', {
        when: { senior: ['yes'] },
        answers: { agent: 'self' },
      }),
    ],
    visits: 0,
    venueIds: [HEXI_VENUE],
    consultationPhone: '022-12333',
    keywords: ['退休一件事', '办退休', '退休金', '养老金', '公积金提取', '老年卡'],
  },
};

const AFTER_DEREGISTRATION = ['deregistration'];

export const AFTER_DEATH: SeedBundle = {
  regionCode: HEXI,
  serial: 5,
  content: {
    name: '身后一件事',
    target: 'person',
    lifeEvent: 'death',
    summary:
      '户籍在河西区的亲人去世后，家属一次申请办理户口注销，并按逝者情况一并申领丧葬补助金和抚恤金、提取住房公积金、办理房产继承登记。死亡信息共享核验，无需提交死亡医学证明。',
    leadAgencyId: 'hx-zwfwb',
    promisedLimit: { value: 10, unit: 'working-days' },
    questions: [
      {
        id: 'insured',
        text: '逝者生前参加职工基本养老保险的情况',
        options: [
          { id: 'retired', label: '已退休，领取养老金' },
          { id: 'working', label: '在职参保，未退休' },
          { id: 'none', label: '未参加职工基本养老保险' },
        ],
      },
      yesNo('fund', '逝者是否缴存住房公积金', '有住房公积金', '没有'),
      yesNo('estate', '是否需要办理房产继承登记', '需要', '不需要'),
    ],
    members: [
      member('deregistration', 'hx-gafj', '死亡人员户口注销', { answers: { agent: 'self' } }),
      member('funeral-retired', 'hx-rsj', '丧葬补助金申领', {
        after: AFTER_DEREGISTRATION,
        when: { insured: ['retired'] },
        answers: { status: 'retired' },
      }),
      member('funeral-working', 'hx-rsj', '丧葬补助金申领', {
        after: AFTER_DEREGISTRATION,
        when: { insured: ['working'] },
        answers: { status: 'working' },
        note: '在职人员须提交原单位出具的死亡情况说明',
      }),
      member('provident-fund', 'tj-gjjzx', '住房公积金提取（职工死亡或者被宣告死亡）', {
        after: AFTER_DEREGISTRATION,
        when: { fund: ['yes'] },
        answers: { heirs: 'single' },
        note: '多名继承人的，须提交其他继承人同意的书面意见',
      }),
      member('inheritance', 'tj-ghzyj', '不动产转移登记', {
        after: AFTER_DEREGISTRATION,
        when: { estate: ['yes'] },
        answers: { cause: 'inheritance' },
      }),
    ],
    visits: 1,
    venueIds: [HEXI_VENUE],
    consultationPhone: HOTLINE,
    keywords: ['身后一件事', '销户', '丧葬费', '抚恤金', '公积金继承', '房产继承', '老人去世'],
  },
};
