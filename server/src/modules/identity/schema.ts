import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
  primaryKey,
} from 'drizzle-orm/pg-core';

export const basePerson = pgTable('base_person', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  idType: text('id_type').notNull(),
  idNumberEnc: text('id_number_enc').notNull(),
  idNumberHash: text('id_number_hash').notNull(),
});

export const baseEnterprise = pgTable('base_enterprise', {
  uscc: text('uscc').primaryKey(),
  name: text('name').notNull(),
  legalRepName: text('legal_rep_name').notNull(),
  legalRepIdType: text('legal_rep_id_type').notNull(),
  legalRepIdHash: text('legal_rep_id_hash').notNull(),
  regionCode: text('region_code').notNull(),
});

export const account = pgTable('account', {
  id: uuid('id').primaryKey(),
  kind: text('kind', { enum: ['person', 'staff'] }).notNull(),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  totpSecretEnc: text('totp_secret_enc'),
  totpPendingEnc: text('totp_pending_enc'),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
});

export const person = pgTable('person', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  idType: text('id_type').notNull(),
  idNumberEnc: text('id_number_enc').notNull(),
  idNumberHash: text('id_number_hash').notNull(),
  phoneEnc: text('phone_enc').notNull(),
  phoneHash: text('phone_hash').notNull().unique(),
  realNameLevel: smallint('real_name_level').notNull().default(1),
});

export const enterprise = pgTable('enterprise', {
  id: uuid('id').primaryKey(),
  uscc: text('uscc').notNull().unique(),
  name: text('name').notNull(),
  legalRepPersonId: uuid('legal_rep_person_id').notNull(),
  verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull().defaultNow(),
});

export const agentAuthorization = pgTable('agent_authorization', {
  id: uuid('id').primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
  personId: uuid('person_id').notNull(),
  scope: text('scope', { enum: ['all', 'listed'] }).notNull(),
  itemCodes: jsonb('item_codes').$type<string[]>().notNull().default([]),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const staff = pgTable('staff', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  agencyId: text('agency_id').notNull(),
  venueId: text('venue_id'),
  windowCode: text('window_code'),
});

export const role = pgTable('role', {
  id: text('id').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
});

export const rolePermission = pgTable(
  'role_permission',
  { roleId: text('role_id').notNull(), permission: text('permission').notNull() },
  (t) => [primaryKey({ columns: [t.roleId, t.permission] })],
);

export const staffRole = pgTable('staff_role', {
  id: uuid('id').primaryKey(),
  staffId: uuid('staff_id').notNull(),
  roleId: text('role_id').notNull(),
  agencyId: text('agency_id'),
  regionCode: text('region_code'),
  venueId: text('venue_id'),
  grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
});

export const session = pgTable('session', {
  id: text('id').primaryKey(),
  accountId: uuid('account_id').notNull(),
  actingForEnterpriseId: uuid('acting_for_enterprise_id'),
  mfa: boolean('mfa').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  origin: text('origin'),
  userAgent: text('user_agent'),
});

export const verificationCode = pgTable('verification_code', {
  id: uuid('id').primaryKey(),
  phoneHash: text('phone_hash').notNull(),
  purpose: text('purpose').notNull(),
  codeHash: text('code_hash').notNull(),
  attempts: integer('attempts').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/** A department system that signs in with client credentials (OAuth 2.0 §4.4). */
export const apiClient = pgTable('api_client', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  agencyId: text('agency_id').notNull(),
  secretHash: text('secret_hash').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export const apiClientGrant = pgTable('api_client_grant', {
  id: uuid('id').primaryKey(),
  clientId: text('client_id').notNull(),
  roleId: text('role_id').notNull(),
  agencyId: text('agency_id'),
  regionCode: text('region_code'),
  venueId: text('venue_id'),
  grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
});

export const apiToken = pgTable('api_token', {
  id: text('id').primaryKey(),
  clientId: text('client_id').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
