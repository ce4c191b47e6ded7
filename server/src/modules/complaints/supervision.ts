// 督办 sweep: every minute (China time; signing deadlines are 15 and 30 minutes) find dispatched
// orders past sign_due (index complaint_sign_due) and signed ones past their explain or reply
// date (indexes complaint_reply_due / complaint_status), and record one system 'supervise' action
// per missed deadline (supervised_at remembers the last), telling the agency's handlers and leads.
// Each order acts in its own transaction, locked SKIP LOCKED and re-checked, so a handler signing
// at that moment wins cleanly.
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { SYSTEM_ACTOR } from '../../platform/audit/record.ts';
import type { Database, Db } from '../../platform/db/database.ts';
import type { JobDefinition } from '../../platform/jobs/scheduler.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { appendAction } from './complaint-log.ts';
import { missedDeadline } from './deadlines.ts';
import { complaint } from './schema.ts';
import { notifyAgency } from './supervision-notice.ts';

const BATCH = 500;

/** The date passed and no supervision since its end (Beijing midnight after it). */
const missedSince = (due: typeof complaint.replyDue, today: string) =>
  and(
    lt(due, today),
    or(
      isNull(complaint.supervisedAt),
      sql`${complaint.supervisedAt} < ((${due} + 1)::text || ' 00:00:00+08')::timestamptz`,
    ),
  );

async function candidates(db: Db, now: Date): Promise<string[]> {
  const today = businessDate(now);
  const late = await db
    .select({ id: complaint.id })
    .from(complaint)
    .where(
      and(
        eq(complaint.status, 'dispatched'),
        lt(complaint.signDue, now),
        or(isNull(complaint.supervisedAt), lt(complaint.supervisedAt, complaint.signDue)),
      ),
    )
    .limit(BATCH);
  const handling = await db
    .select({ id: complaint.id })
    .from(complaint)
    .where(
      and(
        eq(complaint.status, 'signed'),
        or(missedSince(complaint.explainDue, today), missedSince(complaint.replyDue, today)),
      ),
    )
    .limit(BATCH);
  return [...late, ...handling].map((r) => r.id);
}

export interface SupervisionResult {
  supervised: string[];
  failed: number;
}

/** One pass; `now` is a parameter so tests can move the clock. */
export async function superviseOverdue(
  db: Db,
  now: Date = new Date(),
  log?: Logger,
): Promise<SupervisionResult> {
  const result: SupervisionResult = { supervised: [], failed: 0 };
  for (const id of await candidates(db, now)) {
    try {
      const done = await db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(complaint)
          .where(eq(complaint.id, id))
          .for('update', { skipLocked: true });
        const missed = row && missedDeadline(row, now);
        if (!row || !missed) return false;
        const updated = await appendAction(
          tx,
          row,
          { kind: 'system', id: null, name: '系统督办', audit: SYSTEM_ACTOR },
          {
            action: 'supervise',
            to: row.status,
            comment: null,
            detail: { kind: missed.kind, due: missed.due.toISOString() },
            patch: { supervisedAt: now, supervisions: row.supervisions + 1 },
          },
          now,
        );
        await notifyAgency(tx, updated, missed.kind);
        return true;
      });
      if (done) result.supervised.push(id);
    } catch (err) {
      result.failed++;
      log?.error({ err, meta: { complaintId: id } }, 'complaint supervision failed for one order');
    }
  }
  return result;
}

/** Per-order transactions: independent on PostgreSQL, savepoints of the delivery on PGlite. */
const handleFor = (database: Database, tx: Db): Db => (database.kind === 'postgres' ? database.db : tx);

export const complaintJobs = (ctx: ModuleContext): JobDefinition[] => [
  {
    name: 'complaints.supervise',
    schedule: '30 * * * * *',
    run: async (_event, tx) => {
      const r = await superviseOverdue(handleFor(ctx.database, tx), new Date(), ctx.logger);
      if (r.supervised.length || r.failed)
        ctx.logger.info(
          { meta: { supervised: r.supervised.length, failed: r.failed } },
          'complaint supervision done',
        );
    },
  },
];
