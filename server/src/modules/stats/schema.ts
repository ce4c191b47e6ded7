// Drizzle tables of the statistics rollups (migration 0015_stats.sql is the source of truth).
import { bigint, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Contribution } from './contributions.ts';

export const statsFact = pgTable(
  'stats_fact',
  {
    sourceType: text('source_type').$type<'case' | 'rating' | 'complaint'>().notNull(),
    sourceId: uuid('source_id').notNull(),
    contributions: jsonb('contributions').$type<Contribution[]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sourceType, t.sourceId] })],
);

const n = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

export const statsRollup = pgTable(
  'stats_rollup',
  {
    month: text('month').notNull(),
    agencyId: text('agency_id').notNull(),
    regionCode: text('region_code').notNull(),
    itemCode: text('item_code').notNull(),
    channel: text('channel').notNull(),
    received: n('received'),
    accepted: n('accepted'),
    concluded: n('concluded'),
    concludedOnTime: n('concluded_on_time'),
    concludeWorkingDays: n('conclude_working_days'),
    instant: n('instant'),
    fullyOnline: n('fully_online'),
    zeroVisit: n('zero_visit'),
    atMostOneVisit: n('at_most_one_visit'),
    exemptMaterials: n('exempt_materials'),
    ratings: n('ratings'),
    ratingsPositive: n('ratings_positive'),
    ratingsNegative: n('ratings_negative'),
    rectified: n('rectified'),
    revisited: n('revisited'),
    revisitSatisfied: n('revisit_satisfied'),
    complaints: n('complaints'),
    complaintsSigned: n('complaints_signed'),
    complaintSignMinutes: n('complaint_sign_minutes'),
    complaintsReplied: n('complaints_replied'),
    complaintsRepliedOnTime: n('complaints_replied_on_time'),
    complaintReplyHours: n('complaint_reply_hours'),
    complaintsConfirmed: n('complaints_confirmed'),
    complaintsSolved: n('complaints_solved'),
  },
  (t) => [primaryKey({ columns: [t.month, t.agencyId, t.regionCode, t.itemCode, t.channel] })],
);
export type StatsRollupRow = typeof statsRollup.$inferSelect;
