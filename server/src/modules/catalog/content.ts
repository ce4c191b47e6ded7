// The element set of one implementation version (GB/T 39046 table 4 and national practice,
// DOMAIN.md §2), as one document. A version's content is stored whole and never changes once
// published (decision 0005), so cases, bundles and the guide read exactly what was approved.
// The structure is checked on every save; completeness and consistency are the publication
// rules (rules.ts), so an editor can save a half-finished draft.
import { Type, type Static, type TSchema } from 'typebox';
import {
  ACCEPTANCE_MODES,
  AGENCY_NATURES,
  CASE_TYPES,
  CATALOG_LISTS,
  CROSS_PROVINCE_MODES,
  EXERCISE_LEVELS,
  HANDLING_MODES,
  ITEM_TYPES,
  LIMIT_UNITS,
  MATERIAL_FORMATS,
  MATERIAL_REQUIREMENTS,
  MATERIAL_SOURCES,
  ONLINE_DEPTHS,
  RESULT_TYPES,
  SERVICE_TARGETS,
  SPECIAL_PROCEDURE_KINDS,
  STEP_ROLES,
  THEMES,
  type CodeEntry,
} from './codes.ts';

const Strict = <T extends Record<string, TSchema>>(properties: T, description?: string) =>
  Type.Object(properties, { additionalProperties: false, ...(description && { description }) });
/** A code of one code table; the static type is the union of the table's codes. */
export const Code = <const T extends readonly CodeEntry[]>(t: T, description: string) =>
  Type.Unsafe<T[number]['code']>({
    type: 'string',
    enum: t.map((e) => e.code),
    description: `${description}: ${t.map((e) => `${e.code} ${e.zh}`).join('，')}`,
  });
const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description && { description }) });
/** Local ids inside one version (questions, options, materials, steps): referenced by `when`. */
export const LocalId = Type.String({ pattern: '^[a-z][a-z0-9-]{0,39}$' });
const Optional = Type.Optional;
const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);

export const LegalBasis = Strict(
  {
    law: Text(200, '法律法规名称 · Law or regulation'),
    article: Text(100, '条款 · Article, e.g. 第三十五条'),
    text: Text(4000, '条款原文 · Text of the article'),
  },
  '设定依据 · Legal basis',
);
export type LegalBasis = Static<typeof LegalBasis>;

export const TimeLimit = Type.Union(
  [
    Strict({ kind: Type.Literal('on-the-spot') }, '即办 · On the spot'),
    Strict({
      kind: Type.Literal('period'),
      value: Type.Integer({ minimum: 1, maximum: 999 }),
      unit: Code(LIMIT_UNITS, '单位 · Unit'),
    }),
  ],
  { description: '时限 · Time limit' },
);
export type TimeLimit = Static<typeof TimeLimit>;

/**
 * When a condition, material or question applies: for every listed question the answer must be
 * one of the listed options (AND across questions, OR within one). Absent: always.
 */
export const AppliesWhen = Type.Record(LocalId, Type.Array(LocalId, { minItems: 1, maxItems: 20 }), {
  description: '适用情形 · Applies when {questionId: [optionId…]}',
});
export type AppliesWhen = Static<typeof AppliesWhen>;

export const SituationOption = Strict({
  id: LocalId,
  label: Text(100),
  /** A situation may change the limits (e.g. 注销 is done on the spot). */
  statutoryLimit: Optional(TimeLimit),
  promisedLimit: Optional(TimeLimit),
});

export const SituationQuestion = Strict(
  {
    id: LocalId,
    text: Text(200, '问题 · Question, e.g. 您要办理的业务类型'),
    help: Optional(Text(500)),
    options: Type.Array(SituationOption, { maxItems: 20 }),
    when: Optional(AppliesWhen),
  },
  '情形引导问题 · Situation question',
);
export type SituationQuestion = Static<typeof SituationQuestion>;

export const AcceptanceCondition = Strict({
  id: LocalId,
  text: Text(1000),
  when: Optional(AppliesWhen),
  /** Under 告知承诺制 the applicant may promise this condition instead of proving it. */
  commitmentAllowed: Optional(Type.Boolean()),
});

