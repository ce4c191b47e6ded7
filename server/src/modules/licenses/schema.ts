// Drizzle tables of e-licenses and e-seals (migration 0011_licenses.sql is the source of truth).
import {
  boolean,
  customType,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  FaceField,
  HolderIdType,
  LicenseAccessKind,
  SealType,
  StoredLicenseStatus,
  ValidityRule,
} from './codes.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

export const licenseType = pgTable('license_type', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  issuerAgencyId: text('issuer_agency_id').notNull(),
  holderType: text('holder_type').$type<'person' | 'enterprise'>().notNull(),
  faceFields: jsonb('face_fields').$type<FaceField[]>().notNull(),
  validity: jsonb('validity').$type<ValidityRule>().notNull(),
  singlePerHolder: boolean('single_per_holder').notNull().default(true),
  status: text('status').$type<'active' | 'retired'>().notNull().default('active'),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
export type LicenseTypeRow = typeof licenseType.$inferSelect;

export const sealMaker = pgTable('seal_maker', {
  publicKeyPem: text('public_key_pem').primaryKey(),
  certificate: bytea('certificate').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const eSeal = pgTable('e_seal', {
  id: uuid('id').primaryKey(),
  esId: text('es_id').notNull().unique(),
  agencyId: text('agency_id').notNull(),
  name: text('name').notNull(),
  sealType: integer('seal_type').$type<SealType>().notNull(),
  publicKeyPem: text('public_key_pem').notNull(),
  privateKeyEnc: text('private_key_enc').notNull(),
  certificate: bytea('certificate').notNull(),
  sesSeal: bytea('ses_seal').notNull(),
  pictureType: text('picture_type').$type<'svg' | 'png'>().notNull(),
  picture: bytea('picture').notNull(),
  pictureWidthMm: integer('picture_width_mm').notNull(),
  pictureHeightMm: integer('picture_height_mm').notNull(),
  validFrom: at('valid_from').notNull(),
  validTo: at('valid_to').notNull(),
  status: text('status').$type<'active' | 'revoked'>().notNull(),
  revokedAt: at('revoked_at'),
  revokeReason: text('revoke_reason'),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull().defaultNow(),
});
export type ESealRow = typeof eSeal.$inferSelect;

export const eSealUse = pgTable('e_seal_use', {
  id: uuid('id').primaryKey(),
  sealId: uuid('seal_id').notNull(),
  purpose: text('purpose').notNull(),
  resourceType: text('resource_type').notNull(),
  resourceId: text('resource_id').notNull(),
  dataSm3: text('data_sm3').notNull(),
  actorType: text('actor_type').notNull(),
  actorId: text('actor_id'),
  at: at('at').notNull().defaultNow(),
});

export const licenseSerial = pgTable(
  'license_serial',
  {
    typeCode: text('type_code').notNull(),
    issuerCode: text('issuer_code').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.typeCode, t.issuerCode, t.year] })],
);

export const license = pgTable('license', {
  id: uuid('id').primaryKey(),
  identifier: text('identifier').notNull().unique(),
  typeCode: text('type_code').notNull(),
  serial: text('serial').notNull(),
  version: integer('version').notNull(),
  licenseNumber: text('license_number').notNull(),
  holderType: text('holder_type').$type<'person' | 'enterprise'>().notNull(),
  holderSubjectId: uuid('holder_subject_id').notNull(),
  holderName: text('holder_name').notNull(),
  holderIdType: text('holder_id_type').$type<HolderIdType>().notNull(),
  holderIdEnc: text('holder_id_enc').notNull(),
  holderIdHash: text('holder_id_hash').notNull(),
  holderIdMasked: text('holder_id_masked').notNull(),
  issuerAgencyId: text('issuer_agency_id').notNull(),
  issuerCode: text('issuer_code').notNull(),
  issuerName: text('issuer_name').notNull(),
  jurisdictionCode: text('jurisdiction_code').notNull(),
  issueDate: day('issue_date').notNull(),
  validFrom: day('valid_from').notNull(),
  validTo: day('valid_to'),
  face: jsonb('face').$type<Record<string, string>>().notNull(),
  caseId: uuid('case_id').unique(),
  sealId: uuid('seal_id').notNull(),
  fileId: uuid('file_id').notNull(),
  pdfSm3: text('pdf_sm3').notNull(),
  signature: bytea('signature').notNull(),
  status: text('status').$type<StoredLicenseStatus>().notNull(),
  supersededBy: uuid('superseded_by'),
  revokedAt: at('revoked_at'),
  revokeReason: text('revoke_reason'),
  createdAt: at('created_at').notNull().defaultNow(),
});
export type LicenseRow = typeof license.$inferSelect;

export const licenseShowToken = pgTable('license_show_token', {
  jti: uuid('jti').primaryKey(),
  licenseId: uuid('license_id').notNull(),
  expiresAt: at('expires_at').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const licenseAuthorization = pgTable('license_authorization', {
  id: uuid('id').primaryKey(),
  licenseId: uuid('license_id').notNull(),
  granteeType: text('grantee_type').$type<'agency' | 'enterprise'>().notNull(),
  granteeId: text('grantee_id').notNull(),
  granteeName: text('grantee_name').notNull(),
  purpose: text('purpose').notNull(),
  validFrom: day('valid_from').notNull(),
  validTo: day('valid_to').notNull(),
  status: text('status').$type<'active' | 'revoked'>().notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  revokedAt: at('revoked_at'),
});
export type LicenseAuthorizationRow = typeof licenseAuthorization.$inferSelect;

export const licenseAccess = pgTable('license_access', {
  id: uuid('id').primaryKey(),
  licenseId: uuid('license_id').notNull(),
  kind: text('kind').$type<LicenseAccessKind>().notNull(),
  actorType: text('actor_type').notNull(),
  actorId: text('actor_id'),
  actorName: text('actor_name').notNull(),
  agencyId: text('agency_id'),
  purpose: text('purpose'),
  result: text('result'),
  authorizationId: uuid('authorization_id'),
  caseId: uuid('case_id'),
  at: at('at').notNull().defaultNow(),
});
