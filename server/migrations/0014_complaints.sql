-- Unresolved matters and hotline orders (办不成事 / 12345, issue #8): received at the 办不成事
-- window, online or by a hotline agent; dispatched to an agency, signed for, answered, confirmed
-- by the complainant (unsolved reopens). Status is the projection of the append-only action log.
create table complaint (
  id uuid primary key,
  complaint_number text not null unique,      -- BBCS + yyyymmdd + 6 digits
  channel text not null check (channel in ('window', 'online', 'hotline')),
  category text not null,
  urgency text not null check (urgency in ('life-property', 'utilities', 'normal')),
  complex boolean not null default false,     -- 5 or 10 working days to resolve
  title text not null,
  content text not null,
  anonymous boolean not null default false,
  complainant_type text check (complainant_type in ('person', 'enterprise')),
  complainant_id uuid,                        -- the signed-in account, if any
  contact_name text,
  contact_phone_enc text,                     -- AAD complaint:<id>:contact_phone
  contact_phone_masked text,
  region_code text not null,
  case_id uuid,
  implementation_code text,
  agency_id text,                             -- the agency that handles it now
  status text not null check (status in ('received', 'dispatched', 'returned', 'signed', 'replied', 'closed', 'merged')),
  seq integer not null default 0,
  return_count integer not null default 0,
  designated boolean not null default false,  -- the service office designated the handler: no more returns
  merged_into uuid references complaint (id),
  reopen_count integer not null default 0,
  received_at timestamptz not null,
  received_on date not null,
  dispatched_at timestamptz,
  sign_due timestamptz,
  return_due timestamptz,
  signed_at timestamptz,
  explain_due date,
  reply_due date,
  replied_at timestamptz,
  reply_kind text check (reply_kind in ('resolved', 'explained')),
  reply_text text,
  replied_on_time boolean,
  solved boolean,                             -- the complainant's answer
  closed_at timestamptz,
  supervised_at timestamptz,                  -- last 督办 notice
  supervisions integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index complaint_agency on complaint (agency_id, status, received_at desc, id desc);
--> statement-breakpoint
create index complaint_status on complaint (status, received_at desc, id desc);
--> statement-breakpoint
create index complaint_sign_due on complaint (sign_due) where status = 'dispatched';
--> statement-breakpoint
create index complaint_reply_due on complaint (reply_due) where status = 'signed';
--> statement-breakpoint
create index complaint_complainant on complaint (complainant_id, received_at desc) where complainant_id is not null;
--> statement-breakpoint
create table complaint_action (
  id uuid primary key,
  complaint_id uuid not null references complaint (id),
  seq integer not null,
  action text not null,
  from_status text,
  to_status text not null,
  actor_id uuid,
  actor_kind text not null,                   -- staff | complainant | system
  actor_name text not null,
  agency_id text,
  comment text,
  detail jsonb,
  at timestamptz not null default now(),
  unique (complaint_id, seq)
);
--> statement-breakpoint
-- Complaint numbers: BBCS + business date + this sequence (6 digits, cycling: unique per day up
-- to a million orders a day; the unique index on complaint_number is the backstop).
create sequence complaint_number_seq maxvalue 999999 cycle;
