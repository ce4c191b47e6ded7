import { and, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { TongbanModule } from '../module.ts';
import { outboxEvent } from './schema.ts';

/** Delivered events are kept a week for tracing, then purged; dead letters stay until handled. */
export const OUTBOX_RETENTION_DAYS = 7;

export const outboxModule: TongbanModule = {
  name: 'outbox',
  jobs: (ctx) => [
    {
      name: 'outbox.purge',
      schedule: '17 3 * * *',
      run: async (_event, tx) => {
        await tx.delete(outboxEvent).where(
          and(
            eq(outboxEvent.status, 'done'),
            lt(outboxEvent.processedAt, sql`now() - make_interval(days => ${OUTBOX_RETENTION_DAYS})`),
            // With the NATS bridge on, an event NATS has not taken yet (an outage longer than the
            // retention) stays until relayed; without it bridged_at is always null.
            ctx.config.natsUrl ? isNotNull(outboxEvent.bridgedAt) : undefined,
          ),
        );
      },
    },
  ],
};
