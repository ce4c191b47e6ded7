// The shapes of the case API (TypeBox: one name for the schema and its type). Routes of every
// case file share these, and the web client is generated from them.
import { Type, type Static } from 'typebox';
import { BusinessDate, StrictObject } from '../../platform/http/schemas.ts';
import { Code, TimeLimit } from '../catalog/content.ts';
import { CASE_ACTIONS } from './case-workflow.ts';
import { CASE_STATUSES, CHANNELS, DELIVERY_METHODS, DOCUMENT_KINDS } from './codes.ts';

export const tags = ['cases'];
export const security = [{ bearer: [] }];
export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });

const codes = Code;

export const CaseStatus = codes(CASE_STATUSES, '办件状态 · Case status');
export const Channel = codes(CHANNELS, '渠道 · Channel');
export const Urgency = Type.Union([Type.Literal('green'), Type.Literal('yellow'), Type.Literal('red')], {
  description: '紧急程度（绿/黄/红） · Urgency colour',
});

export const MaterialObject = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    provenance: Type.Union([Type.Literal('upload'), Type.Literal('e-license'), Type.Literal('shared-data')]),
    provenanceRef: Type.Union([Type.String(), Type.Null()]),
    sm3: Type.String(),
    contentType: Type.Union([Type.String(), Type.Null()]),
    sizeBytes: Type.Union([Type.Integer(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  {
    $id: 'MaterialObject',
    description: '材料（归属申请主体，不可变） · A material owned by its subject (immutable)',
  },
);
export type MaterialObject = Static<typeof MaterialObject>;

/** The e-license linked to a material (免提交 — 已关联电子证照). */
export const LinkedLicense = Type.Object(
  {
    id: Uuid,
    typeName: Type.Object({ zh: Type.String(), en: Type.String() }),
    licenseNumber: Type.String(),
  },
  { $id: 'CaseLinkedLicense' },
);
export type LinkedLicense = Static<typeof LinkedLicense>;

export const CaseMaterial = Type.Object({
  materialKey: Type.String(),
  name: Type.String(),
  requirement: Type.String(),
  status: Type.Union([
    Type.Literal('provided'),
    Type.Literal('missing'),
    Type.Literal('exempt'),
    Type.Literal('supplied'),
  ]),
  materialId: Type.Union([Uuid, Type.Null()]),
  sm3: Type.Union([Type.String(), Type.Null()]),
  provenance: Type.Union([Type.String(), Type.Null()]),
  round: Type.Integer(),
  license: Type.Union([LinkedLicense, Type.Null()], {
    description:
      '免证办：代替本材料的电子证照 · Certificate-free: the e-license standing in for the material',
  }),
});

export const CaseSummary = Type.Object(
  {
    id: Uuid,
    caseNumber: Type.Union([Type.String(), Type.Null()]),
    itemName: Type.String(),
    implementationCode: Type.String(),
    agencyId: Type.String(),
    agencyName: Type.String(),
    applicantName: Type.String({ description: '列表中脱敏 · Masked in lists' }),
    channel: Channel,
    status: CaseStatus,
    submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    acceptedOn: Type.Union([BusinessDate, Type.Null()]),
    promisedDue: Type.Union([BusinessDate, Type.Null()]),
    statutoryDue: Type.Union([BusinessDate, Type.Null()]),
    paused: Type.Boolean(),
    urgency: Type.Union([Urgency, Type.Null()]),
    acceptingVenueId: Type.Union([Type.String(), Type.Null()]),
    decision: Type.Union([Type.Literal('approved'), Type.Literal('denied'), Type.Null()]),
  },
  { $id: 'CaseSummary' },
);
export type CaseSummary = Static<typeof CaseSummary>;

export const CaseActionEntry = Type.Object({
  seq: Type.Integer(),
  action: Type.String(),
  fromStatus: Type.Union([CaseStatus, Type.Null()]),
  toStatus: CaseStatus,
  actorKind: Type.String(),
  actorName: Type.String(),
  channel: Type.Union([Type.String(), Type.Null()]),
  venueId: Type.Union([Type.String(), Type.Null()]),
  opinion: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
  at: Type.String({ format: 'date-time' }),
});

export const CaseDocument = Type.Object({
  id: Uuid,
  kind: codes(DOCUMENT_KINDS, '文书种类 · Document kind'),
  number: Type.String(),
  sm3: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const CaseDetail = Type.Object(
  {
    ...CaseSummary.properties,
    versionId: Uuid,
    regionCode: Type.String(),
    applicantType: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
    applicantIdMasked: Type.String(),
    actorKind: Type.String(),
    acceptanceMode: Type.Union([Type.String(), Type.Null()]),
    pickupVenueId: Type.Union([Type.String(), Type.Null()]),
    answers: Type.Record(Type.String(), Type.String()),
    formData: Type.Record(Type.String(), Type.Unknown()),
    receivedOn: Type.Union([BusinessDate, Type.Null()]),
    deemedAccepted: Type.Boolean(),
    deficiencyDue: Type.Union([BusinessDate, Type.Null()]),
    outstandingMaterials: Type.Array(Type.String()),
    extensionDays: Type.Integer(),
    commitment: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    delivery: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    onTime: Type.Union([Type.Boolean(), Type.Null()]),
    seq: Type.Integer({ description: '乐观锁：操作时回传 · Send back with an action (optimistic lock)' }),
    materials: Type.Array(CaseMaterial),
    documents: Type.Array(CaseDocument),
    actions: Type.Array(CaseActionEntry, { description: '办理过程（只增不改） · Timeline (append-only)' }),
    allowedActions: Type.Array(Type.String(), {
      description: '调用者当前可执行的操作 · Actions the caller may take now',
    }),
    forwarding: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    specialProcedures: Type.Array(Type.Record(Type.String(), Type.Unknown())),
    verification: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    bundleCaseId: Type.Union([Uuid, Type.Null()], {
      description:
        '所属一件事办件（子办件）；据此读取一件事上下文 · The bundle case this is a sub-case of (read its context with it)',
    }),
  },
  { $id: 'CaseDetail' },
);
export type CaseDetail = Static<typeof CaseDetail>;

export const MaterialChoice = StrictObject({
  materialKey: Type.String({ maxLength: 40 }),
  materialId: Uuid,
});

export const DeliveryInput = StrictObject({
  method: codes(DELIVERY_METHODS, '送达方式 · Delivery method'),
  venueId: Type.Optional(Type.String({ maxLength: 64 })),
  courier: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  trackingNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  receivedBy: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
});

/** One endpoint for every action; which fields an action needs is checked by the service. */
export const CaseActionBody = StrictObject({
  action: Type.Unsafe<(typeof CASE_ACTIONS)[number]>({
    type: 'string',
    enum: [...CASE_ACTIONS],
    description: '操作 · Action (see case-workflow.ts)',
  }),
  seq: Type.Optional(Type.Integer({ minimum: 0, description: '期望的操作序号 · The seq the caller saw' })),
  opinion: Type.Optional(Type.String({ maxLength: 2000 })),
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
  legalBasis: Type.Optional(Type.String({ maxLength: 500 })),
  items: Type.Optional(
    Type.Array(
      StrictObject({
        materialKey: Type.Optional(Type.String({ maxLength: 40 })),
        text: Type.String({ minLength: 1, maxLength: 500 }),
      }),
      { minItems: 1, maxItems: 100 },
    ),
  ),
  missingMaterials: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 100 })),
  deficiencyDueOn: Type.Optional(BusinessDate),
  commitment: Type.Optional(Type.Boolean()),
  materials: Type.Optional(Type.Array(MaterialChoice, { maxItems: 100 })),
  paperMaterials: Type.Optional(
    Type.Array(Type.String({ maxLength: 40 }), {
      maxItems: 100,
      description:
        '窗口核验的纸质材料（仅窗口、帮办代办） · Materials checked on paper at the window (window and assisted channels only)',
    }),
  ),
  answers: Type.Optional(Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 40 }))),
  formData: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  licenseConsent: Type.Optional(
    Type.Boolean({
      description:
        '免证办（submit、resubmit）：申请人同意本次办事调用其电子证照（窗口由工作人员记录申请人的同意）；提交默认否，补正后重新提交默认沿用上次的选择 · Certificate-free (submit, resubmit): the applicant consents to the use of their e-licenses for this case (at a window the clerk records it); false by default on submit, the last choice carried over on resubmit',
    }),
  ),
  assigneeId: Type.Optional(Uuid),
  procedureKind: Type.Optional(Type.String({ maxLength: 40 })),
  result: Type.Optional(Type.String({ maxLength: 2000 })),
  workingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
  delivery: Type.Optional(DeliveryInput),
  forwarding: Type.Optional(
    StrictObject({
      courier: Type.String({ minLength: 1, maxLength: 50 }),
      trackingNumber: Type.String({ minLength: 1, maxLength: 50 }),
    }),
  ),
  verificationPassed: Type.Optional(Type.Boolean()),
});
export type CaseActionBody = Static<typeof CaseActionBody>;

export const DeadlineExplanation = Type.Object(
  {
    acceptedOn: BusinessDate,
    statutoryLimit: TimeLimit,
    promisedLimit: TimeLimit,
    pauses: Type.Array(
      Type.Object({
        kind: Type.String(),
        from: BusinessDate,
        to: Type.Union([BusinessDate, Type.Null()]),
        workingDays: Type.Integer(),
        calendarDays: Type.Integer(),
      }),
    ),
    extensionDays: Type.Integer(),
    crossedDays: Type.Array(
      Type.Object({
        date: BusinessDate,
        kind: Type.Union([Type.Literal('rest'), Type.Literal('work')]),
        name: Type.String(),
      }),
    ),
    statutoryDue: BusinessDate,
    promisedDue: BusinessDate,
    paused: Type.Boolean(),
    provisional: Type.Boolean(),
    urgency: Urgency,
  },
  { $id: 'DeadlineExplanation' },
);
