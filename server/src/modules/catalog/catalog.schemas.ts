// Schema pieces shared by the catalog's staff routes (data elements, basic items, adjustments,
// implementations, versions, files, reports). Public read shapes live beside their routes.
import { Type, type TSchema } from 'typebox';
import { ITEM_TYPES } from './codes.ts';
import { BasicItemContent, Code } from './content.ts';
import { VERSION_STATUSES } from './schema.ts';
import type { VersionState } from './version-workflow.ts';

export const tags = ['catalog'];
export const security = [{ bearer: [] }];

export const nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
export const AgencyId = Type.String({ minLength: 1, maxLength: 64 });
export const RegionCode = Type.String({ pattern: '^\\d{6}(\\d{3}){0,2}$' });
export const DateTime = Type.String({ format: 'date-time' });
export const Day = Type.String({ description: 'YYYY-MM-DD' });
export const ItemTypeCode = Code(ITEM_TYPES, '事项类型 · Item type');
export const VersionStatus = Type.Unsafe<(typeof VERSION_STATUSES)[number]>({
  type: 'string',
  enum: [...VERSION_STATUSES],
  description: '版本状态 · Version status',
});

export const VersionStateSchema = Type.Unsafe<VersionState>({
  type: 'string',
  enum: ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'in-force', 'superseded', 'retired'],
  description: '版本状态（按生效日期细分） · Version state (status refined by the effective dates)',
});

export const DataElementKey = Type.String({
  pattern: '^[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+$',
  maxLength: 100,
  description: '数据元标识（点分路径） · Data-element key (dotted path), e.g. applicant.idNumber',
});
const EnumValue = Type.Object({ value: Type.String(), labelZh: Type.String(), labelEn: Type.String() });
const elementFields = {
  labelZh: Type.String({ minLength: 1, maxLength: 100 }),
  labelEn: Type.String({ minLength: 1, maxLength: 100 }),
  type: Type.Union(['string', 'integer', 'number', 'boolean', 'date', 'enum'].map((t) => Type.Literal(t))),
  format: nullable(
    Type.Union(
      ['citizen-id', 'uscc', 'phone', 'region-code', 'email', 'postal-code'].map((t) => Type.Literal(t)),
    ),
  ),
  enumValues: nullable(Type.Array(EnumValue, { maxItems: 200 })),
  maxLength: nullable(Type.Integer({ minimum: 1, maximum: 10000 })),
  sourceKind: Type.Union(
    ['none', 'person-profile', 'enterprise-profile', 'e-license'].map((t) => Type.Literal(t)),
  ),
  sourceField: nullable(Type.String({ maxLength: 100 })),
  sourceLicenseType: nullable(Type.String({ maxLength: 40 })),
  description: Type.String({ maxLength: 1000 }),
};
export const DataElementBody = Type.Object(
  {
    ...elementFields,
    enumValues: nullable(
      Type.Array(
        Type.Object(
          {
            value: Type.String({ minLength: 1, maxLength: 50 }),
            labelZh: Type.String({ minLength: 1, maxLength: 100 }),
            labelEn: Type.String({ minLength: 1, maxLength: 100 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 200 },
      ),
    ),
  },
  { additionalProperties: false },
);
export const DataElement = Type.Object(
  { key: Type.String(), ...elementFields, retired: Type.Boolean(), updatedAt: DateTime },
  { $id: 'DataElement' },
);

export const BasicItem = Type.Object(
  {
    id: Uuid,
    ...BasicItemContent.properties,
    basicCode: Type.String(),
    revision: Type.Integer(),
    retiredAt: nullable(DateTime),
    updatedAt: DateTime,
  },
  { $id: 'BasicItem' },
);

export const ItemAdjustment = Type.Object(
  {
    id: Uuid,
    itemId: nullable(Uuid),
    kind: Type.Union([Type.Literal('create'), Type.Literal('change'), Type.Literal('retire')]),
    proposed: nullable(BasicItemContent),
    reason: Type.String(),
    status: Type.Union([Type.Literal('submitted'), Type.Literal('approved'), Type.Literal('returned')]),
    requestedBy: Type.String(),
    requestedAgencyId: nullable(Type.String()),
    requestedAt: DateTime,
    decidedBy: nullable(Type.String()),
    decidedAt: nullable(DateTime),
    decisionComment: nullable(Type.String()),
  },
  { $id: 'ItemAdjustment' },
);

export const AgencyRef = Type.Object({ id: Type.String(), name: Type.String() });

export const ImplementationSummary = Type.Object(
  {
    id: Uuid,
    code: Type.String(),
    name: Type.String(),
    basicItemId: Uuid,
    agency: AgencyRef,
    regionCode: Type.String(),
    itemType: Type.String(),
    inForceVersion: nullable(Type.Integer({ description: '今天生效的版本号 · Version in force today' })),
    latestVersion: Type.Integer(),
    latestStatus: VersionStatus,
    latestState: VersionStateSchema,
  },
  { $id: 'ImplementationSummary' },
);

export const VersionAction = Type.Object({
  id: Uuid,
  action: Type.String(),
  actorId: Type.String(),
  actorName: Type.String(),
  comment: nullable(Type.String()),
  at: DateTime,
});

export const VersionSummary = Type.Object({
  id: Uuid,
  version: Type.Integer(),
  status: VersionStatus,
  state: VersionStateSchema,
  effectiveFrom: nullable(Day),
  effectiveTo: nullable(Day),
  createdBy: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
  publishedAt: nullable(DateTime),
});

export const ImplementationDetail = Type.Object(
  {
    ...ImplementationSummary.properties,
    createdBy: Type.String(),
    createdAt: DateTime,
    versions: Type.Array(Type.Object({ ...VersionSummary.properties, actions: Type.Array(VersionAction) })),
  },
  { $id: 'ImplementationDetail' },
);

export const RuleFailure = Type.Object({
  rule: Type.String(),
  path: Type.String(),
  zh: Type.String(),
  en: Type.String(),
});
export const RuleReport = Type.Object({ ok: Type.Boolean(), failures: Type.Array(RuleFailure) });

export const ContentDiff = Type.Object({
  against: nullable(Uuid),
  changes: Type.Array(
    Type.Object({
      path: Type.String(),
      before: Type.Optional(Type.Unknown({ description: '缺省：新增 · Absent: added' })),
      after: Type.Optional(Type.Unknown({ description: '缺省：删除 · Absent: removed' })),
    }),
  ),
});

export const CatalogFile = Type.Object({
  id: Uuid,
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sm3: Type.String(),
  originalName: nullable(Type.String()),
});
