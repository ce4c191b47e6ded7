// 企业开办一件事 in 河西区: 设立登记 by the 行政审批局 first; once the business licence exists, the
// seal filing (optional: the first set of seals is engraved free of charge), the tax bureau's new
// taxpayer package, the social-insurance and the provident-fund registrations start together.
// Tianjin promises the whole in one working day, fully online.
import { HEXI, HEXI_VENUE, member, type SeedBundle, yesNo } from './members.ts';

const AFTER_REGISTRATION = { after: ['registration'] };

export const ENTERPRISE_START: SeedBundle = {
  regionCode: HEXI,
  serial: 2,
  content: {
    name: '企业开办一件事',
    target: 'enterprise',
    lifeEvent: 'establishment',
    summary:
      '自然人股东在河西区新设有限责任公司，一次填报、一套材料，设立登记后自动办理公章刻制备案、新办纳税人税务信息确认和发票申领、单位社会保险登记、住房公积金单位缴存登记。全程网办，1个工作日内办结，营业执照和首套印章免费邮寄。',
    leadAgencyId: 'hx-xzspj',
    promisedLimit: { value: 1, unit: 'working-days' },
    questions: [yesNo('seal', '是否同步免费刻制首套印章', '是，同步刻制', '否，自行刻制')],
    members: [
      member('registration', 'hx-xzspj', '有限责任公司设立登记', {
        answers: { shareholders: 'natural' },
        note: '有法人股东的，请单独申请设立登记',
      }),
      member('seal', 'hx-gafj', '公章刻制备案', {
        ...AFTER_REGISTRATION,
        when: { seal: ['yes'] },
        answers: { kind: 'new' },
        note: '公章、财务专用章、发票专用章、合同专用章免费刻制并邮寄',
      }),
      member('tax', 'hx-swj', '新办纳税人税务信息确认及发票申领', {
        ...AFTER_REGISTRATION,
        answers: { invoice: 'digital' },
      }),
      member('social-insurance', 'hx-rsj', '单位社会保险登记', AFTER_REGISTRATION),
      member('provident-fund', 'tj-gjjzx', '住房公积金单位缴存登记', AFTER_REGISTRATION),
    ],
    visits: 0,
    venueIds: [HEXI_VENUE],
    consultationPhone: '022-28358100',
    keywords: ['企业开办', '开公司', '注册公司', '办执照', '刻章', '领发票', '社保开户', '公积金开户'],
  },
};