export const Material = Strict(
  {
    id: LocalId,
    name: Text(200),
    issuer: Optional(Text(200, '出具单位 · Issuing body')),
    requirement: Code(MATERIAL_REQUIREMENTS, '是否必要 · Requirement'),
    when: Optional(AppliesWhen),
    source: Code(MATERIAL_SOURCES, '来源 · Source'),
    /** For source e-license: the license type code (GB/T 36904 style) the platform fetches. */
    licenseType: Optional(Text(40)),
    /** For source shared-data: the shared dataset the platform queries. */
    sharedDataset: Optional(Text(100)),
    format: Code(MATERIAL_FORMATS, '形式 · Format'),
    originals: Type.Integer({ minimum: 0, maximum: 20, description: '原件份数 · Originals' }),
    copies: Type.Integer({ minimum: 0, maximum: 20, description: '复印件份数 · Copies' }),
    deficiencyAllowed: Type.Boolean({ description: '可容缺 · May be supplied after acceptance' }),
    blankFormFileId: Optional(Type.String({ format: 'uuid', description: '空白表格 · Blank form file' })),
    sampleFileId: Optional(Type.String({ format: 'uuid', description: '示例样表 · Sample file' })),
    acceptanceStandard: Text(1000, '受理标准 · Acceptance standard'),
    timeRequirement: Optional(Text(200)),
    whereToObtain: Optional(Text(200)),
    notes: Optional(Text(1000)),
  },
  '申请材料 · Material',
);
export type Material = Static<typeof Material>;

export const ProcedureStep = Strict(
  {
    id: LocalId,
    /** accept / review / decide / conclude / deliver (LICENSING_REQUIRED_STEPS) or a local step. */
    code: LocalId,
    name: Text(50),
    role: Code(STEP_ROLES, '办理角色 · Acting role'),
    budget: Nullable(
      Strict({ value: Type.Integer({ minimum: 0, maximum: 999 }), unit: Code(LIMIT_UNITS, '单位 · Unit') }),
    ),
    description: Optional(Text(1000)),
  },
  '办理环节 · Procedure step',
);
export type ProcedureStep = Static<typeof ProcedureStep>;

export const Fee = Strict(
  {
    charged: Type.Boolean(),
    items: Type.Array(
      Strict({
        name: Text(100),
        amount: Type.String({ pattern: '^\\d{1,9}(\\.\\d{1,2})?$', description: '元 · Yuan' }),
        basis: Text(500, '收费依据 · Basis'),
      }),
      { maxItems: 20 },
    ),
  },
  '收费 · Fees',
);

export const Result = Strict(
  {
    type: Code(RESULT_TYPES, '办结类型 · Result type'),
    name: Text(100, '结果名称 · Result name'),
    licenseType: Optional(Text(40, '电子证照类型 · E-license type code')),
    sampleFileId: Optional(Type.String({ format: 'uuid' })),
  },
  '办理结果 · Result',
);

export const AcceptingVenue = Strict(
  {
    venueId: Type.String({ maxLength: 64 }),
    mode: Code(ACCEPTANCE_MODES, '受理方式 · Acceptance mode'),
    /** Windows within the venue; empty: every window of a fitting type. */
    windowCodes: Optional(Type.Array(Type.String({ maxLength: 20 }), { maxItems: 50 })),
  },
  '受理场所 · Accepting venue',
);
export type AcceptingVenue = Static<typeof AcceptingVenue>;

const Reason = (description: string) => Nullable(Strict({ reason: Text(500) }, description));

export const ApplicationForm = Strict(
  {
    /** JSON Schema (draft 2020-12 subset) whose leaves are data elements; see form-schema.ts. */
    schema: Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema' }),
    /** @rjsf uiSchema: widgets, order, help texts. */
    ui: Type.Record(Type.String(), Type.Unknown()),
  },
  '申请表 · Application form',
);
export type ApplicationForm = Static<typeof ApplicationForm>;

