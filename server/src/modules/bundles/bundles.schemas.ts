// The shapes of the bundle (一件事) API (TypeBox: one name for the schema and its type). Every
// route file of the module shares these; the web client is generated from them.
import { Type, type Static } from 'typebox';
import { BusinessDate, StrictObject } from '../../platform/http/schemas.ts';
import { ApplicationForm, Code } from '../catalog/content.ts';
import { VersionStateSchema } from '../catalog/catalog.schemas.ts';
import { MATERIAL_FORMATS, MATERIAL_REQUIREMENTS, MATERIAL_SOURCES } from '../catalog/codes.ts';
import {
  BUNDLE_CASE_STATUSES,
  BUNDLE_DELIVERIES,
  BUNDLE_DELIVERY_METHODS,
  BUNDLE_TARGETS,
  LIFE_EVENTS,
  MEMBER_OUTCOMES,
} from './codes.ts';
import { BundleContent } from './content.ts';

export const tags = ['bundles'];
export const security = [{ bearer: [] }];
export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
export const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const Answers = Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 40 }), {
  description: '一件事引导问题的回答 {问题: 选项} · Answers to the bundle’s questions',
});

const Tally = Type.Object({
  fields: Type.Integer({ description: '表单字段数 · Form fields' }),
  materials: Type.Integer({ description: '申请材料数 · Materials' }),
  visits: Type.Integer({ description: '跑动次数 · Visits' }),
});
export const Savings = Type.Object(
  {
    separately: Tally,
    bundled: Tally,
    saved: Tally,
  },
  { description: '与逐项分别申请相比的节省 · Savings against applying for each member separately' },
);

export const BundleSummary = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    target: Code(BUNDLE_TARGETS, '服务对象 · Target'),
    lifeEvent: Code(LIFE_EVENTS, '生命周期事件 · Life event'),
    summary: Type.String(),
    regionCode: Type.String(),
    leadAgencyId: Type.String(),
    leadAgencyName: Type.String(),
    memberCount: Type.Integer(),
    promisedDays: Type.Integer({ description: '承诺办结时限（工作日） · Promised limit, working days' }),
    savings: Savings,
  },
  { $id: 'BundleSummary' },
);
export type BundleSummary = Static<typeof BundleSummary>;

export const PlanMember = Type.Object({
  memberId: Type.String(),
  implementationCode: Type.String(),
  itemName: Type.String(),
  agencyId: Type.String(),
  agencyName: Type.String(),
  after: Type.Array(Type.String(), { description: '前序事项 · Must follow these members' }),
  conditional: Type.Boolean({ description: '按回答适用 · Applies only for some answers' }),
  promisedLimit: Type.String({ description: '该事项承诺时限（文字） · Its promised limit, as text' }),
  visits: Type.Integer(),
  note: Nullable(Type.String()),
});

export const MergedMaterial = Type.Object({
  key: Type.String({ description: '合并后材料键 · Merged material key' }),
  name: Type.String(),
  requirement: Code(MATERIAL_REQUIREMENTS, '是否必要 · Requirement'),
  source: Code(MATERIAL_SOURCES, '来源 · Source'),
  licenseType: Nullable(Type.String()),
  sharedDataset: Nullable(Type.String()),
  format: Code(MATERIAL_FORMATS, '形式 · Format'),
  originals: Type.Integer(),
  copies: Type.Integer(),
  deficiencyAllowed: Type.Boolean(),
  acceptanceStandard: Type.String(),
  members: Type.Array(Type.Object({ memberId: Type.String(), materialId: Type.String() })),
  held: Nullable(
    Type.Boolean({
      description:
        '电子证照：调用者是否持有有效证照（未登录为 null） · E-license held by the caller (null anonymous)',
    }),
  ),
});

export const FormConflict = Type.Object({
  key: Type.String(),
  members: Type.Array(Type.Object({ memberId: Type.String(), leaf: Type.String() })),
  zh: Type.String(),
  en: Type.String(),
});

