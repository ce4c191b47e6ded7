import { date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const calendarDay = pgTable('calendar_day', {
  date: date('date', { mode: 'string' }).primaryKey(),
  kind: text('kind', { enum: ['rest', 'work'] }).notNull(),
  name: text('name').notNull(),
  source: text('source').notNull(),
  noticeYear: integer('notice_year').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by').notNull(),
});

export const calendarYear = pgTable('calendar_year', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
  loadedBy: text('loaded_by').notNull(),
});