export const ImplementationContent = Strict({
  // 四级四同: these four must equal the basic item's.
  name: Type.String({ minLength: 1, maxLength: 200 }),
  basicCode: Type.String({ maxLength: 40 }),
  itemType: Code(ITEM_TYPES, '事项类型 · Item type'),
  legalBasis: Type.Array(LegalBasis, { maxItems: 30 }),

  exerciseLevel: Code(EXERCISE_LEVELS, '行使层级 · Exercise level'),
  agencyNature: Code(AGENCY_NATURES, '实施主体性质 · Agency nature'),
  serviceTargets: Type.Array(Code(SERVICE_TARGETS, '服务对象 · Target'), { maxItems: 6 }),
  themes: Type.Array(Code(THEMES, '主题 · Theme'), { maxItems: 10 }),
  caseType: Code(CASE_TYPES, '办件类型 · Case type'),
  statutoryLimit: TimeLimit,
  promisedLimit: TimeLimit,
  limitNote: Optional(Text(500)),

  conditions: Type.Array(AcceptanceCondition, { maxItems: 50 }),
  questions: Type.Array(SituationQuestion, { maxItems: 20 }),
  materials: Type.Array(Material, { maxItems: 100 }),
  procedure: Type.Array(ProcedureStep, { maxItems: 30 }),
  fee: Fee,
  result: Result,

  handlingModes: Type.Array(Code(HANDLING_MODES, '办理形式 · Handling mode'), { maxItems: 6 }),
  visits: Type.Integer({ minimum: 0, maximum: 9, description: '到办事现场次数 · Visits to the venue' }),
  visitsReason: Optional(Text(500, '需到现场的理由 · Why a visit is needed')),
  onlineDepth: Code(ONLINE_DEPTHS, '网上办理深度 · Online depth'),
  onlineUrl: Optional(Text(300)),
  minRealNameLevel: Type.Integer({
    minimum: 1,
    maximum: 3,
    description: '网上申请所需实名等级 · Real-name level',
  }),
  acceptingVenues: Type.Array(AcceptingVenue, { maxItems: 500 }),

  cityWide: Type.Boolean({ description: '全市通办 · City-wide handling' }),
  crossProvince: Type.Array(Code(CROSS_PROVINCE_MODES, '跨省通办 · Cross-province mode'), { maxItems: 3 }),
  commitment: Nullable(
    Strict(
      {
        text: Text(2000, '承诺书内容 · Commitment text'),
        verificationPlan: Text(2000, '核查办法 · Verification plan'),
      },
      '告知承诺 · Notice-and-commitment',
    ),
  ),
  specialProcedures: Type.Array(
    Strict({
      kind: Code(SPECIAL_PROCEDURE_KINDS, '特别程序 · Special procedure'),
      maxWorkingDays: Type.Integer({ minimum: 1, maximum: 365 }),
      basis: Optional(Text(500)),
    }),
    { maxItems: 10 },
  ),
  intermediaryServices: Type.Array(Strict({ name: Text(200), basis: Text(500) }), { maxItems: 20 }),
  notInCentre: Reason('不进驻政务服务中心（负面清单） · Not in the service centre'),
  notOnline: Reason('不能网上办理（负面清单） · Not online'),
  appointment: Type.Boolean({ description: '支持预约 · Appointments' }),
  onlinePayment: Type.Boolean({ description: '支持网上支付 · Online payment' }),
  supervisingAgencyId: Nullable(Type.String({ maxLength: 64 })),
  coImplementingAgencyIds: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 }),
  quantityLimit: Optional(Text(500, '数量限制 · Quantity limit')),
  consultationPhone: Text(50),
  supervisionPhone: Text(50),
  faqs: Type.Array(Strict({ question: Text(300), answer: Text(2000) }), { maxItems: 50 }),

  form: ApplicationForm,
  lists: Type.Array(Code(CATALOG_LISTS, '所属清单 · List'), { maxItems: 5 }),
  /** Extra words the search should know for this implementation (colloquial names). */
  keywords: Type.Array(Text(30), { maxItems: 30 }),
});
export type ImplementationContent = Static<typeof ImplementationContent>;

/** A basic catalog item (基本目录): the four fields every implementation must repeat, and more. */
export const BasicItemContent = Strict({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  basicCode: Type.String({ pattern: '^[0-9A-Z]{6,40}$' }),
  itemType: Code(ITEM_TYPES, '事项类型 · Item type'),
  legalBasis: Type.Array(LegalBasis, { minItems: 1, maxItems: 30 }),
  exerciseLevel: Code(EXERCISE_LEVELS, '行使层级 · Exercise level'),
  serviceTargets: Type.Array(Code(SERVICE_TARGETS, '服务对象 · Target'), { minItems: 1, maxItems: 6 }),
  themes: Type.Array(Code(THEMES, '主题 · Theme'), { maxItems: 10 }),
});
export type BasicItemContent = Static<typeof BasicItemContent>;
