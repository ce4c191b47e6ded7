// The legal clock's scheduled work and the calendar's consequences:
// - deemed acceptance (行政许可法 §32), 容缺 expiry and overdue marking run as jobs every ten
//   minutes (China time). The scheduler publishes each tick once however many replicas run.
// - `calendar.changed` re-derives the due dates of the open cases the changed dates can touch.
// - `case.overdue` tells the agency's supervisors (督办).
//
// Each sweep finds its candidates with one indexed query per batch (keyset, no OFFSET), then acts
// on each case in a transaction of its own through actAsSystem: one bad case is logged and the
// rest go on. Inside, the case row is locked FOR UPDATE SKIP LOCKED and the rule checked again —
// a clerk acting on the case at that moment wins cleanly, and the next tick looks again.
//
// On PostgreSQL the per-case transactions are independent of the transaction that delivers the
// job event (short locks). PGlite is one connection, so there they are savepoints of it.
import { join } from 'node:path';
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Logger } from 'pino';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/record.ts';
import { CALENDAR_CHANGED } from '../../platform/calendar/service.ts';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import type { WorkingCalendar } from '../../platform/calendar/working-days.ts';
import type { Database, Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { JobDefinition } from '../../platform/jobs/scheduler.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { EventHandlers } from '../../platform/outbox/handlers.ts';
import { findSettingDefinition } from '../../platform/settings/definitions.ts';
import { setting } from '../../platform/settings/schema.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { localFileStorage } from '../../platform/storage/local-file-storage.ts';
import { addCalendarDays, businessDate } from '../../platform/time/business-date.ts';
import { staffHolding } from '../identity/staff-holding.ts';
import { correctionNoticeDays, dueDatesMoved } from './actions/system.ts';
import { actAsSystem, loadLog } from './actions.service.ts';
import { deriveState } from './case-state.ts';
import type { CaseAction } from './case-workflow.ts';
import { getPinnedVersion } from './pinned-version.ts';
import { serviceCase, type ServiceCaseRow } from './schema.ts';

export interface SweepDeps {
  /** Where each case's transaction is opened (a database, or a transaction for savepoints). */
  db: Db;
  storage: FileStorage;
  log?: Logger;
  /** Cases per candidate query. */
  batchSize?: number;
}

export interface SweepResult {
  acted: string[];
  /** Locked by someone else, or the rule no longer held on the locked row. */
  skipped: number;
  failed: number;
}

const OPEN: ServiceCaseRow['status'][] = ['accepted', 'reviewed', 'suspended'];

/** Cases [acted on in their own transactions]; `work` returns false to skip. */
async function eachCase(
  deps: SweepDeps,
  sweep: string,
  ids: readonly string[],
  result: SweepResult,
  work: (tx: Db, id: string) => Promise<CaseAction | null>,
): Promise<void> {
  for (const id of ids) {
    try {
      const acted = await deps.db.transaction((tx) => work(tx, id));
      if (acted) result.acted.push(id);
      else result.skipped++;
    } catch (err) {
      // The handler's own re-check refused (the case moved on): not a failure.
      if (
        err instanceof AppError &&
        (err.code === 'CASE_ACTION_NOT_ALLOWED' || err.code === 'CASE_CHANGED')
      ) {
        result.skipped++;
        continue;
      }
      result.failed++;
      deps.log?.error({ err, meta: { sweep, caseId: id } }, 'case sweep failed for one case');
    }
  }
}

/** Locks the case if nobody else holds it; undefined when locked elsewhere or gone. */
async function lockIfFree(tx: Db, id: string, where?: SQL): Promise<ServiceCaseRow | undefined> {
  const [row] = await tx
    .select()
    .from(serviceCase)
    .where(where ? and(eq(serviceCase.id, id), where) : eq(serviceCase.id, id))
    .for('update', { skipLocked: true });
  return row;
}

/** The smallest §32 period any agency or region has set (the platform default included). */
async function shortestCorrectionPeriod(db: Db): Promise<number> {
  const key = 'case.correction-notice-working-days';
  const rows = await db.select({ value: setting.value }).from(setting).where(eq(setting.key, key));
  return Math.min(Number(findSettingDefinition(key)!.default), ...rows.map((r) => Number(r.value)));
}

/**
 * The last day of receipt whose §32 period of `n` working days has ended before `today`: cases
 * received on or before it are candidates. Computed once per sweep from the calendar.
 */
export function lastReceiptPastPeriod(cal: WorkingCalendar, today: string, n: number): string {
  let d = addCalendarDays(today, -1);
  for (let i = 0; i < 400 && !(cal.addWorkingDays(d, n).due < today); i++) d = addCalendarDays(d, -1);
  return d;
}

/** 行政许可法 §32: submitted cases nobody answered in time are accepted as of receipt. */
export async function sweepDeemedAcceptance(deps: SweepDeps): Promise<SweepResult> {
  const result: SweepResult = { acted: [], skipped: 0, failed: 0 };
  const today = businessDate();
  const cal = await loadWorkingCalendar(deps.db);
  const cutoff = lastReceiptPastPeriod(cal, today, await shortestCorrectionPeriod(deps.db));
  let after: { on: string; id: string } | null = null;
  for (;;) {
    const batch: { id: string; receivedOn: string | null }[] = await deps.db
      .select({ id: serviceCase.id, receivedOn: serviceCase.receivedOn })
      .from(serviceCase)
      .where(
        and(
          eq(serviceCase.status, 'submitted'),
          lte(serviceCase.receivedOn, cutoff),
          after
            ? sql`(${serviceCase.receivedOn}, ${serviceCase.id}) > (${after.on}, ${after.id})`
            : undefined,
        ),
      )
      .orderBy(asc(serviceCase.receivedOn), asc(serviceCase.id))
      .limit(deps.batchSize ?? 200);
    await eachCase(
      deps,
      'deemed-acceptance',
      batch.map((b) => b.id),
      result,
      async (tx, id) => {
        const row = await lockIfFree(tx, id, eq(serviceCase.status, 'submitted'));
        if (!row?.receivedOn) return null;
        const n = await correctionNoticeDays({ tx }, row, row.receivedOn);
        if (!(cal.addWorkingDays(row.receivedOn, n).due < today)) return null;
        await actAsSystem(tx, deps.storage, id, { action: 'deem-accept' });
        return 'deem-accept';
      },
    );
    const last = batch.at(-1);
    if (!last || batch.length < (deps.batchSize ?? 200)) break;
    after = { on: last.receivedOn!, id: last.id };
  }
  return result;
}

/** 容缺: the deadline to supply passed with materials still outstanding → terminated. */
export async function sweepDeficiencyExpiry(deps: SweepDeps): Promise<SweepResult> {
  const result: SweepResult = { acted: [], skipped: 0, failed: 0 };
  const today = businessDate();
  let after: { on: string; id: string } | null = null;
  for (;;) {
    const batch = await deps.db
      .select({ id: serviceCase.id, due: serviceCase.deficiencyDue })
      .from(serviceCase)
      .where(
        and(
          isNotNull(serviceCase.deficiencyDue),
          lt(serviceCase.deficiencyDue, today),
          inArray(serviceCase.status, OPEN),
          after
            ? sql`(${serviceCase.deficiencyDue}, ${serviceCase.id}) > (${after.on}, ${after.id})`
            : undefined,
        ),
      )
      .orderBy(asc(serviceCase.deficiencyDue), asc(serviceCase.id))
      .limit(deps.batchSize ?? 200);
    await eachCase(
      deps,
      'deficiency-expiry',
      batch.map((b) => b.id),
      result,
      async (tx, id) => {
        const row = await lockIfFree(tx, id, inArray(serviceCase.status, OPEN));
        if (!row?.deficiencyDue || !(row.deficiencyDue < today)) return null;
        if (!deriveState(await loadLog(tx, id)).outstandingMaterials.length) return null;
        await actAsSystem(tx, deps.storage, id, { action: 'terminate' });
        return 'terminate';
      },
    );
    const last = batch.at(-1);
    if (!last || batch.length < (deps.batchSize ?? 200)) break;
    after = { on: last.due!, id: last.id };
  }
  return result;
}

/** Open cases past their promised due date, not yet marked → overdue, the agency's lead told. */
export async function sweepOverdue(deps: SweepDeps): Promise<SweepResult> {
  const result: SweepResult = { acted: [], skipped: 0, failed: 0 };
  const today = businessDate();
  // A running special procedure moves the due date every day: such a case cannot fall overdue
  // while it runs, so only accepted and reviewed cases are candidates.
  const candidates = and(
    isNull(serviceCase.overdueSince),
    inArray(serviceCase.status, ['accepted', 'reviewed']),
  );
  let after: { on: string; id: string } | null = null;
  for (;;) {
    const batch = await deps.db
      .select({ id: serviceCase.id, due: serviceCase.promisedDue })
      .from(serviceCase)
      .where(
        and(
          candidates,
          lt(serviceCase.promisedDue, today),
          after
            ? sql`(${serviceCase.promisedDue}, ${serviceCase.id}) > (${after.on}, ${after.id})`
            : undefined,
        ),
      )
      .orderBy(asc(serviceCase.promisedDue), asc(serviceCase.id))
      .limit(deps.batchSize ?? 200);
    await eachCase(
      deps,
      'overdue',
      batch.map((b) => b.id),
      result,
      async (tx, id) => {
        const row = await lockIfFree(tx, id, candidates);
        if (!row?.promisedDue || !(row.promisedDue < today)) return null;
        await actAsSystem(tx, deps.storage, id, { action: 'mark-overdue' });
        return 'mark-overdue';
      },
    );
    const last = batch.at(-1);
    if (!last || batch.length < (deps.batchSize ?? 200)) break;
    after = { on: last.due!, id: last.id };
  }
  return result;
}

/**
 * After a calendar change: the open cases whose span from acceptance to their later due date
 * holds a changed date (or whose clock is paused, so the span is still open) get their due
 * dates re-derived — logged as `recompute-deadline` only when a date actually moved. Calendar
 * changes are rare administrative acts; no index of migration 0010 serves this predicate, so
 * it is one sequential scan per change (a partial index over the open cases would serve it).
 */
export async function rederiveDueDates(deps: SweepDeps, dates: readonly string[]): Promise<SweepResult> {
  const result: SweepResult = { acted: [], skipped: 0, failed: 0 };
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return result;
  const reason = `工作日历调整（${sorted.length > 6 ? `${first} 至 ${last} 共 ${sorted.length} 天` : sorted.join('、')}）`;
  const touched = and(
    inArray(serviceCase.status, OPEN),
    isNotNull(serviceCase.acceptedOn),
    lt(serviceCase.acceptedOn, last),
    or(
      isNotNull(serviceCase.pausedSince),
      sql`greatest(${serviceCase.statutoryDue}, ${serviceCase.promisedDue}) >= ${first}`,
    ),
  );
  // One pass over the table (no ORDER BY: a sequential scan, not a walk of the primary key);
  // the ids of open cases are few enough to hold.
  const ids = (await deps.db.select({ id: serviceCase.id }).from(serviceCase).where(touched)).map(
    (r) => r.id,
  );
  await eachCase(deps, 'calendar-changed', ids, result, async (tx, id) => {
    // Waits for a clerk acting now: the change must be logged on the case, not skipped.
    const [row] = await tx
      .select()
      .from(serviceCase)
      .where(and(eq(serviceCase.id, id), inArray(serviceCase.status, OPEN)))
      .for('update');
    if (!row) return null;
    if (!(await dueDatesMoved(tx, row, await getPinnedVersion(tx, row.versionId)))) return null;
    await actAsSystem(tx, deps.storage, id, { action: 'recompute-deadline', reason });
    return 'recompute-deadline';
  });
  return result;
}

/**
 * 督办: an overdue case is brought to the staff holding case.supervise over its agency. Staff
 * have no inbox or phone number in the platform yet, so the notification is an audit entry
 * naming the recipients (what the supervision view and statistics read) and a log line; the
 * queue shows the case red. The audit entry is written in the delivering transaction, so a
 * redelivered event never leaves two.
 */
export async function notifySupervisors(tx: Db, payload: Record<string, unknown>, log?: Logger) {
  const caseId = String(payload.caseId);
  const agencyId = String(payload.agencyId);
  const leads = await staffHolding(tx, 'case.supervise', {
    agencyId,
    regionCode: String(payload.regionCode),
  });
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'case.overdue.notify',
    purpose: 'supervise overdue cases (督办)',
    resource: { type: 'case', id: caseId },
    detail: {
      caseNumber: payload.caseNumber ?? null,
      agencyId,
      promisedDue: payload.promisedDue ?? null,
      recipients: leads.map((l) => ({ staffId: l.staffId, username: l.username })),
    },
  });
  log?.warn(
    {
      meta: {
        caseId,
        caseNumber: payload.caseNumber,
        agencyId,
        promisedDue: payload.promisedDue,
        recipients: leads.map((l) => l.username),
      },
    },
    leads.length ? 'overdue case: agency supervisors notified' : 'overdue case: the agency has no supervisor',
  );
}

