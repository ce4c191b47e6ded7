-- E-licenses and e-seals (issue #6): the license-type catalogue, agencies' e-seals (GB/T 38540)
-- and every use of them, issued licenses (GB/T 36904 identifiers), show-license tokens (亮证),
-- authorized use (授权用证), the holder-visible access log, and the 免证办 link on case materials.
create table license_type (
  code text primary key,                     -- GB/T 36904: the defining body's USCC + 3 digits
  name_zh text not null,
  name_en text not null,
  issuer_agency_id text not null,            -- the defining agency (district bureaux issue under it)
  holder_type text not null check (holder_type in ('person', 'enterprise')),
  face_fields jsonb not null,                -- 照面信息: [{ key, labelZh, labelEn, from }]
  validity jsonb not null,                   -- { kind: 'permanent' } | { kind: 'years', years }
  single_per_holder boolean not null default true, -- a new issue replaces the holder's valid one
  status text not null default 'active' check (status in ('active', 'retired')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
-- The platform's seal maker (制章者): its SM2 key lives in a file (SEAL_MAKER_KEY_FILE); its
-- self-signed certificate is made once per key and shared by every replica through this row.
create table seal_maker (
  public_key_pem text primary key,
  certificate bytea not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create table e_seal (
  id uuid primary key,
  es_id text not null unique,                -- GB/T 38540 esID: agency USCC + 4-digit serial
  agency_id text not null,
  name text not null,
  seal_type integer not null,                -- SES_ESPropertyInfo.type
  public_key_pem text not null,
  private_key_enc text not null,             -- PKCS#8 PEM, field-encrypted (AAD: e_seal/<id>)
  certificate bytea not null,                -- X.509 DER issued by the platform seal maker
  ses_seal bytea not null,                   -- SES_Seal DER, signed by the seal maker
  picture_type text not null check (picture_type in ('svg', 'png')),
  picture bytea not null,
  picture_width_mm integer not null,
  picture_height_mm integer not null,
  valid_from timestamptz not null,
  valid_to timestamptz not null,
  status text not null check (status in ('active', 'revoked')),
  revoked_at timestamptz,
  revoke_reason text,
  created_by uuid,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index e_seal_agency on e_seal (agency_id, status, valid_to);
--> statement-breakpoint
create table e_seal_use (
  id uuid primary key,
  seal_id uuid not null,
  purpose text not null,                     -- e.g. 'license-issue'
  resource_type text not null,
  resource_id text not null,
  data_sm3 text not null,                    -- SM3 of the signed document
  actor_type text not null,
  actor_id text,
  at timestamptz not null default now()
);
--> statement-breakpoint
create index e_seal_use_seal on e_seal_use (seal_id, at desc);
--> statement-breakpoint
create table license_serial (
  type_code text not null,
  issuer_code text not null,
  year integer not null,
  last integer not null,
  primary key (type_code, issuer_code, year)
);
--> statement-breakpoint
create table license (
  id uuid primary key,
  identifier text not null unique,           -- 1.2.156.3005.2.{type}.{issuer}.{serial}.{version}.{check}
  type_code text not null,
  serial text not null,
  version integer not null,
  license_number text not null,              -- 证照编号 on the face
  holder_type text not null check (holder_type in ('person', 'enterprise')),
  holder_subject_id uuid not null,           -- the person or enterprise account
  holder_name text not null,
  holder_id_type text not null,              -- 111 citizen ID, 001 USCC
  holder_id_enc text not null,
  holder_id_hash text not null,              -- blind index for staff look-up
  holder_id_masked text not null,
  issuer_agency_id text not null,
  issuer_code text not null,                 -- the issuing agency's USCC
  issuer_name text not null,
  jurisdiction_code text not null,           -- GB/T 2260 region of the issuer
  issue_date date not null,
  valid_from date not null,
  valid_to date,                             -- null: permanent
  face jsonb not null,                       -- 照面信息 values by face-field key
  case_id uuid unique,                       -- the case that yielded it (null: imported or demo)
  seal_id uuid not null,
  file_id uuid not null,                     -- the A4 PDF (stored_file)
  pdf_sm3 text not null,
  signature bytea not null,                  -- SES_Signature DER over SM3(PDF)
  status text not null check (status in ('valid', 'revoked', 'superseded')),
  superseded_by uuid,
  revoked_at timestamptz,
  revoke_reason text,
  created_at timestamptz not null default now(),
  unique (type_code, issuer_code, serial, version)
);
--> statement-breakpoint
create index license_holder on license (holder_type, holder_subject_id, issue_date desc, id);
--> statement-breakpoint
create index license_holder_id on license (holder_id_hash);
--> statement-breakpoint
-- 免证办: "does this subject hold a valid license of type T?"
create index license_valid_of_type on license (holder_type, holder_subject_id, type_code) where status = 'valid';
--> statement-breakpoint
create table license_show_token (
  jti uuid primary key,
  license_id uuid not null,
  expires_at timestamptz not null,
  created_by uuid not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index license_show_token_license on license_show_token (license_id, created_at desc);
--> statement-breakpoint
create table license_authorization (
  id uuid primary key,
  license_id uuid not null,
  grantee_type text not null check (grantee_type in ('agency', 'enterprise')),
  grantee_id text not null,                  -- agency id or enterprise account id
  grantee_name text not null,
  purpose text not null,
  valid_from date not null,
  valid_to date not null,
  status text not null check (status in ('active', 'revoked')),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
--> statement-breakpoint
create index license_authorization_license on license_authorization (license_id, created_at desc);
--> statement-breakpoint
create index license_authorization_grantee on license_authorization (grantee_type, grantee_id, status);
--> statement-breakpoint
-- Every read of a license by someone other than its holder, for the holder to see.
create table license_access (
  id uuid primary key,
  license_id uuid not null,
  kind text not null check (kind in ('verify', 'authorized-use', 'staff-lookup', 'case-use')),
  actor_type text not null,
  actor_id text,
  actor_name text not null,
  agency_id text,
  purpose text,
  result text,                               -- verify: valid | expired | revoked | superseded | token-expired
  authorization_id uuid,
  case_id uuid,
  at timestamptz not null default now()
);
--> statement-breakpoint
create index license_access_license on license_access (license_id, at desc);
--> statement-breakpoint
alter table case_material add column license_id uuid;
--> statement-breakpoint
alter table service_case add column exempt_material_count integer not null default 0;
