// The shapes of the statistics API (TypeBox: one name for the schema and its type). The dashboard
// in the web app is generated from these.
import { Type, type Static } from 'typebox';

export const tags = ['stats'];
export const security = [{ bearer: [] }];

export const Month = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
  description: 'YYYY-MM（北京时间）· China time',
});
export const STATS_DIMENSIONS = ['agency', 'region', 'item', 'channel', 'month'] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

export const StatsQuery = Type.Object({
  from: Month,
  to: Month,
  // Literals spelled out: a mapped array would type `by` as never.
  by: Type.Union(
    [
      Type.Literal('agency'),
      Type.Literal('region'),
      Type.Literal('item'),
      Type.Literal('channel'),
      Type.Literal('month'),
    ],
    {
      description: '分组维度：部门、区域、事项、渠道、月份 · Group by agency, region, item, channel or month',
    },
  ),
  agencyId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  itemCode: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  channel: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
});
export type StatsQuery = Static<typeof StatsQuery>;

const Rate = Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
  description: '比率 0–1；分母为 0 时为 null · A ratio 0–1; null when nothing to divide by',
});
const Avg = Type.Union([Type.Number({ minimum: 0 }), Type.Null()]);

export const StatsRow = Type.Object({
  key: Type.String({ description: '分组键（部门编码、区划代码、实施编码、渠道代码或月份）· The group key' }),
  label: Type.String({ description: '分组名称 · The group’s name' }),
  received: Type.Integer({ description: '收件数 · Cases received' }),
  accepted: Type.Integer({ description: '受理数 · Cases accepted' }),
  concluded: Type.Integer({ description: '办结数 · Cases concluded' }),
  onTimeRate: Rate,
  avgWorkingDays: Avg,
  instantShare: Rate,
  fullyOnlineShare: Rate,
  zeroVisitShare: Rate,
  atMostOneVisitShare: Rate,
  exemptMaterials: Type.Integer({ description: '免提交材料数（免证办）· Materials exempted' }),
  ratings: Type.Integer({ description: '评价数 · Ratings' }),
  satisfactionRate: Rate,
  ratingsNegative: Type.Integer({ description: '差评数 · Negative ratings' }),
  rectificationRate: Rate,
  revisitRate: Rate,
  revisitSatisfiedRate: Rate,
  complaints: Type.Integer({ description: '诉求数 · Complaints' }),
  complaintAnsweredRate: Rate,
  complaintOnTimeRate: Rate,
  complaintSolvedRate: Rate,
  complaintReturnVisitRate: Rate,
  avgSignMinutes: Avg,
  avgReplyHours: Avg,
});
export type StatsRow = Static<typeof StatsRow>;

export const StatsReport = Type.Object({
  from: Month,
  to: Month,
  by: Type.String(),
  rows: Type.Array(StatsRow),
  total: StatsRow,
  generatedAt: Type.String({ format: 'date-time' }),
});
export type StatsReport = Static<typeof StatsReport>;

export const BulletinParams = Type.Object({ month: Month }, { additionalProperties: false });
export type BulletinParams = Static<typeof BulletinParams>;

export const BulletinQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Union([Type.Literal('pdf'), Type.Literal('xlsx')], {
        description: '文件格式（默认 pdf）· File format (default pdf)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type BulletinQuery = Static<typeof BulletinQuery>;
