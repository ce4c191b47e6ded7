// Shared pieces of the enterprise half of the demo catalog: the three demo districts (their 行政审批局
// approve centrally for the district), venue lists with the windows that accept enterprise matters,
// limits, procedure steps and the materials almost every enterprise licence asks for.
//
// Phone numbers: 022-12345 is Tianjin's real 12345 hotline; agency numbers are invented in the
// 022-2xxxxxxx style. Legal-basis texts are short quotations or close summaries of the articles.
import type { AcceptingVenue, LegalBasis, Material, ProcedureStep, TimeLimit } from '../../content.ts';
import type { FormField } from '../../form-schema.ts';
import { BLT } from './license-types.ts';

export interface BizDistrict {
  code: string;
  slug: string;
  name: string;
  /** Streets / towns whose convenience centre (bmzx-<code>) exists in the masterdata seed. */
  towns: readonly string[];
  /** Invented consultation number of the district 行政审批局. */
  phone: string;
}

export const BIZ_DISTRICTS: readonly BizDistrict[] = [
  {
    code: '120103',
    slug: 'hx',
    name: '河西区',
    towns: ['120103001', '120103002', '120103007'],
    phone: '022-28358100',
  },
  {
    code: '120101',
    slug: 'hp',
    name: '和平区',
    towns: ['120101001', '120101003', '120101005'],
    phone: '022-27301200',
  },
  {
    code: '120116',
    slug: 'bh',
    name: '滨海新区',
    towns: ['120116001', '120116005', '120116012'],
    phone: '022-65306300',
  },
];
export const [HEXI, HEPING, BINHAI] = BIZ_DISTRICTS as [BizDistrict, BizDistrict, BizDistrict];

export const CITY = '120000';
export const HOTLINE = '022-12345';
export const ONLINE_URL = 'https://zwfw.tj.gov.cn/';
export const approvalBureau = (d: BizDistrict) => `${d.slug}-xzspj`;

type Unit = 'working-days' | 'natural-days' | 'months';
export const ON_THE_SPOT: TimeLimit = { kind: 'on-the-spot' };
export const limit = (value: number, unit: Unit = 'working-days'): TimeLimit => ({
  kind: 'period',
  value,
  unit,
});

export const law = (name: string, article: string, text: string): LegalBasis => ({
  law: name,
  article,
  text,
});

/** 《中华人民共和国行政许可法》第四十二条: the default limit where a special law names none. */
export const LICENSING_LAW_42 = law(
  '《中华人民共和国行政许可法》',
  '第四十二条',
  '除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。',
);

type Role = ProcedureStep['role'];
export function step(
  code: string,
  name: string,
  role: Role,
  budget: number | null,
  description?: string,
): ProcedureStep {
  return {
    id: code,
    code,
    name,
    role,
    budget: budget === null ? null : { value: budget, unit: 'working-days' },
    ...(description && { description }),
  };
}

/** 受理 → 审核 → 审批 → 办结 → 送达 (the five steps every licence needs), budgets in working days. */
export function licensingSteps(
  [accept, review, decide, deliver]: readonly [number, number, number, number],
  texts: { review?: string; decide?: string; deliver?: string; extra?: ProcedureStep[] } = {},
): ProcedureStep[] {
  return [
    step(
      'accept',
      '受理',
      'window-clerk',
      accept,
      '核对申请材料，齐全且符合法定形式的予以受理；不齐全的一次性告知补正内容',
    ),
    step('review', '审核', 'reviewer', review, texts.review ?? '对申请材料进行审查，需要现场核查的组织核查'),
    ...(texts.extra ?? []),
    step('decide', '审批', 'approver', decide, texts.decide ?? '作出准予或者不予许可的决定'),
    step('conclude', '办结', 'system', 0, '系统记录办结，结果推送审管联动平台和电子证照库'),
    step('deliver', '送达', 'window-clerk', deliver, texts.deliver ?? '窗口领取、免费邮寄或推送电子证照'),
  ];
}

/** 即办 (registration done at the window): the same five steps within the day. */
export function onTheSpotSteps(what: string): ProcedureStep[] {
  return [
    step('accept', '受理', 'window-clerk', 0, '核验身份，核对申请材料'),
    step('review', '审核', 'window-clerk', 0, '形式审查'),
    step('decide', '审批', 'window-clerk', 0, what),
    step('conclude', '办结', 'system', 0),
    step('deliver', '送达', 'window-clerk', 0, '当场发放结果或推送电子证照'),
  ];
}

/** Steps of enforcement powers (处罚、强制、检查): acted on by the agency, not applied for. */
export function enforcementSteps(
  names: readonly [string, string, string, string],
  days: readonly [number, number, number],
) {
  return [
    step('accept', names[0], 'reviewer', days[0], '线索登记、核查并决定立案或启动程序'),
    step('review', names[1], 'reviewer', days[1], '两名以上执法人员出示执法证件，调查取证并制作笔录'),
    step('decide', names[2], 'approver', days[2], '经审核、法制审核后由负责人决定'),
    step('conclude', '办结', 'system', 0),
    step(
      'deliver',
      names[3],
      'reviewer',
      null,
      '依照《中华人民共和国行政处罚法》《中华人民共和国民事诉讼法》的有关规定送达',
    ),
  ];
}

