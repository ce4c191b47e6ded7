// A complete, valid implementation (食品经营许可 at the city market regulation commission) that
// passes every publication rule. Tests mutate a fresh copy to break exactly one rule; integration
// tests use it as a realistic draft. The ids (agencies, venues, data elements) exist in the demo data.
import type { BasicItemContent, ImplementationContent } from './content.ts';
import { buildFormSchema, type DataElementDef } from './form-schema.ts';
import { DEMO_DATA_ELEMENTS } from './seed/data-elements.ts';
import { BUSINESS_DATA_ELEMENTS } from './seed/data-elements-business.ts';
import type { RuleContext } from './rules.ts';

/** Check-valid demo USCC of a license-type defining body; + 3 digits = a GB/T 36904 type code. */
const LICENSE_BODY = '11100000MB00000031';
export const FIXTURE_LICENSE_TYPES = {
  businessLicence: `${LICENSE_BODY}001`,
  foodLicence: `${LICENSE_BODY}002`,
} as const;

/** Keys of the seed dictionary the fixture's form and the form tests use. */
const FIXTURE_KEYS = [
  'enterprise.name',
  'enterprise.uscc',
  'enterprise.legalRepName',
  'enterprise.legalRepIdNumber',
  'enterprise.legalRepPhone',
  'business.premisesAddress',
  'business.category',
  'business.premisesArea',
  'business.staffCount',
  'business.onlineSales',
  'application.startDate',
  'applicant.email',
  'applicant.postalCode',
  'applicant.regionCode',
];

/**
 * The data elements the fixture's form uses, taken from the seed dictionary so the fixture
 * passes against a real database too, plus one retired element (not in the seed) for tests.
 */
export function fixtureDataElements(): Map<string, DataElementDef & { retired?: boolean }> {
  const seed = new Map([...DEMO_DATA_ELEMENTS, ...BUSINESS_DATA_ELEMENTS].map((e) => [e.key, e]));
  const list: (DataElementDef & { retired?: boolean })[] = FIXTURE_KEYS.map((key) => {
    const e = seed.get(key);
    if (!e) throw new Error(`the seed dictionary lost ${key}`);
    const { key: k, labelZh, labelEn, type, format, enumValues, maxLength } = e;
    return { key: k, labelZh, labelEn, type, format, enumValues, maxLength };
  });
  list.push({
    key: 'enterprise.fax',
    labelZh: '传真',
    labelEn: 'Fax',
    type: 'string',
    format: null,
    enumValues: null,
    maxLength: 20,
    retired: true,
  });
  return new Map(list.map((e) => [e.key, e]));
}

export function fixtureRuleContext(content: ImplementationContent = validContent()): RuleContext {
  return {
    basicItem: basicItemOf(content),
    dataElements: fixtureDataElements(),
    venueIds: new Set(['zwfw-120000', 'zwfw-120101']),
    agencyIds: new Set(['tj-scjgw', 'tj-zwfwb', 'tj-wjw']),
  };
}