/** Per-case transactions: independent on PostgreSQL, savepoints of the delivery on PGlite. */
const handleFor = (database: Database, tx: Db): Db => (database.kind === 'postgres' ? database.db : tx);

const storageOf = (ctx: ModuleContext) => localFileStorage(join(ctx.config.dataDir, 'files'));

function sweepJob(
  ctx: ModuleContext,
  name: string,
  schedule: string,
  sweep: (deps: SweepDeps) => Promise<SweepResult>,
): JobDefinition {
  const storage = storageOf(ctx);
  return {
    name,
    schedule,
    run: async (_event, tx) => {
      const r = await sweep({ db: handleFor(ctx.database, tx), storage, log: ctx.logger });
      if (r.acted.length || r.failed)
        ctx.logger.info(
          { meta: { job: name, acted: r.acted.length, skipped: r.skipped, failed: r.failed } },
          'case sweep done',
        );
    },
  };
}

/** Every ten minutes (China time), staggered so the three do not start together. */
export const caseJobs = (ctx: ModuleContext): JobDefinition[] => [
  sweepJob(ctx, 'cases.deemed-acceptance', '1-59/10 * * * *', sweepDeemedAcceptance),
  sweepJob(ctx, 'cases.deficiency-expiry', '3-59/10 * * * *', sweepDeficiencyExpiry),
  sweepJob(ctx, 'cases.overdue', '5-59/10 * * * *', sweepOverdue),
];

export function caseHandlers(handlers: EventHandlers, ctx: ModuleContext): void {
  const storage = storageOf(ctx);
  handlers.on(CALENDAR_CHANGED, 'cases.rederive-due-dates', async (event, tx) => {
    const dates = (event.payload.dates as unknown[] | undefined)?.filter(
      (d): d is string => typeof d === 'string',
    );
    const r = await rederiveDueDates(
      { db: handleFor(ctx.database, tx), storage, log: ctx.logger },
      dates ?? [],
    );
    if (r.acted.length || r.failed)
      ctx.logger.info(
        { meta: { event: event.id, rederived: r.acted.length, failed: r.failed } },
        'due dates re-derived after a calendar change',
      );
  });
  handlers.on('case.overdue', 'cases.notify-supervisors', (event, tx) =>
    notifySupervisors(tx, event.payload, ctx.logger),
  );
}
