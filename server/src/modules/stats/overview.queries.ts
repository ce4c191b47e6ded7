// The dashboard's overview: GROUP BY one dimension over stats_rollup only (never over the source
// tables), within the caller's scope, with labels from the master data and the code tables.
import { and, eq, gte, inArray, like, lte, or, sql, type SQL } from 'drizzle-orm';
import { scopesOf, type Principal } from '../../platform/access/principal.ts';
import type { AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { isWithinRegion } from '../../platform/identifiers/region-code.ts';
import { agency, region } from '../masterdata/schema.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import { COUNTERS, type Counter } from './contributions.ts';
import { channelLabel, itemLabels, monthLabel } from './labels.ts';
import { rowOf, type Sums } from './rates.ts';
import { statsRollup } from './schema.ts';
import type { StatsDimension, StatsQuery, StatsReport, StatsRow } from './stats.schemas.ts';

export interface StatsCtx {
  db: Db;
  principal: Principal;
  actor: AuditActor;
}

export const MAX_MONTHS = 36;

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/** from ≤ to and at most 36 months, else 400 STATS_RANGE_INVALID. */
export function checkRange(from: string, to: string): void {
  const span = monthIndex(to) - monthIndex(from) + 1;
  if (span < 1) throw new AppError('STATS_RANGE_INVALID', { detail: `from ${from} is after to ${to}` });
  if (span > MAX_MONTHS)
    throw new AppError('STATS_RANGE_INVALID', { detail: `${span} months; at most ${MAX_MONTHS}` });
}

const DIMENSION_COLUMN = {
  agency: statsRollup.agencyId,
  region: statsRollup.regionCode,
  item: statsRollup.itemCode,
  channel: statsRollup.channel,
  month: statsRollup.month,
} as const;

/** The rollup rows the caller's stats.read grants cover; undefined: the whole city. */
async function scopeWhere(ctx: StatsCtx): Promise<SQL | undefined> {
  const scopes = scopesOf(ctx.principal, 'stats.read');
  if (scopes.some((s) => s.agencyId === null && s.regionCode === null && s.venueId === null))
    return undefined;
  // A venue-only grant covers no rollup row: the rollup has no venue dimension.
  const parts = scopes.flatMap((s) => [
    ...(s.agencyId !== null ? [eq(statsRollup.agencyId, s.agencyId)] : []),
    ...(s.regionCode !== null ? [like(statsRollup.regionCode, `${subtreePrefix(s.regionCode)}%`)] : []),
  ]);
  return parts.length ? or(...parts) : sql`false`;
}

/**
 * An agency or region filter must name something that exists and overlaps the caller's scope;
 * otherwise 404 (the caller learns nothing about agencies it cannot see). Within an overlapping
 * filter the rows are still cut to the scope.
 */
async function checkFilters(ctx: StatsCtx, q: StatsQuery): Promise<void> {
  const scopes = scopesOf(ctx.principal, 'stats.read');
  const city = scopes.some((s) => s.agencyId === null && s.regionCode === null && s.venueId === null);
  if (q.agencyId !== undefined) {
    const [a] = await ctx.db.select().from(agency).where(eq(agency.id, q.agencyId));
    const seen =
      a &&
      (city ||
        scopes.some(
          (s) => s.agencyId === a.id || (s.regionCode !== null && isWithinRegion(a.regionCode, s.regionCode)),
        ));
    if (!seen) throw notFound(`agency ${q.agencyId}`);
  }
  if (q.regionCode !== undefined) {
    const code = q.regionCode;
    const [r] = await ctx.db.select().from(region).where(eq(region.code, code));
    if (!r) throw notFound(`region ${code}`);
    if (city) return;
    const agencyIds = scopes.flatMap((s) => (s.agencyId !== null ? [s.agencyId] : []));
    const agencyRegions = agencyIds.length
      ? (await ctx.db.select().from(agency).where(inArray(agency.id, agencyIds))).map((a) => a.regionCode)
      : [];
    const overlaps =
      scopes.some(
        (s) =>
          s.regionCode !== null && (isWithinRegion(code, s.regionCode) || isWithinRegion(s.regionCode, code)),
      ) || agencyRegions.some((rc) => isWithinRegion(rc, code));
    if (!overlaps) throw notFound(`region ${code}`);
  }
}

const sumsSelect = Object.fromEntries(
  COUNTERS.map((c) => [c, sql<number>`coalesce(sum(${statsRollup[c]}), 0)`.mapWith(Number)]),
) as Record<Counter, SQL.Aliased<number> | SQL<number>>;

/** The grouped sums (key → counters) of the rollup rows matching the query and scope. */
export async function groupedSums(
  ctx: StatsCtx,
  q: StatsQuery,
  by: StatsDimension,
): Promise<{ key: string; sums: Sums }[]> {
  checkRange(q.from, q.to);
  await checkFilters(ctx, q);
  const column = DIMENSION_COLUMN[by];
  const where = and(
    gte(statsRollup.month, q.from),
    lte(statsRollup.month, q.to),
    await scopeWhere(ctx),
    q.agencyId !== undefined ? eq(statsRollup.agencyId, q.agencyId) : undefined,
    q.regionCode !== undefined ? like(statsRollup.regionCode, `${subtreePrefix(q.regionCode)}%`) : undefined,
    q.itemCode !== undefined ? eq(statsRollup.itemCode, q.itemCode) : undefined,
    q.channel !== undefined ? eq(statsRollup.channel, q.channel) : undefined,
  );
  const rows = await ctx.db
    .select({ key: column, ...sumsSelect })
    .from(statsRollup)
    .where(where)
    .groupBy(column)
    .orderBy(column);
  return rows.map(({ key, ...sums }) => ({ key, sums: sums as unknown as Sums }));
}

export async function labelsFor(db: Db, by: StatsDimension, keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  switch (by) {
    case 'agency':
      return new Map(
        (await db.select({ k: agency.id, l: agency.name }).from(agency).where(inArray(agency.id, keys))).map(
          (r) => [r.k, r.l],
        ),
      );
    case 'region':
      return new Map(
        (
          await db.select({ k: region.code, l: region.name }).from(region).where(inArray(region.code, keys))
        ).map((r) => [r.k, r.l]),
      );
    case 'item':
      return itemLabels(db, keys);
    case 'channel':
      return new Map(keys.map((k) => [k, channelLabel(k)]));
    case 'month':
      return new Map(keys.map((k) => [k, monthLabel(k)]));
  }
}

export async function statsOverview(ctx: StatsCtx, q: StatsQuery): Promise<StatsReport> {
  const groups = await groupedSums(ctx, q, q.by);
  const labels = await labelsFor(
    ctx.db,
    q.by,
    groups.map((g) => g.key),
  );
  const rows: StatsRow[] = groups.map((g) => rowOf(g.key, labels.get(g.key) ?? g.key, g.sums));
  const total = Object.fromEntries(
    COUNTERS.map((c) => [c, groups.reduce((s, g) => s + g.sums[c], 0)]),
  ) as Sums;
  return {
    from: q.from,
    to: q.to,
    by: q.by,
    rows,
    total: rowOf('', '合计', total),
    generatedAt: new Date().toISOString(),
  };
}
