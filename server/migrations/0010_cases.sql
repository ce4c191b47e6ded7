-- Case handling (issue #5): idempotent writes, the subject's materials, cases pinned to an
-- implementation version, their append-only action log, material snapshots, documents, special
-- procedures, commitment verifications, credit records, forwarding of paper materials, and the
-- applicant's site messages.
create table idempotency_record (
  owner text not null,                       -- account or API client id
  scope text not null,                       -- the operation, e.g. 'cases.submit'
  key text not null,                         -- the client's Idempotency-Key
  request_hash text not null,                -- SM3 of the canonical request: a reused key with another body is refused
  status_code integer not null,
  response jsonb not null,
  created_at timestamptz not null default now(),
  primary key (owner, scope, key)
);
--> statement-breakpoint
create index idempotency_record_created on idempotency_record (created_at);
--> statement-breakpoint
create table material (
  id uuid primary key,
  subject_type text not null check (subject_type in ('person', 'enterprise')),
  subject_id uuid not null,
  name text not null,
  provenance text not null check (provenance in ('upload', 'e-license', 'shared-data')),
  provenance_ref text,                       -- license number or shared-data receipt id
  file_id uuid,                              -- stored_file; null for a data receipt without a file
  sm3 text not null,
  content_type text,
  size_bytes bigint,
  uploaded_by uuid not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index material_subject on material (subject_type, subject_id, created_at desc);
--> statement-breakpoint
create table service_case (
  id uuid primary key,
  case_number text unique,                   -- given on submission; null while a draft
  implementation_id uuid not null,
  implementation_code text not null,
  version_id uuid not null,                  -- the version the case was filed under (pinned)
  item_name text not null,
  agency_id text not null,                   -- the competent agency
  region_code text not null,
  applicant_type text not null check (applicant_type in ('person', 'enterprise')),
  applicant_id uuid not null,                -- person.id or enterprise.id
  applicant_name text not null,
  applicant_id_type text not null,
  applicant_id_enc text not null,
  applicant_id_hash text not null,
  applicant_id_masked text not null,         -- for lists and notices: never decrypt to show
  agent_person_id uuid,                      -- 经办人 acting for an enterprise
  filed_by uuid not null,
  channel text not null,
  actor_kind text not null,
  assisted_consent jsonb,                    -- 帮办代办: who consented, how, when
  accepting_venue_id text,
  accepting_window_code text,
  acceptance_mode text,
  pickup_venue_id text,
  answers jsonb not null default '{}',
  form_data jsonb not null default '{}',
  status text not null,
  seq integer not null default 0,            -- actions so far: the optimistic lock
  submitted_at timestamptz,
  received_on date,
  accepted_on date,
  deemed_accepted boolean not null default false,
  statutory_due date,
  promised_due date,
  paused_since date,
  extension_days integer not null default 0,
  deficiency_due date,
  commitment jsonb,
  assignee_id uuid,
  decision text check (decision in ('approved', 'denied')),
  concluded_at timestamptz,
  on_time boolean,
  overdue_since date,
  delivery jsonb,
  bundle_case_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index service_case_applicant on service_case (applicant_type, applicant_id, created_at desc, id desc);
--> statement-breakpoint
create index service_case_agency_queue on service_case (agency_id, status, promised_due, id);
--> statement-breakpoint
create index service_case_venue_queue on service_case (accepting_venue_id, status, promised_due, id);
--> statement-breakpoint
create index service_case_pickup on service_case (pickup_venue_id, status) where pickup_venue_id is not null;
--> statement-breakpoint
create index service_case_awaiting_acceptance on service_case (received_on) where status = 'submitted';
--> statement-breakpoint
create index service_case_open_due on service_case (promised_due)
  where overdue_since is null and status in ('accepted', 'reviewed', 'suspended');
--> statement-breakpoint
-- Only open cases: concluded ones keep their deficiency_due and would pile up in every sweep.
create index service_case_deficiency on service_case (deficiency_due)
  where deficiency_due is not null and status in ('accepted', 'reviewed', 'suspended');
--> statement-breakpoint
create table case_action (
  id uuid primary key,
  case_id uuid not null,
  seq integer not null,
  action text not null,
  from_status text,
  to_status text not null,
  actor_id uuid,                             -- account; null for the system
  actor_kind text not null,
  actor_name text not null,
  channel text,
  venue_id text,
  opinion text,
  detail jsonb not null default '{}',
  at timestamptz not null default now(),
  unique (case_id, seq)
);
--> statement-breakpoint
create function case_action_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'case_action is append-only';
end $$;
--> statement-breakpoint
create trigger case_action_append_only before update or delete on case_action
  for each row execute function case_action_append_only();
--> statement-breakpoint
create table case_material (
  id uuid primary key,
  case_id uuid not null,
  material_key text not null,                -- the catalog material's local id
  name text not null,
  requirement text not null,
  status text not null check (status in ('provided', 'missing', 'exempt', 'supplied')),
  material_id uuid,                          -- the subject's material object (shared on reuse)
  sm3 text,
  provenance text,
  round integer not null default 1,          -- 1 on submission, +1 per correction or supplement
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index case_material_case on case_material (case_id, material_key, round);
--> statement-breakpoint
create table case_document (
  id uuid primary key,
  case_id uuid not null,
  kind text not null,
  number text not null unique,
  file_id uuid not null,
  sm3 text not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index case_document_case on case_document (case_id, created_at);
--> statement-breakpoint
-- The public verification page looks a document up by the hash in its QR code.
create index case_document_sm3 on case_document (sm3);
--> statement-breakpoint
create index stored_file_sm3 on stored_file (sm3);
--> statement-breakpoint
create table case_special_procedure (
  id uuid primary key,
  case_id uuid not null,
  kind text not null,
  reason text not null,
  max_working_days integer not null,
  started_on date not null,
  ended_on date,
  result text,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index case_special_procedure_case on case_special_procedure (case_id, started_on);
--> statement-breakpoint
create table commitment_verification (
  id uuid primary key,
  case_id uuid not null unique,
  due_on date not null,
  plan text not null,
  status text not null default 'pending' check (status in ('pending', 'passed', 'failed')),
  note text,
  decided_by uuid,
  decided_at timestamptz
);
--> statement-breakpoint
create index commitment_verification_due on commitment_verification (due_on) where status = 'pending';
--> statement-breakpoint
create table credit_record (
  id uuid primary key,
  subject_type text not null check (subject_type in ('person', 'enterprise')),
  subject_id uuid not null,
  case_id uuid not null,
  reason text not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index credit_record_subject on credit_record (subject_type, subject_id);
--> statement-breakpoint
create table case_forwarding (
  id uuid primary key,
  case_id uuid not null unique,
  from_venue_id text not null,
  to_agency_id text not null,
  courier text,
  tracking_number text,
  sent_at timestamptz,
  received_at timestamptz,
  received_by uuid,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index case_forwarding_open on case_forwarding (to_agency_id) where received_at is null;
--> statement-breakpoint
create table site_message (
  id uuid primary key,
  recipient_type text not null check (recipient_type in ('person', 'enterprise')),
  recipient_id uuid not null,
  case_id uuid,
  title text not null,
  body text not null,
  read_at timestamptz,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index site_message_recipient on site_message (recipient_type, recipient_id, created_at desc);
