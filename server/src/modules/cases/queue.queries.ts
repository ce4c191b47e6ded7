// The staff queue: the cases of the caller's venue (accepted or handed out there) or of the
// caller's agency (the chief representative's agency-wide view), most urgent first — promised due
// date ascending, cases without one (not yet accepted) last, then id.
//
// Built for millions of cases: the page is a UNION ALL of one small ordered branch per place
// column × status × (dated | undated), each an index range scan on service_case_agency_queue
// (agency_id, status, promised_due, id) or service_case_venue_queue (accepting_venue_id, …) that
// stops after limit + 1 rows, with the keyset cursor (promised_due, id) as a row comparison. The
// branches' few rows are merged, then fetched by id. The urgency colour needs the agency's
// warning setting: resolved once per agency on the page, not per row.
import { inArray, sql, type SQL } from 'drizzle-orm';
import { hasPermission } from '../../platform/access/principal.ts';
import { recordAudit } from '../../platform/audit/record.ts';

import { queryRows } from '../../platform/db/query.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';

import { isBusinessDate } from '../../platform/time/business-date.ts';
import { findStaffPlace } from '../identity/staff-place.ts';

import { CASE_PERMISSIONS, staffCaseWhere, type CaseCtx } from './case-access.ts';
import { summarize } from './case-read.ts';
import type { CaseSummary } from './cases.schemas.ts';
import { CASE_STATUSES, OPEN_STATUSES, type CaseStatus } from './codes.ts';

import { serviceCase } from './schema.ts';

export type QueueView = 'venue' | 'agency';

export const DEFAULT_QUEUE_STATUSES: readonly CaseStatus[] = [
  'submitted',
  'correction-requested',
  ...OPEN_STATUSES,
];

export interface QueueInput {
  view: QueueView;
  /** Comma-separated statuses; default: awaiting acceptance, awaiting correction and open. */
  status?: string;
  cursor?: string;
  limit: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const badQuery = (field: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path: `/query/${field}`, message, messageZh }] });

function statusesOf(status: string | undefined): CaseStatus[] {
  if (status === undefined || status.trim() === '') return [...DEFAULT_QUEUE_STATUSES];
  const known = new Set<string>(CASE_STATUSES.map((s) => s.code));
  const asked = [...new Set(status.split(',').map((s) => s.trim()))];
  const unknown = asked.filter((s) => !known.has(s));
  if (unknown.length) throw badQuery('status', `unknown status ${unknown.join(', ')}`, '办件状态无效');
  return asked as CaseStatus[];
}

/** The cursor: the last row's promised due date ('' when it had none) and id. */
function cursorOf(cursor: string | undefined): { due: string | null; id: string } | undefined {
  const key = decodeCursor(cursor, 2);
  if (!key) return undefined;
  const [due, id] = key as [string, string];
  if (!UUID.test(id) || (due !== '' && !isBusinessDate(due)))
    throw badQuery('cursor', 'not a cursor from this list', '游标无效');
  return { due: due === '' ? null : due, id };
}

/** The ids of one page (limit + 1), in queue order. */
async function pageIds(
  ctx: CaseCtx,
  places: SQL[],
  statuses: readonly CaseStatus[],
  after: { due: string | null; id: string } | undefined,
  limit: number,
  scope: SQL | undefined,
): Promise<string[]> {
  const n = limit + 1;
  const dated =
    after === undefined
      ? sql`promised_due is not null`
      : after.due !== null
        ? sql`(promised_due, id) > (${after.due}::date, ${after.id}::uuid)`
        : null; // the cursor is already among the undated rows
  const undated =
    after === undefined || after.due !== null
      ? sql`promised_due is null`
      : sql`promised_due is null and id > ${after.id}::uuid`;
  const branches: SQL[] = [];
  for (const place of places)
    for (const status of statuses)
      for (const part of [dated, undated]) {
        if (!part) continue;
        branches.push(
          sql`(select id, promised_due from service_case where ${place} and status = ${status} and ${part}${scope ? sql` and (${scope})` : sql``} order by promised_due asc nulls last, id asc limit ${n})`,
        );
      }
  const rows = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from (${sql.join(branches, sql` union all `)}) q order by promised_due asc nulls last, id asc limit ${n}`,
  );
  return rows.map((r) => r.id);
}

export async function caseQueue(
  ctx: CaseCtx,
  input: QueueInput,
): Promise<{ items: CaseSummary[]; nextCursor: string | null }> {
  const p = ctx.principal;
  if (!CASE_PERMISSIONS.some((perm) => hasPermission(p, perm)))
    throw new AppError('FORBIDDEN', { detail: 'the queue is for staff with a case permission' });
  const place = p.kind === 'staff' ? await findStaffPlace(ctx.db, p.accountId) : undefined;
  let places: SQL[];
  if (input.view === 'venue') {
    const venueId = place?.venueId;
    if (!venueId)
      throw badQuery('view', 'you work at no venue; use view=agency', '您未配置所在场所，请使用部门视图');
    places = [
      sql`accepting_venue_id = ${venueId}`,
      sql`pickup_venue_id = ${venueId} and accepting_venue_id is distinct from ${venueId}`,
    ];
  } else {
    if (!place) throw badQuery('view', 'you belong to no agency', '您未配置所属部门');
    places = [sql`agency_id = ${place.agencyId}`];
  }
  const statuses = statusesOf(input.status);
  // When a grant covers the whole place asked for, the scope filter is implied; leaving it out
  // keeps each branch a plain ordered index range (an OR across columns would turn it into a
  // bitmap scan and a sort). Otherwise the rows are limited to what the caller's grants cover.
  const covered = p.grants.some(
    (g) =>
      CASE_PERMISSIONS.includes(g.permission) &&
      ((g.scope.agencyId === null && g.scope.regionCode === null && g.scope.venueId === null) ||
        (input.view === 'venue' ? g.scope.venueId === place?.venueId : g.scope.agencyId === place?.agencyId)),
  );
  const ids = await pageIds(
    ctx,
    places,
    statuses,
    cursorOf(input.cursor),
    input.limit,
    covered ? undefined : staffCaseWhere(p, CASE_PERMISSIONS),
  );
  const rows = ids.length ? await ctx.db.select().from(serviceCase).where(inArray(serviceCase.id, ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);
  const pageRows = ordered.slice(0, input.limit);

  const items = await summarize(ctx.db, pageRows);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'case.queue.read',
    purpose: 'handle cases',
    detail: { view: input.view, statuses, count: items.length },
  });
  const last = pageRows.at(-1);
  return {
    items,
    nextCursor: ordered.length > input.limit && last ? encodeCursor([last.promisedDue ?? '', last.id]) : null,
  };
}
