import { boolean, doublePrecision, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const region = pgTable('region', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  level: text('level', { enum: ['province', 'city', 'county', 'township', 'village'] }).notNull(),
  parentCode: text('parent_code'),
  retired: boolean('retired').notNull().default(false),
  successorCode: text('successor_code'),
  sample: boolean('sample').notNull().default(false),
});

export const agency = pgTable('agency', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  nameEn: text('name_en').notNull(),
  uscc: text('uscc').notNull().unique(),
  regionCode: text('region_code').notNull(),
  parentId: text('parent_id'),
  kind: text('kind').notNull(),
});

export const venue = pgTable('venue', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind', { enum: ['service-centre', 'convenience-centre', 'convenience-station'] }).notNull(),
  regionCode: text('region_code').notNull(),
  managingAgencyId: text('managing_agency_id').notNull(),
  address: text('address').notNull(),
  phone: text('phone').notNull(),
  hours: text('hours').notNull(),
  lat: doublePrecision('lat'),
  lng: doublePrecision('lng'),
});

export const serviceWindow = pgTable(
  'service_window',
  {
    venueId: text('venue_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    type: text('type', {
      enum: ['consultation', 'comprehensive', 'assisted', 'cross-region', 'complaint', 'professional'],
    }).notNull(),
    agencyId: text('agency_id'),
  },
  (t) => [primaryKey({ columns: [t.venueId, t.code] })],
);
