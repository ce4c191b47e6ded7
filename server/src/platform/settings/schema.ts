import { date, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

export const setting = pgTable(
  'setting',
  {
    id: uuid('id').primaryKey(),
    key: text('key').notNull(),
    scopeType: text('scope_type', { enum: ['platform', 'region', 'agency'] }).notNull(),
    scopeId: text('scope_id').notNull().default(''),
    value: jsonb('value').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [unique().on(t.key, t.scopeType, t.scopeId, t.effectiveFrom)],
);
