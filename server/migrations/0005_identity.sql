-- Unified identity: the base registry (the platform's copy of the shared population and
-- legal-person databases), accounts of persons and staff, enterprises and their agents, roles
-- as data with scoped grants, sessions and verification codes. Personal data (ID numbers,
-- phone numbers) is stored encrypted, with a keyed blind index for look-ups.

create table base_person (
  id uuid primary key,
  name text not null,
  id_type text not null,
  id_number_enc text not null,
  id_number_hash text not null,
  unique (id_type, id_number_hash)
);
--> statement-breakpoint
create table base_enterprise (
  uscc text primary key,
  name text not null,
  legal_rep_name text not null,
  legal_rep_id_type text not null,
  legal_rep_id_hash text not null,
  region_code text not null references region (code)
);
--> statement-breakpoint

-- Credentials of everyone who signs in; a person or a staff member shares the account's id.
create table account (
  id uuid primary key,
  kind text not null check (kind in ('person', 'staff')),
  username text not null unique,
  password_hash text not null,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  totp_secret_enc text,
  created_at timestamptz not null default now(),
  disabled_at timestamptz
);
--> statement-breakpoint
create table person (
  id uuid primary key references account (id),
  name text not null,
  id_type text not null,
  id_number_enc text not null,
  id_number_hash text not null,
  phone_enc text not null,
  phone_hash text not null unique,
  real_name_level smallint not null default 1 check (real_name_level in (1, 2)),
  unique (id_type, id_number_hash)
);
--> statement-breakpoint
create table enterprise (
  id uuid primary key,
  uscc text not null unique,
  name text not null,
  legal_rep_person_id uuid not null references person (id),
  verified_at timestamptz not null default now()
);
--> statement-breakpoint
create index enterprise_legal_rep on enterprise (legal_rep_person_id);
--> statement-breakpoint
create table agent_authorization (
  id uuid primary key,
  enterprise_id uuid not null references enterprise (id),
  person_id uuid not null references person (id),
  scope text not null check (scope in ('all', 'listed')),
  item_codes jsonb not null default '[]',
  expires_at timestamptz not null,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index agent_authorization_person on agent_authorization (person_id, enterprise_id) where revoked_at is null;
--> statement-breakpoint
create index agent_authorization_enterprise on agent_authorization (enterprise_id) where revoked_at is null;
--> statement-breakpoint

create table staff (
  id uuid primary key references account (id),
  name text not null,
  agency_id text not null references agency (id),
  venue_id text references venue (id),
  window_code text
);
--> statement-breakpoint
create table role (
  id text primary key,
  name_zh text not null,
  name_en text not null
);
--> statement-breakpoint
create table role_permission (
  role_id text not null references role (id),
  permission text not null,
  primary key (role_id, permission)
);
--> statement-breakpoint
-- A grant of a role, scoped to an agency, a region subtree and/or a venue (all empty: city-wide).
create table staff_role (
  id uuid primary key,
  staff_id uuid not null references staff (id),
  role_id text not null references role (id),
  agency_id text references agency (id),
  region_code text references region (code),
  venue_id text references venue (id),
  granted_at timestamptz not null default now()
);
--> statement-breakpoint
create index staff_role_staff on staff_role (staff_id);
--> statement-breakpoint

create table session (
  id text primary key,                       -- SM3 of the cookie token; the token itself is never stored
  account_id uuid not null references account (id),
  acting_for_enterprise_id uuid references enterprise (id),
  mfa boolean not null default false,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  origin text,
  user_agent text
);
--> statement-breakpoint
create index session_account on session (account_id, created_at desc) where revoked_at is null;
--> statement-breakpoint

create table verification_code (
  id uuid primary key,
  phone_hash text not null,
  purpose text not null,
  code_hash text not null,
  attempts integer not null default 0,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
--> statement-breakpoint
create index verification_code_phone on verification_code (phone_hash, purpose, created_at desc);
