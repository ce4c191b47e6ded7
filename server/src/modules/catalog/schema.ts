// Drizzle tables of the catalog (migration 0009_catalog.sql is the source of truth).
import {
  boolean,
  customType,
  date,
  integer,
  jsonb,
  pgTable,
  smallint,
  bigint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { BasicItemContent, ImplementationContent, LegalBasis } from './content.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const at = (name: string) => timestamp(name, { withTimezone: true });

export interface EnumValue {
  value: string;
  labelZh: string;
  labelEn: string;
}

export const dataElement = pgTable('data_element', {
  key: text('key').primaryKey(),
  labelZh: text('label_zh').notNull(),
  labelEn: text('label_en').notNull(),
  type: text('type', { enum: ['string', 'integer', 'number', 'boolean', 'date', 'enum'] }).notNull(),
  format: text('format', { enum: ['citizen-id', 'uscc', 'phone', 'region-code', 'email', 'postal-code'] }),
  enumValues: jsonb('enum_values').$type<EnumValue[]>(),
  maxLength: integer('max_length'),
  sourceKind: text('source_kind', { enum: ['none', 'person-profile', 'enterprise-profile', 'e-license'] })
    .notNull()
    .default('none'),
  sourceField: text('source_field'),
  sourceLicenseType: text('source_license_type'),
  description: text('description').notNull().default(''),
  retired: boolean('retired').notNull().default(false),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type DataElementRow = typeof dataElement.$inferSelect;

export const catalogItem = pgTable('catalog_item', {
  id: uuid('id').primaryKey(),
  basicCode: text('basic_code').notNull().unique(),
  name: text('name').notNull(),
  itemType: text('item_type').notNull(),
  legalBasis: jsonb('legal_basis').$type<LegalBasis[]>().notNull(),
  exerciseLevel: text('exercise_level').notNull(),
  serviceTargets: text('service_targets').array().notNull(),
  themes: text('themes').array().notNull(),
  revision: integer('revision').notNull().default(1),
  retiredAt: at('retired_at'),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const catalogItemAdjustment = pgTable('catalog_item_adjustment', {
  id: uuid('id').primaryKey(),
  itemId: uuid('item_id'),
  kind: text('kind', { enum: ['create', 'change', 'retire'] }).notNull(),
  proposed: jsonb('proposed').$type<BasicItemContent>(),
  reason: text('reason').notNull(),
  status: text('status', { enum: ['submitted', 'approved', 'returned'] }).notNull(),
  requestedBy: text('requested_by').notNull(),
  requestedAgencyId: text('requested_agency_id'),
  requestedAt: at('requested_at').notNull().defaultNow(),
  decidedBy: text('decided_by'),
  decidedAt: at('decided_at'),
  decisionComment: text('decision_comment'),
});

export const implementation = pgTable('implementation', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  itemId: uuid('item_id').notNull(),
  agencyId: text('agency_id').notNull(),
  regionCode: text('region_code').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const VERSION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'published',
  'retired',
] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const implementationVersion = pgTable('implementation_version', {
  id: uuid('id').primaryKey(),
  implementationId: uuid('implementation_id').notNull(),
  version: integer('version').notNull(),
  status: text('status', { enum: VERSION_STATUSES }).notNull(),
  content: jsonb('content').$type<ImplementationContent>().notNull(),
  effectiveFrom: date('effective_from'),
  effectiveTo: date('effective_to'),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  publishedAt: at('published_at'),
});
export type ImplementationVersionRow = typeof implementationVersion.$inferSelect;

export const implementationVersionAction = pgTable('implementation_version_action', {
  id: uuid('id').primaryKey(),
  versionId: uuid('version_id').notNull(),
  action: text('action').notNull(),
  actorId: text('actor_id').notNull(),
  actorName: text('actor_name').notNull(),
  comment: text('comment'),
  detail: jsonb('detail'),
  at: at('at').notNull().defaultNow(),
});

export const catalogFile = pgTable('catalog_file', {
  fileId: uuid('file_id').primaryKey(),
  agencyId: text('agency_id'),
  uploadedBy: text('uploaded_by').notNull(),
  uploadedAt: at('uploaded_at').notNull().defaultNow(),
});

export const catalogSearchDoc = pgTable('catalog_search_doc', {
  versionId: uuid('version_id').primaryKey(),
  implementationId: uuid('implementation_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  agencyId: text('agency_id').notNull(),
  agencyName: text('agency_name').notNull(),
  regionCode: text('region_code').notNull(),
  itemType: text('item_type').notNull(),
  serviceTargets: text('service_targets').array().notNull(),
  themes: text('themes').array().notNull(),
  handlingModes: text('handling_modes').array().notNull(),
  cityWide: boolean('city_wide').notNull(),
  effectiveFrom: date('effective_from').notNull(),
  effectiveTo: date('effective_to'),
  tokens: tsvector('tokens').notNull(),
});

export const searchSynonym = pgTable('search_synonym', {
  term: text('term').primaryKey(),
  canonical: text('canonical').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const searchDictionaryState = pgTable('search_dictionary_state', {
  id: smallint('id').primaryKey(),
  revision: bigint('revision', { mode: 'number' }).notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
