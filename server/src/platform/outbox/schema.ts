import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const outboxEvent = pgTable('outbox_event', {
  id: uuid('id').primaryKey(),
  type: text('type').notNull(),
  payload: jsonb('payload').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
  attempts: integer('attempts').notNull().default(0),
  status: text('status', { enum: ['pending', 'done', 'dead'] })
    .notNull()
    .default('pending'),
  lastError: text('last_error'),
  processedAt: timestamp('processed_at', { withTimezone: true }),
  /** Set by the NATS bridge once it relayed the event (or skipped an internal type); null without it. */
  bridgedAt: timestamp('bridged_at', { withTimezone: true }),
});
