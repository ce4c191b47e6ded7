// Claims due events with FOR UPDATE SKIP LOCKED — so concurrent workers (threads or replicas)
// never take the same event — and runs their handlers, each event in a savepoint of its own.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import { retryDelayMs } from './backoff.ts';
import type { EventHandlers } from './handlers.ts';
import type { OutboxEvent } from './publish.ts';
import { outboxEvent } from './schema.ts';

export interface DeliveryOptions {
  batchSize: number;
  maxAttempts: number;
  log?: Logger;
  onOutcome?: (type: string, outcome: 'done' | 'retry' | 'dead') => void;
}

/** Delivers one batch of due events; returns how many were claimed. */
export async function deliverDueEvents(
  db: Db,
  handlers: EventHandlers,
  opts: DeliveryOptions,
): Promise<number> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .select()
      .from(outboxEvent)
      .where(and(eq(outboxEvent.status, 'pending'), lte(outboxEvent.availableAt, sql`now()`)))
      .orderBy(asc(outboxEvent.availableAt), asc(outboxEvent.id))
      .limit(opts.batchSize)
      .for('update', { skipLocked: true });

    for (const row of claimed) {
      const event: OutboxEvent = {
        id: row.id,
        type: row.type,
        payload: row.payload as Record<string, unknown>,
        attempts: row.attempts + 1,
        createdAt: row.createdAt,
      };
      // A flag, not `error === undefined`: a handler may reject with undefined, still a failure.
      let failed = false;
      let error: unknown;
      try {
        await tx.transaction(async (sp) => {
          for (const h of handlers.for(event.type)) await h.handle(event, sp);
        });
      } catch (e) {
        failed = true;
        error = e;
      }
      const outcome = !failed ? 'done' : event.attempts >= opts.maxAttempts ? 'dead' : 'retry';
      await tx
        .update(outboxEvent)
        .set({
          attempts: event.attempts,
          status: outcome === 'retry' ? 'pending' : outcome,
          lastError: !failed ? null : String((error as Error)?.message ?? error).slice(0, 2000),
          processedAt: outcome === 'retry' ? null : sql`now()`,
          availableAt:
            outcome === 'retry' ? new Date(Date.now() + retryDelayMs(event.attempts)) : row.availableAt,
        })
        .where(eq(outboxEvent.id, row.id));
      opts.onOutcome?.(event.type, outcome);
      if (failed) {
        opts.log?.warn(
          { meta: { eventId: event.id, type: event.type, attempts: event.attempts, outcome }, err: error },
          'event handler failed',
        );
      }
    }
    return claimed.length;
  });
}
