// Drizzle tables of service ratings (migration 0013_ratings.sql is the source of truth).
import { boolean, date, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Channel } from '../cases/codes.ts';
import type { RatingChannel, RatingKind, RectificationStatus } from './codes.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

export const ratingInvitation = pgTable('rating_invitation', {
  id: uuid('id').primaryKey(),
  kind: text('kind').$type<RatingKind>().notNull(),
  caseId: uuid('case_id'),
  venueId: text('venue_id'),
  windowCode: text('window_code'),
  staffId: uuid('staff_id'),
  agencyId: text('agency_id').notNull(),
  regionCode: text('region_code').notNull(),
  implementationCode: text('implementation_code'),
  itemName: text('item_name'),
  raterType: text('rater_type').$type<'person' | 'enterprise'>(),
  raterId: uuid('rater_id'),
  channel: text('channel').$type<RatingChannel>().notNull(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
  remindedAt: at('reminded_at'),
  createdAt: at('created_at').notNull().defaultNow(),
});
export type RatingInvitationRow = typeof ratingInvitation.$inferSelect;

export const rating = pgTable('rating', {
  id: uuid('id').primaryKey(),
  kind: text('kind').$type<RatingKind>().notNull(),
  caseId: uuid('case_id'),
  caseNumber: text('case_number'),
  invitationId: uuid('invitation_id'),
  followUpOf: uuid('follow_up_of'),
  agencyId: text('agency_id').notNull(),
  regionCode: text('region_code').notNull(),
  implementationCode: text('implementation_code'),
  itemName: text('item_name'),
  venueId: text('venue_id'),
  windowCode: text('window_code'),
  staffId: uuid('staff_id'),
  caseChannel: text('case_channel').$type<Channel>(),
  channel: text('channel').$type<RatingChannel>().notNull(),
  raterType: text('rater_type').$type<'person' | 'enterprise'>(),
  raterId: uuid('rater_id'),
  level: smallint('level').notNull(),
  scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
  comment: text('comment'),
  ratedOn: day('rated_on').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});
export type RatingRow = typeof rating.$inferSelect;

export const rectification = pgTable('rectification', {
  id: uuid('id').primaryKey(),
  ratingId: uuid('rating_id').notNull().unique(),
  agencyId: text('agency_id').notNull(),
  regionCode: text('region_code').notNull(),
  status: text('status').$type<RectificationStatus>().notNull(),
  seq: integer('seq').notNull().default(0),
  openedOn: day('opened_on').notNull(),
  stepDue: day('step_due').notNull(),
  finalDue: day('final_due').notNull(),
  escalatedAt: at('escalated_at'),
  escalations: integer('escalations').notNull().default(0),
  measures: text('measures'),
  feedback: text('feedback'),
  revisitSatisfied: boolean('revisit_satisfied'),
  closedAt: at('closed_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type RectificationRow = typeof rectification.$inferSelect;

export const rectificationAction = pgTable('rectification_action', {
  id: uuid('id').primaryKey(),
  rectificationId: uuid('rectification_id').notNull(),
  seq: integer('seq').notNull(),
  action: text('action').notNull(),
  fromStatus: text('from_status').$type<RectificationStatus>(),
  toStatus: text('to_status').$type<RectificationStatus>().notNull(),
  actorId: uuid('actor_id'),
  actorKind: text('actor_kind').$type<'staff' | 'rater' | 'system'>().notNull(),
  actorName: text('actor_name').notNull(),
  comment: text('comment'),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
  at: at('at').notNull().defaultNow(),
});
export type RectificationActionRow = typeof rectificationAction.$inferSelect;
