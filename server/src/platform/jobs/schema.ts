import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const scheduledJob = pgTable('scheduled_job', {
  name: text('name').primaryKey(),
  schedule: text('schedule').notNull(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  enabled: boolean('enabled').notNull().default(true),
});