export const BundlePlan = Type.Object(
  {
    code: Type.String(),
    versionId: Uuid,
    members: Type.Array(PlanMember, {
      description: '适用的成员事项（按办理顺序） · Applicable members, in order',
    }),
    conditions: Type.Array(
      Type.Object({ memberId: Type.String(), itemName: Type.String(), text: Type.String() }),
      { description: '受理条件（一次告知） · Acceptance conditions' },
    ),
    form: ApplicationForm,
    fieldCount: Type.Integer(),
    conflicts: Type.Array(FormConflict),
    materials: Type.Array(MergedMaterial),
    savings: Savings,
  },
  { $id: 'BundlePlan' },
);
export type BundlePlan = Static<typeof BundlePlan>;

export const BundleGuide = Type.Object(
  {
    ...BundleSummary.properties,
    versionId: Uuid,
    effectiveFrom: Nullable(BusinessDate),
    content: BundleContent,
    venues: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), address: Type.String() })),
    /** The plan with every member (what the whole bundle asks for). */
    plan: BundlePlan,
  },
  { $id: 'BundleGuide' },
);
export type BundleGuide = Static<typeof BundleGuide>;

export const PlanBody = StrictObject({ answers: Answers });
export type PlanBody = Static<typeof PlanBody>;

export const BundleListQuery = Type.Object({
  target: Type.Optional(Code(BUNDLE_TARGETS, '服务对象 · Target')),
  lifeEvent: Type.Optional(Code(LIFE_EVENTS, '生命周期事件 · Life event')),
});

// ---- applying and tracking ----

export const BundleMaterialChoice = StrictObject({
  materialKey: Type.String({ maxLength: 120, description: '合并后材料键 · Merged material key' }),
  materialId: Uuid,
});

export const CreateBundleCaseBody = StrictObject({
  bundleCode: Type.String({ minLength: 1, maxLength: 40 }),
  answers: Answers,
  formData: Type.Record(Type.String(), Type.Unknown(), {
    description: '合并申请表数据 · Data of the merged form',
  }),
  materials: Type.Array(BundleMaterialChoice, { maxItems: 100 }),
  licenseConsent: Type.Optional(
    Type.Boolean({
      description: '同意调用本人电子证照免交材料（一次同意） · Consent to use e-licenses (once)',
    }),
  ),
  delivery: Code(BUNDLE_DELIVERIES, '结果送达 · Delivery'),
  deliveryMethod: Code(BUNDLE_DELIVERY_METHODS, '送达方式 · Delivery method'),
  pickupVenueId: Type.Optional(Type.String({ maxLength: 64, description: '领取场所 · Pick-up venue' })),
  channel: Type.Optional(
    Type.Union([Type.Literal('pc'), Type.Literal('mobile'), Type.Literal('kiosk')], {
      description: '渠道 · Channel',
    }),
  ),
});
export type CreateBundleCaseBody = Static<typeof CreateBundleCaseBody>;

