// The module's own metrics over orders received in a period (merged duplicates left out):
// answered = replied / dispatched, handled = closed / received, on time = replied on time /
// replied, satisfied = solved / confirmed, return visit = confirmed / replied, and the average
// minutes from dispatch to signature. One GROUP BY (channel, status) query over the range of
// received_at; the per-channel rows are summed here.
import { sql } from 'drizzle-orm';
import { scopesOf, type Principal } from '../../platform/access/principal.ts';
import { queryRows } from '../../platform/db/query.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import {
  addCalendarDays,
  businessDate,
  isBusinessDate,
  toDayNumber,
} from '../../platform/time/business-date.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import type { ComplaintChannel } from './codes.ts';
import type { ComplaintCtx } from './complaint-log.ts';
import type { ComplaintMetrics } from './complaints.schemas.ts';

const MAX_DAYS = 366;

const bad = (message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path: '/query/from', message, messageZh }] });

/** The rows the caller's stats.read or complaint.dispatch grants cover; null: everything. */
function scopeSql(p: Principal | null) {
  const scopes = [...scopesOf(p, 'stats.read'), ...scopesOf(p, 'complaint.dispatch')];
  if (scopes.some((s) => s.agencyId === null && s.regionCode === null && s.venueId === null))
    return sql`true`;
  const parts = scopes.flatMap((s) => [
    ...(s.agencyId !== null ? [sql`agency_id = ${s.agencyId}`] : []),
    ...(s.regionCode !== null ? [sql`region_code like ${`${subtreePrefix(s.regionCode)}%`}`] : []),
  ]);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

interface GroupRow {
  channel: ComplaintChannel;
  received: number;
  dispatched: number;
  replied: number;
  closed: number;
  on_time: number;
  confirmed: number;
  solved: number;
  sign_minutes: number | null;
  signed: number;
}

const rate = (n: number, d: number) => (d ? Math.round((n / d) * 10000) / 10000 : null);

export async function complaintMetrics(
  ctx: ComplaintCtx,
  q: { from?: string; to?: string },
): Promise<ComplaintMetrics> {
  const to = q.to ?? businessDate();
  const from = q.from ?? addCalendarDays(to, -29);
  if (!isBusinessDate(from) || !isBusinessDate(to)) throw bad('not a calendar date', '日期无效');
  const days = toDayNumber(to) - toDayNumber(from);
  if (days < 0 || days >= MAX_DAYS)
    throw bad('from must precede to, at most 366 days', '起止日期无效（不超过 366 天）');
  const start = `${from}T00:00:00+08:00`;
  const end = `${addCalendarDays(to, 1)}T00:00:00+08:00`;
  const rows = await queryRows<GroupRow>(
    ctx.db,
    sql`select channel,
      sum(n)::int as received, sum(dispatched)::int as dispatched, sum(replied)::int as replied,
      sum(closed)::int as closed, sum(on_time)::int as on_time, sum(confirmed)::int as confirmed,
      sum(solved)::int as solved, sum(sign_minutes)::float8 as sign_minutes, sum(signed)::int as signed
    from (
      select channel, status, count(*) as n,
        count(dispatched_at) as dispatched,
        count(replied_at) as replied,
        count(*) filter (where status = 'closed') as closed,
        count(*) filter (where replied_on_time) as on_time,
        count(solved) as confirmed,
        count(*) filter (where solved) as solved,
        sum(extract(epoch from signed_at - dispatched_at) / 60) filter (where signed_at >= dispatched_at) as sign_minutes,
        count(*) filter (where signed_at >= dispatched_at) as signed
      from complaint
      where received_at >= ${start}::timestamptz and received_at < ${end}::timestamptz
        and status <> 'merged' and ${scopeSql(ctx.principal)}
      group by channel, status
    ) g
    group by channel
    order by channel`,
  );
  const sum = (k: keyof Omit<GroupRow, 'channel'>) => rows.reduce((s, r) => s + Number(r[k] ?? 0), 0);
  const t = {
    received: sum('received'),
    dispatched: sum('dispatched'),
    replied: sum('replied'),
    closed: sum('closed'),
    repliedOnTime: sum('on_time'),
    confirmed: sum('confirmed'),
    solved: sum('solved'),
  };
  const signed = sum('signed');
  return {
    from,
    to,
    ...t,
    answeredRate: rate(t.replied, t.dispatched),
    handledRate: rate(t.closed, t.received),
    onTimeRate: rate(t.repliedOnTime, t.replied),
    satisfiedRate: rate(t.solved, t.confirmed),
    returnVisitRate: rate(t.confirmed, t.replied),
    averageSignMinutes: signed ? Math.round((sum('sign_minutes') / signed) * 10) / 10 : null,
    byChannel: rows.map((r) => ({ channel: r.channel, received: Number(r.received) })),
  };
}
