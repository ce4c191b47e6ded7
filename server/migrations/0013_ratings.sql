-- Service ratings (好差评, issue #8; 国办发〔2019〕51号, GB/T 39734/39735-2020): invitations carried
-- by signed single-use tokens, the ratings themselves (一事一评 per case, 一次一评 per window
-- service, one follow-up each), and the rectification of every negative rating (台账).
create table rating_invitation (
  id uuid primary key,
  kind text not null check (kind in ('case', 'window')),
  case_id uuid,                               -- 一事一评
  venue_id text,                              -- 一次一评: the window that served
  window_code text,
  staff_id uuid,
  agency_id text not null,
  region_code text not null,
  implementation_code text,
  item_name text,
  -- Who may use it: the case's applicant (null for a QR code shown at a window to whoever stands there).
  rater_type text check (rater_type in ('person', 'enterprise')),
  rater_id uuid,
  channel text not null,                      -- the channel the link travels by (rating channels)
  expires_at timestamptz not null,
  used_at timestamptz,
  reminded_at timestamptz,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
-- One invitation per case and channel: redelivering case.concluded creates nothing twice.
create unique index rating_invitation_case_channel on rating_invitation (case_id, channel) where case_id is not null;
--> statement-breakpoint
create index rating_invitation_unreminded on rating_invitation (created_at) where used_at is null and reminded_at is null;
--> statement-breakpoint
create table rating (
  id uuid primary key,
  kind text not null check (kind in ('case', 'window')),
  case_id uuid,
  case_number text,
  invitation_id uuid references rating_invitation (id),
  follow_up_of uuid references rating (id),   -- 追评
  agency_id text not null,
  region_code text not null,
  implementation_code text,
  item_name text,
  venue_id text,
  window_code text,
  staff_id uuid,
  case_channel text,                          -- the channel the case was applied through (statistics)
  channel text not null,                      -- the channel the rating came through
  rater_type text check (rater_type in ('person', 'enterprise')),
  rater_id uuid,                              -- null: an anonymous rating at a window
  level smallint not null check (level between 1 and 5),
  scores jsonb not null default '{}',         -- indicator code → 1..5
  comment text,
  rated_on date not null,                     -- business date in China
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create unique index rating_one_per_case_channel on rating (case_id, channel)
  where case_id is not null and follow_up_of is null;
--> statement-breakpoint
create unique index rating_one_follow_up on rating (follow_up_of) where follow_up_of is not null;
--> statement-breakpoint
create index rating_agency_time on rating (agency_id, created_at desc);
--> statement-breakpoint
create index rating_case on rating (case_id) where case_id is not null;
--> statement-breakpoint
create index rating_rater on rating (rater_id, created_at desc) where rater_id is not null;
--> statement-breakpoint
-- The handling of one negative rating: verify → (appeal → decided by the service office) →
-- rectify → feedback → return visit → closed. The status is the projection of the action log.
create table rectification (
  id uuid primary key,
  rating_id uuid not null unique references rating (id),
  agency_id text not null,
  region_code text not null,
  status text not null check (status in ('verifying', 'appealed', 'rectifying', 'feedback', 'revisiting', 'closed', 'dismissed')),
  seq integer not null default 0,
  opened_on date not null,
  step_due date not null,                     -- the current step's due date (working days)
  final_due date not null,                    -- the whole loop's (rating.rectification-working-days)
  escalated_at timestamptz,                   -- 督办: the current step went overdue
  escalations integer not null default 0,
  measures text,
  feedback text,
  revisit_satisfied boolean,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index rectification_open_due on rectification (step_due) where status not in ('closed', 'dismissed');
--> statement-breakpoint
create index rectification_agency on rectification (agency_id, created_at desc, id desc);
--> statement-breakpoint
create table rectification_action (
  id uuid primary key,
  rectification_id uuid not null references rectification (id),
  seq integer not null,
  action text not null,
  from_status text,
  to_status text not null,
  actor_id uuid,
  actor_kind text not null,                   -- staff | rater | system
  actor_name text not null,
  comment text,
  detail jsonb,
  at timestamptz not null default now(),
  unique (rectification_id, seq)
);
