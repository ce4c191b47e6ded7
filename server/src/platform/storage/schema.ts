import { bigint, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const storedFile = pgTable('stored_file', {
  id: uuid('id').primaryKey(),
  storageKey: text('storage_key').notNull().unique(),
  contentType: text('content_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sm3: text('sm3').notNull(),
  originalName: text('original_name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
