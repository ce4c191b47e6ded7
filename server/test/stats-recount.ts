// The brute-force recount of the rollup, straight from the source tables in one SQL GROUP BY —
// written from the counting rules in docs/decisions/0010, independently of contributions.ts, so
// that comparing it with the event-maintained rollup is an honest test.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/platform/db/database.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { COUNTERS } from '../src/modules/stats/contributions.ts';

const COLUMNS = [
  'received',
  'accepted',
  'concluded',
  'concluded_on_time',
  'conclude_working_days',
  'instant',
  'fully_online',
  'zero_visit',
  'at_most_one_visit',
  'exempt_materials',
  'ratings',
  'ratings_positive',
  'ratings_negative',
  'rectified',
  'revisited',
  'revisit_satisfied',
  'complaints',
  'complaints_signed',
  'complaint_sign_minutes',
  'complaints_replied',
  'complaints_replied_on_time',
  'complaint_reply_hours',
  'complaints_confirmed',
  'complaints_solved',
] as const;

/** One rollup row as text: key and the non-zero counters, comparable with toEqual. */
export type RollupLine = string;

const line = (r: Record<string, unknown>): RollupLine =>
  [r.month, r.agency_id, r.region_code, r.item_code, r.channel]
    .concat(COLUMNS.map((c, i) => (Number(r[c]) ? `${COUNTERS[i]}=${Number(r[c])}` : '')).filter(Boolean))
    .join('|');

const lines = (rows: Record<string, unknown>[]) =>
  rows
    .filter((r) => COLUMNS.some((c) => Number(r[c]) !== 0))
    .map(line)
    .sort();

const zeros = (except: Record<string, string>) =>
  COLUMNS.map((c) => `${except[c] ?? '0'} as ${c}`).join(', ');

// Working days d with from < d ≤ to = n(to) − n(from), where n(day) counts the working days up to
// that day: the calendar's exceptional days decide, else Monday–Friday.
const WORKING_DAY_INDEX = `working_day_index as (
    select g::date as day,
      sum(case when coalesce(cd.kind = 'work', extract(isodow from g) < 6) then 1 else 0 end)
        over (order by g) as n
    from generate_series(date '2015-01-01', date '2035-12-31', interval '1 day') g
    left join calendar_day cd on cd.date = g::date)`;
const WORKING_DAYS = `((select n from working_day_index w where w.day = c.cdate)
  - (select n from working_day_index w where w.day = c.accepted_on))`;

const CASES = `
  with ${WORKING_DAY_INDEX}, c as (
    select *, (concluded_at at time zone 'Asia/Shanghai')::date as cdate,
      (case when channel in ('window', 'assisted', 'kiosk') then 1 else 0 end)
      + (case when delivery is not null then (case when delivery->>'method' = 'window' then 1 else 0 end)
              when pickup_venue_id is not null then 1 else 0 end) as visits
    from service_case where status <> 'draft')
  select to_char(received_on, 'YYYY-MM') as month, agency_id, region_code, implementation_code as item_code, channel,
    ${zeros({ received: 'count(*)' })}
  from c where received_on is not null group by 1, 2, 3, 4, 5
  union all
  select to_char(accepted_on, 'YYYY-MM'), agency_id, region_code, implementation_code, channel,
    ${zeros({ accepted: 'count(*)', exempt_materials: 'sum(exempt_material_count)' })}
  from c where accepted_on is not null group by 1, 2, 3, 4, 5
  union all
  select to_char(cdate, 'YYYY-MM'), agency_id, region_code, implementation_code, channel,
    ${zeros({
      concluded: 'count(*)',
      concluded_on_time: 'count(*) filter (where on_time)',
      conclude_working_days: `sum(case when accepted_on is null then 0 else ${WORKING_DAYS} end)`,
      instant: 'count(*) filter (where accepted_on = cdate)',
      fully_online: `count(*) filter (where channel in ('pc', 'mobile', 'third-party-app') and visits = 0)`,
      zero_visit: 'count(*) filter (where visits = 0)',
      at_most_one_visit: 'count(*) filter (where visits <= 1)',
    })}
  from c where concluded_at is not null group by 1, 2, 3, 4, 5`;

const RATINGS = `
  select to_char(r.rated_on, 'YYYY-MM'), r.agency_id, r.region_code, coalesce(r.implementation_code, ''),
    case when r.kind = 'case' then coalesce(r.case_channel, r.channel) else r.channel end,
    ${zeros({
      ratings: 'count(*)',
      ratings_positive: 'count(*) filter (where r.level <= 3)',
      ratings_negative: `count(*) filter (where r.level >= 4 and x.status is distinct from 'dismissed')`,
      rectified: `count(*) filter (where r.level >= 4 and x.status = 'closed')`,
      revisited: `count(*) filter (where r.level >= 4 and x.status = 'closed' and x.revisit_satisfied is not null)`,
      revisit_satisfied: `count(*) filter (where r.level >= 4 and x.status = 'closed' and x.revisit_satisfied)`,
    })}
  from rating r left join rectification x on x.rating_id = r.id
  where r.follow_up_of is null group by 1, 2, 3, 4, 5`;

const COMPLAINTS = `
  select to_char(received_on, 'YYYY-MM'), coalesce(agency_id, ''), region_code, coalesce(implementation_code, ''), channel,
    ${zeros({
      complaints: 'count(*)',
      complaints_signed: 'count(signed_at)',
      complaint_sign_minutes: `coalesce(sum(greatest(0, floor(extract(epoch from signed_at - dispatched_at) / 60))), 0)`,
      complaints_replied: 'count(replied_at)',
      complaints_replied_on_time: 'count(*) filter (where replied_at is not null and replied_on_time)',
      complaint_reply_hours: `coalesce(sum(greatest(0, floor(extract(epoch from replied_at - received_at) / 3600))), 0)`,
      complaints_confirmed: 'count(solved)',
      complaints_solved: 'count(*) filter (where solved)',
    })}
  from complaint where status <> 'merged' group by 1, 2, 3, 4, 5`;

export async function bruteForceRollup(db: Db): Promise<RollupLine[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql.raw(`select month, agency_id, region_code, item_code, channel,
      ${COLUMNS.map((c) => `sum(${c}) as ${c}`).join(', ')}
      from (${CASES} union all ${RATINGS} union all ${COMPLAINTS}) s
      group by 1, 2, 3, 4, 5`),
  );
  return lines(rows);
}

export async function storedRollup(db: Db): Promise<RollupLine[]> {
  return lines(await queryRows<Record<string, unknown>>(db, sql`select * from stats_rollup`));
}
