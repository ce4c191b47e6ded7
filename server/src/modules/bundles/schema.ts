// Drizzle tables of life-event bundles (migration 0012_bundles.sql is the source of truth).
import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { VersionStatus } from '../catalog/schema.ts';
import type { ActorKind, Channel } from '../cases/codes.ts';
import type { BundleCaseStatus, BundleDelivery, BundleDeliveryMethod } from './codes.ts';
import type { BundleContent } from './content.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

export const bundle = pgTable('bundle', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  regionCode: text('region_code').notNull(),
  leadAgencyId: text('lead_agency_id').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});
export type BundleRow = typeof bundle.$inferSelect;

export const bundleVersion = pgTable('bundle_version', {
  id: uuid('id').primaryKey(),
  bundleId: uuid('bundle_id').notNull(),
  version: integer('version').notNull(),
  status: text('status').$type<VersionStatus>().notNull(),
  content: jsonb('content').$type<BundleContent>().notNull(),
  effectiveFrom: day('effective_from'),
  effectiveTo: day('effective_to'),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  publishedAt: at('published_at'),
});
export type BundleVersionRow = typeof bundleVersion.$inferSelect;

export const bundleVersionAction = pgTable('bundle_version_action', {
  id: uuid('id').primaryKey(),
  versionId: uuid('version_id').notNull(),
  action: text('action').notNull(),
  actorId: text('actor_id').notNull(),
  actorName: text('actor_name').notNull(),
  comment: text('comment'),
  detail: jsonb('detail'),
  at: at('at').notNull().defaultNow(),
});

/** A chosen material object for a merged material key (merge-materials.ts). */
export interface BundleMaterialChoice {
  materialKey: string;
  materialId: string;
}

export const bundleCase = pgTable('bundle_case', {
  id: uuid('id').primaryKey(),
  bundleNumber: text('bundle_number').notNull().unique(),
  bundleId: uuid('bundle_id').notNull(),
  bundleVersionId: uuid('bundle_version_id').notNull(),
  bundleCode: text('bundle_code').notNull(),
  bundleName: text('bundle_name').notNull(),
  regionCode: text('region_code').notNull(),
  leadAgencyId: text('lead_agency_id').notNull(),
  applicantType: text('applicant_type').$type<'person' | 'enterprise'>().notNull(),
  applicantId: uuid('applicant_id').notNull(),
  applicantName: text('applicant_name').notNull(),
  applicantIdType: text('applicant_id_type').notNull(),
  /** Encrypted with AAD `bundle_case:<id>:applicant_id` (as service_case). */
  applicantIdEnc: text('applicant_id_enc').notNull(),
  applicantIdHash: text('applicant_id_hash').notNull(),
  applicantIdMasked: text('applicant_id_masked').notNull(),
  agentPersonId: uuid('agent_person_id'),
  filedBy: uuid('filed_by').notNull(),
  channel: text('channel').$type<Channel>().notNull(),
  actorKind: text('actor_kind').$type<ActorKind>().notNull(),
  answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
  formData: jsonb('form_data').$type<Record<string, unknown>>().notNull().default({}),
  materials: jsonb('materials').$type<BundleMaterialChoice[]>().notNull().default([]),
  licenseConsent: boolean('license_consent').notNull().default(false),
  delivery: text('delivery').$type<BundleDelivery>().notNull(),
  deliveryMethod: text('delivery_method').$type<BundleDeliveryMethod>().notNull(),
  pickupVenueId: text('pickup_venue_id'),
  status: text('status').$type<BundleCaseStatus>().notNull(),
  submittedAt: at('submitted_at').notNull().defaultNow(),
  receivedOn: day('received_on').notNull(),
  promisedDue: day('promised_due'),
  concludedAt: at('concluded_at'),
  resultsReadyAt: at('results_ready_at'),
  savedFields: integer('saved_fields').notNull().default(0),
  savedMaterials: integer('saved_materials').notNull().default(0),
  savedVisits: integer('saved_visits').notNull().default(0),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type BundleCaseRow = typeof bundleCase.$inferSelect;

export type MemberState = 'waiting' | 'started' | 'blocked';

export const bundleMemberCase = pgTable('bundle_member_case', {
  bundleCaseId: uuid('bundle_case_id').notNull(),
  memberId: text('member_id').notNull(),
  position: integer('position').notNull(),
  implementationCode: text('implementation_code').notNull(),
  itemName: text('item_name').notNull(),
  agencyId: text('agency_id').notNull(),
  state: text('state').$type<MemberState>().notNull(),
  caseId: uuid('case_id'),
  startedAt: at('started_at'),
});
export type BundleMemberCaseRow = typeof bundleMemberCase.$inferSelect;
