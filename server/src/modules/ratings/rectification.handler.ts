// Opening and escalating rectifications.
// - `rating.created` with a negative level opens the rectification (idempotent: rating_id is
//   unique, so a redelivered event opens nothing twice).
// - Every ten minutes (China time) the escalation sweep (督办) finds open rectifications whose
//   current step is past due (the partial index rectification_open_due) and not yet escalated,
//   logs a system 'escalate' action once per overdue step (a new step clears escalated_at), and
//   tells the agency's supervisors (case.supervise) and the service office (rating.supervise).
// Each rectification is escalated in a transaction of its own with its row locked SKIP LOCKED:
// a handler acting at that moment wins and the next tick looks again.
import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { SYSTEM_ACTOR } from '../../platform/audit/record.ts';
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import { personalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { Database, Db } from '../../platform/db/database.ts';
import type { JobDefinition } from '../../platform/jobs/scheduler.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { EventHandlers } from '../../platform/outbox/handlers.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { tellStaff } from './rectification-notify.ts';
import { OPEN_RECTIFICATION } from './rectification-workflow.ts';
import { openRectification, step } from './rectification.service.ts';
import { rectification } from './schema.ts';

export interface EscalationDeps {
  db: Db;
  cipher: FieldCipher;
  log?: Logger;
  /** The business date to judge by (tests move it; default today in China). */
  today?: string;
  batchSize?: number;
}

const candidates = and(
  inArray(rectification.status, [...OPEN_RECTIFICATION]),
  isNull(rectification.escalatedAt),
);

export async function sweepEscalations(
  deps: EscalationDeps,
): Promise<{ escalated: string[]; failed: number }> {
  const today = deps.today ?? businessDate();
  const size = deps.batchSize ?? 200;
  const escalated: string[] = [];
  let failed = 0;
  let after: { due: string; id: string } | null = null;
  for (;;) {
    const batch = await deps.db
      .select({ id: rectification.id, due: rectification.stepDue })
      .from(rectification)
      .where(
        and(
          candidates,
          lt(rectification.stepDue, today),
          after
            ? sql`(${rectification.stepDue}, ${rectification.id}) > (${after.due}, ${after.id})`
            : undefined,
        ),
      )
      .orderBy(asc(rectification.stepDue), asc(rectification.id))
      .limit(size);
    for (const { id } of batch) {
      try {
        const done = await deps.db.transaction(async (tx) => {
          const [row] = await tx
            .select()
            .from(rectification)
            .where(and(eq(rectification.id, id), candidates))
            .for('update', { skipLocked: true });
          if (!row || !(row.stepDue < today)) return false;
          const updated = await step(
            tx,
            deps.cipher,
            row,
            'escalate',
            { comment: `当前环节已于 ${row.stepDue} 到期` },
            { actor: SYSTEM_ACTOR, kind: 'system', id: null, name: '系统', may: (by) => by === 'system' },
            { today },
          );
          await tellStaff(
            tx,
            updated,
            {
              action: 'rectification.escalated.notify',
              purpose: 'supervise overdue rectifications (督办)',
              permissions: ['case.supervise', 'rating.supervise'],
            },
            deps.log,
          );
          return true;
        });
        if (done) escalated.push(id);
      } catch (err) {
        failed++;
        deps.log?.error({ err, meta: { rectificationId: id } }, 'rectification escalation failed');
      }
    }
    const last = batch.at(-1);
    if (!last || batch.length < size) break;
    after = last;
  }
  return { escalated, failed };
}

/** Per-row transactions: independent on PostgreSQL, savepoints of the delivery on PGlite. */
const handleFor = (database: Database, tx: Db): Db => (database.kind === 'postgres' ? database.db : tx);

export function rectificationHandlers(handlers: EventHandlers, ctx: ModuleContext): void {
  handlers.on('rating.created', 'ratings.open-rectification', async (event, tx) => {
    const ratingId = event.payload.ratingId;
    if (typeof ratingId !== 'string') return;
    await openRectification(tx, ratingId, { log: ctx.logger });
  });
}

export const rectificationJobs = (ctx: ModuleContext): JobDefinition[] => {
  const { cipher } = personalDataCrypto(ctx.config);
  return [
    {
      name: 'ratings.rectification-escalation',
      schedule: '7-59/10 * * * *',
      run: async (_event, tx) => {
        const r = await sweepEscalations({ db: handleFor(ctx.database, tx), cipher, log: ctx.logger });
        if (r.escalated.length || r.failed)
          ctx.logger.info(
            {
              meta: {
                job: 'ratings.rectification-escalation',
                escalated: r.escalated.length,
                failed: r.failed,
              },
            },
            'rectification escalation done',
          );
      },
    },
  ];
};