/** Windows of a service centre that accept enterprise matters. */
export const WINDOWS = {
  entry: ['SL01'], // 综合受理窗口（企业准入准营）
  construction: ['SL02'], // 综合受理窗口（投资建设）
  cityTransport: ['SL04'], // 市中心：综合受理窗口（交通运输）
  cityCulture: ['SL05'], // 市中心：综合受理窗口（文化旅游）
} as const;

export function cityVenues(windowCodes: readonly string[], withCityWide = false): AcceptingVenue[] {
  // One entry per venue (the rules refuse duplicates): the 全市通办 window joins the list.
  const codes = withCityWide ? [...windowCodes, 'KS02'] : [...windowCodes];
  return [{ venueId: 'zwfw-120000', mode: 'comprehensive', windowCodes: codes }];
}

/** The district centre's comprehensive window and, for 就近办 items, the streets' convenience centres. */
export function districtVenues(
  d: BizDistrict,
  windowCodes: readonly string[] = WINDOWS.entry,
  nearby?: 'delegated-acceptance' | 'authorized-handling',
): AcceptingVenue[] {
  const centre: AcceptingVenue = {
    venueId: `zwfw-${d.code}`,
    mode: 'comprehensive',
    windowCodes: [...windowCodes],
  };
  if (!nearby) return [centre];
  return [
    centre,
    ...d.towns.map((t): AcceptingVenue => ({ venueId: `bmzx-${t}`, mode: nearby, windowCodes: ['SL01'] })),
  ];
}

type MaterialSpec = Partial<Omit<Material, 'id' | 'name' | 'acceptanceStandard'>>;
export function material(
  id: string,
  name: string,
  acceptanceStandard: string,
  spec: MaterialSpec = {},
): Material {
  return {
    id,
    name,
    requirement: 'required',
    source: 'applicant',
    format: 'both',
    originals: 1,
    copies: 0,
    deficiencyAllowed: false,
    acceptanceStandard,
    ...spec,
  };
}

/** A preset material with overrides (the id and name may change too). */
const preset = (spec: Partial<Material>, ...args: Parameters<typeof material>): Material => ({
  ...material(...args),
  ...spec,
});

/** 营业执照: fetched from the e-license base (免证办), never asked for. */
export function businessLicence(spec: Partial<Material> = {}): Material {
  return preset(
    spec,
    'business-licence',
    '营业执照',
    '电子证照库自动调取，核对名称、统一社会信用代码与申请一致',
    {
      issuer: '市场监督管理部门（行政审批部门）',
      source: 'e-license',
      licenseType: BLT.businessLicence,
      format: 'electronic',
      originals: 0,
    },
  );
}

/** 法定代表人（负责人）身份证明: checked against the population base, not asked for. */
export function representativeId(spec: Partial<Material> = {}): Material {
  return preset(
    spec,
    'representative-id',
    '法定代表人（负责人）身份证明',
    '通过人口基础信息库在线核验；窗口办理时查验身份证原件',
    {
      issuer: '公安机关',
      source: 'shared-data',
      sharedDataset: 'population-base',
      format: 'electronic',
      originals: 0,
    },
  );
}

/** 登记信息 of an existing market entity: from the legal-person base (法人库). */
export function legalPersonData(spec: Partial<Material> = {}): Material {
  return preset(spec, 'legal-person-data', '市场主体登记信息', '通过法人基础信息库共享获取，无需提交', {
    issuer: '市场监督管理部门',
    source: 'shared-data',
    sharedDataset: 'legal-person-base',
    format: 'electronic',
    originals: 0,
  });
}

/** 授权委托书: only when an agent applies. */
export function powerOfAttorney(spec: Partial<Material> = {}): Material {
  return preset(
    spec,
    'power-of-attorney',
    '授权委托书及经办人身份证明',
    '载明委托事项和权限，加盖公章或由申请人签字；经办人身份证在线核验',
    {
      requirement: 'optional',
      deficiencyAllowed: true,
      notes: '委托他人办理时提交',
    },
  );
}

/** 经营场所使用证明: the property certificate is fetched, the lease is provided. */
export function premisesProof(spec: Partial<Material> = {}): Material {
  return preset(
    spec,
    'premises-proof',
    '经营场所使用证明',
    '自有房产可由不动产登记信息共享核验；租赁的提交租赁协议，租期覆盖申请经营期限',
    {
      format: 'both',
      copies: 1,
      originals: 0,
    },
  );
}

export const f = (
  key: string,
  required = true,
  extra: Omit<FormField, 'key' | 'required'> = {},
): FormField => ({
  key,
  required,
  ...extra,
});

/** The enterprise block of most licence forms (pre-filled from the enterprise file). */
export const ENTERPRISE_FIELDS: readonly FormField[] = [
  f('enterprise.name'),
  f('enterprise.uscc'),
  f('enterprise.legalRepName'),
  f('enterprise.address'),
  f('enterprise.contactName'),
  f('enterprise.contactPhone'),
];

export const POWER_RESPONSIBILITY = 'power-responsibility' as const;
export const LICENSING_LISTS = ['administrative-licensing', 'power-responsibility'] as const;
