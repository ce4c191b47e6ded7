// Drizzle tables of case handling (migration 0010_cases.sql is the source of truth).
import { boolean, date, integer, jsonb, pgTable, bigint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActorKind, CaseStatus, Channel, DocumentKind } from './codes.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

export type SubjectType = 'person' | 'enterprise';

export const material = pgTable('material', {
  id: uuid('id').primaryKey(),
  subjectType: text('subject_type').$type<SubjectType>().notNull(),
  subjectId: uuid('subject_id').notNull(),
  name: text('name').notNull(),
  provenance: text('provenance').$type<'upload' | 'e-license' | 'shared-data'>().notNull(),
  provenanceRef: text('provenance_ref'),
  fileId: uuid('file_id'),
  sm3: text('sm3').notNull(),
  contentType: text('content_type'),
  sizeBytes: bigint('size_bytes', { mode: 'number' }),
  uploadedBy: uuid('uploaded_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** 帮办代办: the person's consent to staff acting for them. */
export interface AssistedConsent {
  reason: 'elderly' | 'disabled' | 'other';
  method: 'signature' | 'fingerprint' | 'verbal-recorded';
  note?: string;
  recordedBy: string;
  recordedAt: string;
}

/** 告知承诺: what the applicant signed instead of proving. */
export interface CaseCommitment {
  text: string;
  conditionIds: string[];
  signedAt: string;
}

export interface CaseDelivery {
  method: 'window' | 'courier' | 'electronic';
  venueId?: string;
  courier?: string;
  trackingNumber?: string;
  receivedBy?: string;
  deliveredAt: string;
}

export const serviceCase = pgTable('service_case', {
  id: uuid('id').primaryKey(),
  caseNumber: text('case_number').unique(),
  implementationId: uuid('implementation_id').notNull(),
  implementationCode: text('implementation_code').notNull(),
  versionId: uuid('version_id').notNull(),
  itemName: text('item_name').notNull(),
  agencyId: text('agency_id').notNull(),
  regionCode: text('region_code').notNull(),
  applicantType: text('applicant_type').$type<SubjectType>().notNull(),
  applicantId: uuid('applicant_id').notNull(),
  applicantName: text('applicant_name').notNull(),
  applicantIdType: text('applicant_id_type').notNull(),
  applicantIdEnc: text('applicant_id_enc').notNull(),
  applicantIdHash: text('applicant_id_hash').notNull(),
  applicantIdMasked: text('applicant_id_masked').notNull(),
  agentPersonId: uuid('agent_person_id'),
  filedBy: uuid('filed_by').notNull(),
  channel: text('channel').$type<Channel>().notNull(),
  actorKind: text('actor_kind').$type<ActorKind>().notNull(),
  assistedConsent: jsonb('assisted_consent').$type<AssistedConsent>(),
  acceptingVenueId: text('accepting_venue_id'),
  acceptingWindowCode: text('accepting_window_code'),
  acceptanceMode: text('acceptance_mode'),
  pickupVenueId: text('pickup_venue_id'),
  answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
  formData: jsonb('form_data').$type<Record<string, unknown>>().notNull().default({}),
  status: text('status').$type<CaseStatus>().notNull(),
  seq: integer('seq').notNull().default(0),
  submittedAt: at('submitted_at'),
  receivedOn: day('received_on'),
  acceptedOn: day('accepted_on'),
  deemedAccepted: boolean('deemed_accepted').notNull().default(false),
  statutoryDue: day('statutory_due'),
  promisedDue: day('promised_due'),
  pausedSince: day('paused_since'),
  extensionDays: integer('extension_days').notNull().default(0),
  deficiencyDue: day('deficiency_due'),
  commitment: jsonb('commitment').$type<CaseCommitment>(),
  assigneeId: uuid('assignee_id'),
  decision: text('decision').$type<'approved' | 'denied'>(),
  concludedAt: at('concluded_at'),
  onTime: boolean('on_time'),
  overdueSince: day('overdue_since'),
  delivery: jsonb('delivery').$type<CaseDelivery>(),
  bundleCaseId: uuid('bundle_case_id'),
  /** Materials the applicant did not have to submit (e-license or shared data), for statistics. */
  exemptMaterialCount: integer('exempt_material_count').notNull().default(0),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type ServiceCaseRow = typeof serviceCase.$inferSelect;

export const caseAction = pgTable('case_action', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  seq: integer('seq').notNull(),
  action: text('action').notNull(),
  fromStatus: text('from_status').$type<CaseStatus>(),
  toStatus: text('to_status').$type<CaseStatus>().notNull(),
  actorId: uuid('actor_id'),
  actorKind: text('actor_kind').$type<ActorKind>().notNull(),
  actorName: text('actor_name').notNull(),
  channel: text('channel').$type<Channel>(),
  venueId: text('venue_id'),
  opinion: text('opinion'),
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  at: at('at').notNull().defaultNow(),
});
export type CaseActionRow = typeof caseAction.$inferSelect;

export const caseMaterial = pgTable('case_material', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  materialKey: text('material_key').notNull(),
  name: text('name').notNull(),
  requirement: text('requirement').notNull(),
  status: text('status').$type<'provided' | 'missing' | 'exempt' | 'supplied'>().notNull(),
  materialId: uuid('material_id'),
  sm3: text('sm3'),
  provenance: text('provenance'),
  /** 免证办: the e-license that stands in for this material (status exempt, provenance e-license). */
  licenseId: uuid('license_id'),
  round: integer('round').notNull().default(1),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const caseDocument = pgTable('case_document', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').$type<DocumentKind>().notNull(),
  number: text('number').notNull().unique(),
  fileId: uuid('file_id').notNull(),
  sm3: text('sm3').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const caseSpecialProcedure = pgTable('case_special_procedure', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').notNull(),
  reason: text('reason').notNull(),
  maxWorkingDays: integer('max_working_days').notNull(),
  startedOn: day('started_on').notNull(),
  endedOn: day('ended_on'),
  result: text('result'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const commitmentVerification = pgTable('commitment_verification', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull().unique(),
  dueOn: day('due_on').notNull(),
  plan: text('plan').notNull(),
  status: text('status').$type<'pending' | 'passed' | 'failed'>().notNull().default('pending'),
  note: text('note'),
  decidedBy: uuid('decided_by'),
  decidedAt: at('decided_at'),
});

export const creditRecord = pgTable('credit_record', {
  id: uuid('id').primaryKey(),
  subjectType: text('subject_type').$type<SubjectType>().notNull(),
  subjectId: uuid('subject_id').notNull(),
  caseId: uuid('case_id').notNull(),
  reason: text('reason').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const caseForwarding = pgTable('case_forwarding', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull().unique(),
  fromVenueId: text('from_venue_id').notNull(),
  toAgencyId: text('to_agency_id').notNull(),
  courier: text('courier'),
  trackingNumber: text('tracking_number'),
  sentAt: at('sent_at'),
  receivedAt: at('received_at'),
  receivedBy: uuid('received_by'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const siteMessage = pgTable('site_message', {
  id: uuid('id').primaryKey(),
  recipientType: text('recipient_type').$type<SubjectType>().notNull(),
  recipientId: uuid('recipient_id').notNull(),
  caseId: uuid('case_id'),
  title: text('title').notNull(),
  body: text('body').notNull(),
  readAt: at('read_at'),
  createdAt: at('created_at').notNull().defaultNow(),
});