export function validContent(): ImplementationContent {
  const period = (value: number) => ({ kind: 'period' as const, value, unit: 'working-days' as const });
  const material = (
    m: Partial<ImplementationContent['materials'][number]> & { id: string; name: string },
  ) => ({
    requirement: 'required' as const,
    source: 'applicant' as const,
    format: 'both' as const,
    originals: 1,
    copies: 0,
    deficiencyAllowed: false,
    acceptanceStandard: '内容完整、真实有效，加盖公章或签字',
    ...m,
  });
  return {
    name: '食品经营许可',
    basicCode: '000127005000',
    itemType: '01',
    legalBasis: [
      {
        law: '《中华人民共和国食品安全法》',
        article: '第三十五条',
        text: '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。',
      },
    ],
    exerciseLevel: '3',
    agencyNature: '1',
    serviceTargets: ['2', '1'],
    themes: ['food', 'licensing'],
    caseType: '2',
    statutoryLimit: { kind: 'period', value: 20, unit: 'working-days' },
    promisedLimit: period(10),
    conditions: [
      { id: 'premises', text: '具有与经营的食品品种、数量相适应的经营场所' },
      { id: 'safety-staff', text: '有专职或者兼职的食品安全管理人员', commitmentAllowed: true },
      { id: 'changed-facts', text: '许可事项发生变化', when: { kind: ['change'] } },
    ],
    questions: [
      {
        id: 'kind',
        text: '您要办理的业务类型',
        options: [
          { id: 'new', label: '新办' },
          { id: 'change', label: '变更' },
          { id: 'renew', label: '延续' },
          { id: 'cancel', label: '注销', promisedLimit: { kind: 'on-the-spot' } },
        ],
      },
      {
        id: 'change-what',
        text: '变更的内容',
        when: { kind: ['change'] },
        options: [
          { id: 'name', label: '名称、法定代表人', promisedLimit: period(3) },
          { id: 'address', label: '经营场所（迁址）', statutoryLimit: period(20), promisedLimit: period(8) },
        ],
      },
    ],
    materials: [
      material({ id: 'application', name: '食品经营许可申请书', format: 'electronic', copies: 0 }),
      material({
        id: 'business-licence',
        name: '营业执照',
        source: 'e-license',
        licenseType: FIXTURE_LICENSE_TYPES.businessLicence,
        originals: 0,
      }),
      material({
        id: 'representative-id',
        name: '法定代表人身份证明',
        source: 'shared-data',
        sharedDataset: 'population-basic',
        originals: 0,
      }),
      material({
        id: 'premises-proof',
        name: '经营场所使用证明',
        requirement: 'situational',
        when: { kind: ['new'] },
      }),
      material({
        id: 'new-premises-proof',
        name: '新经营场所使用证明',
        requirement: 'situational',
        when: { kind: ['change'], 'change-what': ['address'] },
      }),
      material({
        id: 'original-licence',
        name: '食品经营许可证正副本',
        requirement: 'situational',
        when: { kind: ['renew', 'cancel'] },
      }),
      material({ id: 'authorisation', name: '授权委托书', requirement: 'optional', deficiencyAllowed: true }),
    ],
    procedure: [
      {
        id: 'accept',
        code: 'accept',
        name: '受理',
        role: 'window-clerk',
        budget: { value: 1, unit: 'working-days' },
      },
      {
        id: 'review',
        code: 'review',
        name: '审核',
        role: 'reviewer',
        budget: { value: 5, unit: 'working-days' },
      },
      {
        id: 'decide',
        code: 'decide',
        name: '审批',
        role: 'approver',
        budget: { value: 2, unit: 'working-days' },
      },
      {
        id: 'conclude',
        code: 'conclude',
        name: '办结',
        role: 'approver',
        budget: { value: 1, unit: 'working-days' },
      },
      { id: 'deliver', code: 'deliver', name: '送达', role: 'window-clerk', budget: null },
    ],
    fee: { charged: false, items: [] },
    result: { type: 'certificate', name: '食品经营许可证', licenseType: FIXTURE_LICENSE_TYPES.foodLicence },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: 'https://zwfw.tj.gov.cn/',
    minRealNameLevel: 2,
    acceptingVenues: [{ venueId: 'zwfw-120000', mode: 'comprehensive' }],
    cityWide: true,
    crossProvince: [],
    commitment: {
      text: '本人承诺具有专职或者兼职的食品安全管理人员，所填信息真实有效。',
      verificationPlan: '发证后三十日内现场核查，承诺不实的依法撤销许可。',
    },
    specialProcedures: [{ kind: 'inspection', maxWorkingDays: 10, basis: '《食品经营许可和备案管理办法》' }],
    intermediaryServices: [],
    notInCentre: null,
    notOnline: null,
    appointment: true,
    onlinePayment: false,
    supervisingAgencyId: 'tj-zwfwb',
    coImplementingAgencyIds: [],
    consultationPhone: '022-88908890',
    supervisionPhone: '12345',
    faqs: [{ question: '餐饮店需要办理哪些证？', answer: '需先取得营业执照，再申请食品经营许可。' }],
    form: buildFormSchema(
      [
        { key: 'enterprise.name', required: true },
        { key: 'enterprise.uscc', required: true },
        { key: 'enterprise.legalRepName', required: true, title: '法定代表人姓名' },
        { key: 'enterprise.legalRepIdNumber', required: true },
        { key: 'enterprise.legalRepPhone', required: true, help: '用于接收办理进度短信' },
        { key: 'business.premisesAddress', required: true, widget: 'textarea' },
        { key: 'business.category', required: true, widget: 'radio' },
        { key: 'business.premisesArea', required: false },
        { key: 'business.staffCount', required: false },
        { key: 'application.startDate', required: false },
      ],
      fixtureDataElements(),
    ),
    lists: ['power-responsibility', 'administrative-licensing'],
    keywords: ['开饭店', '餐饮许可'],
  };
}

/** The basic item the fixture repeats (四级四同). */
export function basicItemOf(content: ImplementationContent): BasicItemContent {
  return {
    name: content.name,
    basicCode: content.basicCode,
    itemType: content.itemType,
    legalBasis: structuredClone(content.legalBasis),
    exerciseLevel: content.exerciseLevel,
    serviceTargets: [...content.serviceTargets],
    themes: [...content.themes],
  };
}
