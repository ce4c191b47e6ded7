// Drizzle tables of complaints (migration 0014_complaints.sql is the source of truth).
import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ComplaintChannel, ComplaintStatus, ComplaintUrgency } from './codes.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

export const complaint = pgTable('complaint', {
  id: uuid('id').primaryKey(),
  complaintNumber: text('complaint_number').notNull().unique(),
  channel: text('channel').$type<ComplaintChannel>().notNull(),
  category: text('category').notNull(),
  urgency: text('urgency').$type<ComplaintUrgency>().notNull(),
  complex: boolean('complex').notNull().default(false),
  title: text('title').notNull(),
  content: text('content').notNull(),
  anonymous: boolean('anonymous').notNull().default(false),
  complainantType: text('complainant_type').$type<'person' | 'enterprise'>(),
  complainantId: uuid('complainant_id'),
  contactName: text('contact_name'),
  /** Encrypted with AAD `complaint:<id>:contact_phone`. */
  contactPhoneEnc: text('contact_phone_enc'),
  contactPhoneMasked: text('contact_phone_masked'),
  regionCode: text('region_code').notNull(),
  caseId: uuid('case_id'),
  implementationCode: text('implementation_code'),
  agencyId: text('agency_id'),
  status: text('status').$type<ComplaintStatus>().notNull(),
  seq: integer('seq').notNull().default(0),
  returnCount: integer('return_count').notNull().default(0),
  designated: boolean('designated').notNull().default(false),
  mergedInto: uuid('merged_into'),
  reopenCount: integer('reopen_count').notNull().default(0),
  receivedAt: at('received_at').notNull(),
  receivedOn: day('received_on').notNull(),
  dispatchedAt: at('dispatched_at'),
  signDue: at('sign_due'),
  returnDue: at('return_due'),
  signedAt: at('signed_at'),
  explainDue: day('explain_due'),
  replyDue: day('reply_due'),
  repliedAt: at('replied_at'),
  replyKind: text('reply_kind').$type<'resolved' | 'explained'>(),
  replyText: text('reply_text'),
  repliedOnTime: boolean('replied_on_time'),
  solved: boolean('solved'),
  closedAt: at('closed_at'),
  supervisedAt: at('supervised_at'),
  supervisions: integer('supervisions').notNull().default(0),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type ComplaintRow = typeof complaint.$inferSelect;

export const complaintAction = pgTable('complaint_action', {
  id: uuid('id').primaryKey(),
  complaintId: uuid('complaint_id').notNull(),
  seq: integer('seq').notNull(),
  action: text('action').notNull(),
  fromStatus: text('from_status').$type<ComplaintStatus>(),
  toStatus: text('to_status').$type<ComplaintStatus>().notNull(),
  actorId: uuid('actor_id'),
  actorKind: text('actor_kind').$type<'staff' | 'complainant' | 'system'>().notNull(),
  actorName: text('actor_name').notNull(),
  agencyId: text('agency_id'),
  comment: text('comment'),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
  at: at('at').notNull().defaultNow(),
});
export type ComplaintActionRow = typeof complaintAction.$inferSelect;
