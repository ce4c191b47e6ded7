// API shapes of the rectification ledger (差评整改台账) and its actions.
import { Type, type Static } from 'typebox';
import { BusinessDate, StrictObject } from '../../platform/http/schemas.ts';
import { Code } from '../catalog/content.ts';
import { RECTIFICATION_STATUSES } from './codes.ts';
import { RECTIFICATION_ACTIONS, type RectificationAction } from './rectification-workflow.ts';

export const tags = ['rectifications'];
export const security = [{ bearer: [] }];

const Status = Code(RECTIFICATION_STATUSES, '整改状态 · Rectification status');
const Uuid = Type.String({ format: 'uuid' });

export const IdParams = Type.Object({ id: Uuid });

export const LedgerQuery = Type.Object({
  status: Type.Optional(Status),
  agencyId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9-]+$' })),
  overdue: Type.Optional(
    Type.Boolean({ description: 'true：只列当前环节已超期的 · only those whose current step is overdue' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});
export type LedgerQuery = Static<typeof LedgerQuery>;

export const ExportQuery = Type.Omit(LedgerQuery, ['limit', 'cursor']);
export type ExportQuery = Static<typeof ExportQuery>;

const Rater = Type.Object({
  type: Type.Union([Type.Literal('person'), Type.Literal('enterprise'), Type.Null()]),
  /** Masked for persons (张*); null when anonymous. */
  name: Type.Union([Type.String(), Type.Null()]),
  anonymous: Type.Boolean(),
});

export const LedgerRow = Type.Object({
  id: Uuid,
  ratingId: Uuid,
  status: Status,
  seq: Type.Integer(),
  level: Type.Integer({ minimum: 1, maximum: 5 }),
  kind: Type.String(),
  channel: Type.String(),
  itemName: Type.Union([Type.String(), Type.Null()]),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  agencyId: Type.String(),
  agencyName: Type.String(),
  rater: Rater,
  openedOn: BusinessDate,
  stepDue: BusinessDate,
  finalDue: BusinessDate,
  overdue: Type.Boolean(),
  escalations: Type.Integer(),
  closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});
export type LedgerRow = Static<typeof LedgerRow>;

export const Ledger = Type.Object({
  items: Type.Array(LedgerRow),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type Ledger = Static<typeof Ledger>;

export const ActionEntry = Type.Object({
  seq: Type.Integer(),
  action: Type.String(),
  fromStatus: Type.Union([Status, Type.Null()]),
  toStatus: Status,
  actorKind: Type.String(),
  actorName: Type.String(),
  comment: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  at: Type.String({ format: 'date-time' }),
});

export const RectificationDetail = Type.Object({
  ...LedgerRow.properties,
  rating: Type.Object({
    caseId: Type.Union([Uuid, Type.Null()]),
    venueId: Type.Union([Type.String(), Type.Null()]),
    windowCode: Type.Union([Type.String(), Type.Null()]),
    scores: Type.Record(Type.String(), Type.Number()),
    comment: Type.Union([Type.String(), Type.Null()]),
    ratedOn: BusinessDate,
  }),
  measures: Type.Union([Type.String(), Type.Null()]),
  feedback: Type.Union([Type.String(), Type.Null()]),
  revisitSatisfied: Type.Union([Type.Boolean(), Type.Null()]),
  escalatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  actions: Type.Array(ActionEntry),
  allowedActions: Type.Array(Type.String(), {
    description: '调用者现在可执行的操作 · What the caller may do now',
  }),
});
export type RectificationDetail = Static<typeof RectificationDetail>;

const Text = (max: number, description: string) => Type.String({ minLength: 1, maxLength: max, description });

export const RectificationActionBody = StrictObject({
  action: Type.Unsafe<Exclude<RectificationAction, 'open' | 'escalate'>>({
    type: 'string',
    enum: RECTIFICATION_ACTIONS.filter((a) => a !== 'open' && a !== 'escalate'),
    description: '操作 · Action',
  }),
  seq: Type.Optional(
    Type.Integer({ minimum: 0, description: '调用者看到的步骤号；不符时 409 · The step the caller saw' }),
  ),
  comment: Type.Optional(Type.String({ maxLength: 2000 })),
  reason: Type.Optional(
    Type.Union([Type.Literal('mistaken'), Type.Literal('malicious')], {
      description: 'appeal：误评或恶意差评 · mistaken or malicious',
    }),
  ),
  explanation: Type.Optional(Text(2000, 'appeal：申诉理由 · why')),
  outcome: Type.Optional(
    Type.Union([Type.Literal('upheld'), Type.Literal('rejected')], {
      description: 'decide-appeal：申诉成立或不成立 · upheld or rejected',
    }),
  ),
  measures: Type.Optional(Text(4000, 'rectify：整改措施或无法整改的依据 · the measures, or why not')),
  kind: Type.Optional(
    Type.Union([Type.Literal('fixed'), Type.Literal('explained')], {
      description: 'rectify：已整改，或无法律依据整改而作解释 · fixed, or explained (no legal basis)',
    }),
  ),
  message: Type.Optional(Text(2000, 'feedback：给评价人的反馈 · the message to the rater')),
  satisfied: Type.Optional(Type.Boolean({ description: 'revisit：评价人对整改是否满意 · satisfied?' })),
});
export type RectificationActionBody = Static<typeof RectificationActionBody>;

export const RaterRevisitBody = StrictObject({
  satisfied: Type.Boolean(),
  comment: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type RaterRevisitBody = Static<typeof RaterRevisitBody>;

export const RaterView = Type.Object({
  id: Uuid,
  status: Status,
  itemName: Type.Union([Type.String(), Type.Null()]),
  measures: Type.Union([Type.String(), Type.Null()]),
  feedback: Type.Union([Type.String(), Type.Null()]),
  revisitSatisfied: Type.Union([Type.Boolean(), Type.Null()]),
  canRevisit: Type.Boolean(),
});
export type RaterView = Static<typeof RaterView>;
