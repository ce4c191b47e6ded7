import { bigint, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable('audit_log', {
  id: uuid('id').primaryKey(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  actorType: text('actor_type').notNull(),
  actorId: text('actor_id'),
  onBehalfOfType: text('on_behalf_of_type'),
  onBehalfOfId: text('on_behalf_of_id'),
  dataSubjectType: text('data_subject_type'),
  dataSubjectId: text('data_subject_id'),
  action: text('action').notNull(),
  resourceType: text('resource_type'),
  resourceId: text('resource_id'),
  purpose: text('purpose').notNull(),
  origin: text('origin'),
  requestId: text('request_id'),
  detail: jsonb('detail'),
  seq: bigint('seq', { mode: 'number' }).unique(),
  prevHash: text('prev_hash'),
  hash: text('hash'),
  sealedAt: timestamp('sealed_at', { withTimezone: true }),
});

export const auditAnchor = pgTable('audit_anchor', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  hash: text('hash').notNull(),
  signature: text('signature').notNull(),
  publicKey: text('public_key').notNull(),
  signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
});
