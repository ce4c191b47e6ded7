// HTTP shapes of complaints (办不成事 / 12345): filing, the complainant's and the staff's views,
// actions and the metrics.
import { Type, type Static } from 'typebox';
import { StrictObject } from '../../platform/http/schemas.ts';
import { Code } from '../catalog/content.ts';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
  COMPLAINT_URGENCIES,
} from './codes.ts';
import { COMPLAINT_ACTIONS } from './complaint-workflow.ts';

export const tags = ['complaints'];
export const security = [{ bearer: [] }];
const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Time = Type.String({ format: 'date-time' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const IdParams = Type.Object({ id: Uuid });
export const Category = Code(COMPLAINT_CATEGORIES, '分类 · Category');
export const Urgency = Code(COMPLAINT_URGENCIES, '紧急程度 · Urgency');
export const Status = Code(COMPLAINT_STATUSES, '状态 · Status');
export const Channel = Code(COMPLAINT_CHANNELS, '渠道 · Channel');
export const ActionName = Type.Unsafe<(typeof COMPLAINT_ACTIONS)[number]>({
  type: 'string',
  enum: [...COMPLAINT_ACTIONS],
  description: '操作 · Action',
});

const Text = (max: number, description: string) =>
  Type.String({ minLength: 1, maxLength: max, pattern: '\\S', description });

const filingFields = {
  category: Category,
  urgency: Type.Optional(Urgency),
  title: Text(100, '标题 · Title'),
  content: Text(2000, '诉求内容，最多 2000 字 · What happened, at most 2000 characters'),
  regionCode: Type.String({ pattern: '^\\d{6}$', description: '所在区划（6 位） · Region (6 digits)' }),
  caseId: Type.Optional(Uuid),
  implementationCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  anonymous: Type.Optional(Type.Boolean({ description: '匿名反映 · Anonymous' })),
  contactName: Type.Optional(Text(50, '联系人 · Contact name')),
  contactPhone: Type.Optional(
    Type.String({ pattern: '^1[3-9]\\d{9}$', description: '手机号 · Mainland mobile number' }),
  ),
};

export const FileComplaintBody = StrictObject(filingFields);
export type FileComplaintBody = Static<typeof FileComplaintBody>;

export const AdminFileBody = StrictObject({
  ...filingFields,
  channel: Type.Union([Type.Literal('window'), Type.Literal('hotline')]),
  complex: Type.Optional(
    Type.Boolean({ description: '复杂事项（10 个工作日） · Complex (10 working days)' }),
  ),
});
export type AdminFileBody = Static<typeof AdminFileBody>;

export const ActionBody = StrictObject({
  action: ActionName,
  seq: Type.Integer({ minimum: 0, description: '所见的版本号 · The seq the caller saw' }),
  agencyId: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  complex: Type.Optional(Type.Boolean()),
  comment: Type.Optional(Text(2000, '意见、退回理由或回访记录 · Opinion, reason or visit note')),
  replyKind: Type.Optional(Type.Union([Type.Literal('resolved'), Type.Literal('explained')])),
  solved: Type.Optional(Type.Boolean()),
  targetNumber: Type.Optional(Type.String({ pattern: '^BBCS\\d{14}$', description: '合并到的诉求编号' })),
});
export type ActionBody = Static<typeof ActionBody>;

export const ConfirmBody = StrictObject({
  solved: Type.Boolean(),
  comment: Type.Optional(Text(500, '评价意见 · Comment')),
});
export type ConfirmBody = Static<typeof ConfirmBody>;

export const ComplaintActionView = Type.Object({
  seq: Type.Integer(),
  action: ActionName,
  fromStatus: Nullable(Status),
  toStatus: Status,
  actorKind: Type.String(),
  actorName: Type.String(),
  agencyId: Nullable(Type.String()),
  agencyName: Nullable(Type.String()),
  comment: Nullable(Type.String()),
  at: Time,
});

/** What every reader sees of an order. */
const common = {
  id: Uuid,
  complaintNumber: Type.String(),
  channel: Channel,
  category: Category,
  urgency: Urgency,
  complex: Type.Boolean(),
  title: Type.String(),
  status: Status,
  seq: Type.Integer(),
  regionCode: Type.String(),
  agencyId: Nullable(Type.String()),
  agencyName: Nullable(Type.String()),
  receivedAt: Time,
  replyDue: Nullable(Day),
  repliedAt: Nullable(Time),
  overdue: Type.Boolean({ description: '已超签收或办结期限 · A deadline passed' }),
};

export const ComplaintSummary = Type.Object({
  ...common,
  anonymous: Type.Boolean(),
  contactName: Nullable(Type.String()),
  contactPhone: Nullable(Type.String({ description: '脱敏 · Masked' })),
  signDue: Nullable(Time),
  returnCount: Type.Integer(),
  designated: Type.Boolean(),
});
export type ComplaintSummary = Static<typeof ComplaintSummary>;

export const MyComplaint = Type.Object({
  ...common,
  content: Type.String(),
  caseId: Nullable(Uuid),
  replyKind: Nullable(Type.String()),
  replyText: Nullable(Type.String()),
  solved: Nullable(Type.Boolean()),
  reopenCount: Type.Integer(),
  mergedIntoNumber: Nullable(Type.String()),
  mayConfirm: Type.Boolean(),
  actions: Type.Array(ComplaintActionView),
});
export type MyComplaint = Static<typeof MyComplaint>;

export const ComplaintDetail = Type.Object({
  ...ComplaintSummary.properties,
  content: Type.String(),
  caseId: Nullable(Uuid),
  caseNumber: Nullable(Type.String()),
  implementationCode: Nullable(Type.String()),
  complainantType: Nullable(Type.String()),
  phoneUnmasked: Type.Boolean(),
  returnDue: Nullable(Time),
  signedAt: Nullable(Time),
  explainDue: Nullable(Day),
  replyKind: Nullable(Type.String()),
  replyText: Nullable(Type.String()),
  repliedOnTime: Nullable(Type.Boolean()),
  solved: Nullable(Type.Boolean()),
  reopenCount: Type.Integer(),
  mergedIntoNumber: Nullable(Type.String()),
  supervisions: Type.Integer(),
  supervisedAt: Nullable(Time),
  closedAt: Nullable(Time),
  allowedActions: Type.Array(ActionName),
  actions: Type.Array(ComplaintActionView),
});
export type ComplaintDetail = Static<typeof ComplaintDetail>;

export const FiledComplaint = Type.Object({
  id: Uuid,
  complaintNumber: Type.String(),
  status: Status,
  receivedAt: Time,
});
export type FiledComplaint = Static<typeof FiledComplaint>;

export const AdminListQuery = Type.Object({
  status: Type.Optional(Status),
  agencyId: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  channel: Type.Optional(Channel),
  overdue: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});
export type AdminListQuery = Static<typeof AdminListQuery>;

export const MetricsQuery = Type.Object({
  from: Type.Optional(Day),
  to: Type.Optional(Day),
});

const Rate = Nullable(Type.Number({ description: '0–1；分母为 0 时为 null · null when nothing to count' }));
export const ComplaintMetrics = Type.Object({
  from: Day,
  to: Day,
  received: Type.Integer(),
  dispatched: Type.Integer(),
  replied: Type.Integer(),
  closed: Type.Integer(),
  repliedOnTime: Type.Integer(),
  confirmed: Type.Integer(),
  solved: Type.Integer(),
  answeredRate: Rate,
  handledRate: Rate,
  onTimeRate: Rate,
  satisfiedRate: Rate,
  returnVisitRate: Rate,
  averageSignMinutes: Nullable(Type.Number()),
  byChannel: Type.Array(Type.Object({ channel: Channel, received: Type.Integer() })),
});
export type ComplaintMetrics = Static<typeof ComplaintMetrics>;
