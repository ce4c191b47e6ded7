// What the monthly bulletin (通报) says, independent of its format: the totals of the month in the
// caller's scope, the agencies ranked, the complaints per agency, and who has overdue
// rectifications or complaints now. The PDF and the workbook render the same data.
import { and, inArray, isNotNull, like, lt, notInArray, or, sql, count, eq, type SQL } from 'drizzle-orm';
import { scopesOf } from '../../platform/access/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { complaint } from '../complaints/schema.ts';
import { agency } from '../masterdata/schema.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import { rectification } from '../ratings/schema.ts';
import { COUNTERS } from './contributions.ts';
import { groupedSums, type StatsCtx } from './overview.queries.ts';
import { rowOf, type Sums } from './rates.ts';
import type { StatsRow } from './stats.schemas.ts';

export interface OverdueAgency {
  agencyId: string;
  name: string;
  rectifications: number;
  complaints: number;
}

export interface BulletinData {
  month: string;
  title: string;
  scope: string;
  total: StatsRow;
  /** Agencies with concluded cases or ratings, best on-time rate first, then satisfaction. */
  ranking: StatsRow[];
  /** Agencies (and 未分派) with complaints received in the month. */
  complaints: StatsRow[];
  overdue: OverdueAgency[];
  generatedAt: string;
}

export const bulletinTitle = (month: string) =>
  `天津市政务服务“好差评”与办件情况通报（${month.slice(0, 4)}年${Number(month.slice(5, 7))}月）`;

/** The scope as SQL over a table with agency_id and region_code columns; undefined: the city. */
function scopeOver(
  ctx: StatsCtx,
  agencyCol: SQL | typeof rectification.agencyId,
  regionCol: typeof rectification.regionCode | typeof complaint.regionCode,
): SQL | undefined {
  const scopes = scopesOf(ctx.principal, 'stats.read');
  if (scopes.some((s) => s.agencyId === null && s.regionCode === null && s.venueId === null))
    return undefined;
  const parts = scopes.flatMap((s) => [
    ...(s.agencyId !== null ? [sql`${agencyCol} = ${s.agencyId}`] : []),
    ...(s.regionCode !== null ? [like(regionCol, `${subtreePrefix(s.regionCode)}%`)] : []),
  ]);
  return parts.length ? or(...parts) : sql`false`;
}

async function scopeName(ctx: StatsCtx): Promise<string> {
  const scopes = scopesOf(ctx.principal, 'stats.read');
  if (scopes.some((s) => s.agencyId === null && s.regionCode === null && s.venueId === null)) return '全市';
  const ids = scopes.flatMap((s) => (s.agencyId ? [s.agencyId] : []));
  const names = ids.length
    ? (await ctx.db.select({ name: agency.name }).from(agency).where(inArray(agency.id, ids))).map(
        (a) => a.name,
      )
    : [];
  return (
    [...names, ...scopes.flatMap((s) => (s.regionCode ? [`区划 ${s.regionCode}`] : []))].join('、') || '无'
  );
}

/** Open rectifications past their final due date and complaints past their sign or reply due. */
async function overdueAgencies(ctx: StatsCtx, names: Map<string, string>): Promise<OverdueAgency[]> {
  const today = businessDate();
  const rect = await ctx.db
    .select({ agencyId: rectification.agencyId, n: count() })
    .from(rectification)
    .where(
      and(
        notInArray(rectification.status, ['closed', 'dismissed']),
        lt(rectification.finalDue, today),
        scopeOver(ctx, rectification.agencyId, rectification.regionCode),
      ),
    )
    .groupBy(rectification.agencyId);
  const cmp = await ctx.db
    .select({ agencyId: complaint.agencyId, n: count() })
    .from(complaint)
    .where(
      and(
        isNotNull(complaint.agencyId),
        or(
          and(eq(complaint.status, 'dispatched'), lt(complaint.signDue, new Date())),
          and(eq(complaint.status, 'signed'), lt(complaint.replyDue, today)),
        ),
        scopeOver(ctx, sql`${complaint.agencyId}`, complaint.regionCode),
      ),
    )
    .groupBy(complaint.agencyId);
  const by = new Map<string, OverdueAgency>();
  const entry = (id: string) => {
    const e = by.get(id) ?? { agencyId: id, name: names.get(id) ?? id, rectifications: 0, complaints: 0 };
    by.set(id, e);
    return e;
  };
  for (const r of rect) entry(r.agencyId).rectifications += r.n;
  for (const c of cmp) if (c.agencyId) entry(c.agencyId).complaints += c.n;
  return [...by.values()].sort((a, b) => b.rectifications + b.complaints - (a.rectifications + a.complaints));
}

const byRate = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);

export async function bulletinData(ctx: StatsCtx, month: string): Promise<BulletinData> {
  if (month > businessDate().slice(0, 7))
    throw new AppError('STATS_RANGE_INVALID', { detail: `${month} has not begun` });
  const groups = await groupedSums(ctx, { from: month, to: month, by: 'agency' }, 'agency');
  const allAgencies = await ctx.db.select({ id: agency.id, name: agency.name }).from(agency);
  const names = new Map(allAgencies.map((a) => [a.id, a.name]));
  names.set('', '未分派');
  const rows = groups.map((g) => rowOf(g.key, names.get(g.key) ?? g.key, g.sums));
  const total = Object.fromEntries(
    COUNTERS.map((c) => [c, groups.reduce((s, g) => s + g.sums[c], 0)]),
  ) as Sums;
  return {
    month,
    title: bulletinTitle(month),
    scope: await scopeName(ctx),
    total: rowOf('', '合计', total),
    ranking: rows
      .filter((r) => r.key !== '' && (r.concluded > 0 || r.ratings > 0))
      .sort(
        (a, b) =>
          byRate(a.onTimeRate, b.onTimeRate) ||
          byRate(a.satisfactionRate, b.satisfactionRate) ||
          b.concluded - a.concluded ||
          a.label.localeCompare(b.label, 'zh'),
      ),
    complaints: rows.filter((r) => r.complaints > 0).sort((a, b) => b.complaints - a.complaints),
    overdue: await overdueAgencies(ctx, names),
    generatedAt: new Date().toISOString(),
  };
}