export const BundleMemberStatus = Type.Object({
  memberId: Type.String(),
  position: Type.Integer(),
  implementationCode: Type.String(),
  itemName: Type.String(),
  agencyId: Type.String(),
  agencyName: Type.String(),
  after: Type.Array(Type.String()),
  outcome: Code(MEMBER_OUTCOMES, '成员事项进展 · Member outcome'),
  caseId: Nullable(Uuid),
  caseNumber: Nullable(Type.String()),
  caseStatus: Nullable(Type.String({ description: '子办件状态 · Sub-case status' })),
  promisedDue: Nullable(BusinessDate),
  startedAt: Nullable(Type.String({ format: 'date-time' })),
  concludedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const BundleCaseSummary = Type.Object(
  {
    id: Uuid,
    bundleNumber: Type.String(),
    bundleCode: Type.String(),
    bundleName: Type.String(),
    applicantName: Type.String({ description: '列表中脱敏 · Masked in lists' }),
    status: Code(BUNDLE_CASE_STATUSES, '一件事办件状态 · Bundle case status'),
    submittedAt: Type.String({ format: 'date-time' }),
    promisedDue: Nullable(BusinessDate),
    memberCount: Type.Integer(),
    concludedCount: Type.Integer(),
  },
  { $id: 'BundleCaseSummary' },
);
export type BundleCaseSummary = Static<typeof BundleCaseSummary>;

export const BundleCaseDetail = Type.Object(
  {
    ...BundleCaseSummary.properties,
    regionCode: Type.String(),
    leadAgencyId: Type.String(),
    leadAgencyName: Type.String(),
    applicantType: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
    applicantIdMasked: Type.String(),
    delivery: Code(BUNDLE_DELIVERIES, '结果送达 · Delivery'),
    deliveryMethod: Code(BUNDLE_DELIVERY_METHODS, '送达方式 · Delivery method'),
    pickupVenueId: Nullable(Type.String()),
    resultsReadyAt: Nullable(Type.String({ format: 'date-time' })),
    concludedAt: Nullable(Type.String({ format: 'date-time' })),
    savings: Type.Object({
      fields: Type.Integer(),
      materials: Type.Integer(),
      visits: Type.Integer(),
    }),
    members: Type.Array(BundleMemberStatus),
  },
  { $id: 'BundleCaseDetail' },
);
export type BundleCaseDetail = Static<typeof BundleCaseDetail>;

// ---- administration (catalog staff) ----

export const BundleVersionSummary = Type.Object({
  id: Uuid,
  version: Type.Integer(),
  status: Type.String({ description: '存储状态 · Stored status' }),
  state: VersionStateSchema,
  effectiveFrom: Nullable(BusinessDate),
  effectiveTo: Nullable(BusinessDate),
  updatedAt: Type.String({ format: 'date-time' }),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const AdminBundleSummary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  regionCode: Type.String(),
  leadAgencyId: Type.String(),
  leadAgencyName: Type.String(),
  versions: Type.Array(BundleVersionSummary),
});
export type AdminBundleSummary = Static<typeof AdminBundleSummary>;

export const RuleFailure = Type.Object({
  rule: Type.String(),
  path: Type.String(),
  zh: Type.String(),
  en: Type.String(),
});

export const BundleVersionDetail = Type.Object(
  {
    ...BundleVersionSummary.properties,
    bundleCode: Type.String(),
    regionCode: Type.String(),
    content: BundleContent,
    availableActions: Type.Array(Type.String()),
    actions: Type.Array(
      Type.Object({
        id: Uuid,
        action: Type.String(),
        actorName: Type.String(),
        comment: Nullable(Type.String()),
        at: Type.String({ format: 'date-time' }),
      }),
    ),
    /** The publication rules run now (empty: it may be published). */
    failures: Type.Array(RuleFailure),
  },
  { $id: 'BundleVersionDetail' },
);
export type BundleVersionDetail = Static<typeof BundleVersionDetail>;

export const CreateBundleBody = StrictObject({
  regionCode: Type.String({ pattern: '^\\d{6}$' }),
  content: BundleContent,
});
export type CreateBundleBody = Static<typeof CreateBundleBody>;

export const SaveBundleVersionBody = StrictObject({ content: BundleContent });
export type SaveBundleVersionBody = Static<typeof SaveBundleVersionBody>;

export const BundleVersionActionBody = StrictObject({
  action: Type.Union(
    ['submit', 'withdraw', 'return', 'approve', 'publish', 'retire'].map((a) => Type.Literal(a)),
    { description: '审核流程操作 · Workflow action' },
  ),
  comment: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  effectiveFrom: Type.Optional(BusinessDate),
});
export type BundleVersionActionBody = Static<typeof BundleVersionActionBody>;

// ---- statistics ----

export const BundleStatsRow = Type.Object({
  code: Type.String(),
  name: Type.String(),
  cases: Type.Integer({ description: '申请件数 · Bundle cases' }),
  inProgress: Type.Integer(),
  concluded: Type.Integer(),
  partlyRefused: Type.Integer(),
  refused: Type.Integer(),
  subCases: Type.Integer({ description: '分发的子办件数 · Sub-cases started' }),
  savedFields: Type.Integer({ description: '累计少填字段 · Form fields saved in all' }),
  savedMaterials: Type.Integer({ description: '累计少交材料 · Materials saved in all' }),
  savedVisits: Type.Integer({ description: '累计少跑次数 · Visits saved in all' }),
  perCase: Savings,
});
export const BundleStats = Type.Object({ items: Type.Array(BundleStatsRow) }, { $id: 'BundleStats' });
export type BundleStats = Static<typeof BundleStats>;
