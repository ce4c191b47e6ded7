-- Life-event bundles (一件事, issue #7): definitions versioned like implementations, and bundle
-- cases that fan out into ordinary cases (service_case.bundle_case_id) in each member's agency.
create table bundle (
  id uuid primary key,
  code text not null unique,                 -- e.g. YJS120103001: 'YJS' + region + 3-digit serial
  region_code text not null,
  lead_agency_id text not null,
  created_by text not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create table bundle_version (
  id uuid primary key,
  bundle_id uuid not null references bundle (id),
  version integer not null,
  status text not null check (status in ('draft', 'submitted', 'returned', 'approved', 'published', 'retired')),
  content jsonb not null,
  effective_from date,
  effective_to date,
  created_by text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz,
  unique (bundle_id, version)
);
--> statement-breakpoint
create unique index bundle_version_open on bundle_version (bundle_id)
  where status in ('draft', 'submitted', 'returned', 'approved');
--> statement-breakpoint
create index bundle_version_effective on bundle_version (bundle_id, effective_from desc)
  where status in ('published', 'retired');
--> statement-breakpoint
create table bundle_version_action (
  id uuid primary key,
  version_id uuid not null references bundle_version (id),
  action text not null,
  actor_id text not null,
  actor_name text not null,
  comment text,
  detail jsonb,
  at timestamptz not null default now()
);
--> statement-breakpoint
create index bundle_version_action_version on bundle_version_action (version_id, at);
--> statement-breakpoint
-- One application for a bundle. The applicant is copied from the submission (like service_case),
-- so members that start later are filed for the same subject; status is the aggregate of members.
create table bundle_case (
  id uuid primary key,
  bundle_number text not null unique,        -- YJS + yyyymmdd + 8 digits
  bundle_id uuid not null references bundle (id),
  bundle_version_id uuid not null references bundle_version (id),
  bundle_code text not null,
  bundle_name text not null,
  region_code text not null,
  lead_agency_id text not null,
  applicant_type text not null check (applicant_type in ('person', 'enterprise')),
  applicant_id uuid not null,
  applicant_name text not null,
  applicant_id_type text not null,
  applicant_id_enc text not null,
  applicant_id_hash text not null,
  applicant_id_masked text not null,
  agent_person_id uuid,
  filed_by uuid not null,
  channel text not null,
  actor_kind text not null,
  answers jsonb not null default '{}',
  form_data jsonb not null default '{}',
  materials jsonb not null default '[]',     -- chosen material objects by merged material key
  license_consent boolean not null default false,
  delivery text not null check (delivery in ('together', 'each')),
  delivery_method text not null check (delivery_method in ('window', 'electronic')),
  pickup_venue_id text,
  status text not null check (status in ('in-progress', 'partly-refused', 'concluded', 'refused')),
  submitted_at timestamptz not null default now(),
  received_on date not null,
  promised_due date,
  concluded_at timestamptz,
  results_ready_at timestamptz,              -- delivery together: when the last member finished
  saved_fields integer not null default 0,
  saved_materials integer not null default 0,
  saved_visits integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index bundle_case_applicant on bundle_case (applicant_type, applicant_id, created_at desc, id desc);
--> statement-breakpoint
create index bundle_case_bundle on bundle_case (bundle_id, status);
--> statement-breakpoint
-- Each applicable member of a bundle case: waiting for its predecessors, started (case_id set),
-- or blocked because a predecessor failed.
create table bundle_member_case (
  bundle_case_id uuid not null references bundle_case (id),
  member_id text not null,
  position integer not null,
  implementation_code text not null,
  item_name text not null,
  agency_id text not null,
  state text not null check (state in ('waiting', 'started', 'blocked')),
  case_id uuid unique,
  started_at timestamptz,
  primary key (bundle_case_id, member_id)
);
--> statement-breakpoint
create index service_case_bundle on service_case (bundle_case_id) where bundle_case_id is not null;
--> statement-breakpoint
-- Bundle case numbers: YJS + business date + this sequence, zero-padded to 8 digits.
create sequence bundle_case_number_seq;
