-- Statistics rollups (issue #8). Each source row (a case, a rating, a complaint) has one fact: the
-- contributions it last made to the rollup. A handler recomputes the fact from the source's
-- current state, applies (new − old) to the rollup and stores the new fact in one transaction
-- under the fact's row lock, so duplicated or reordered events leave the rollup exact.
create table stats_fact (
  source_type text not null check (source_type in ('case', 'rating', 'complaint')),
  source_id uuid not null,
  contributions jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (source_type, source_id)
);
--> statement-breakpoint
create table stats_rollup (
  month text not null,                        -- YYYY-MM, China time
  agency_id text not null,
  region_code text not null,
  item_code text not null,                    -- implementation code; '' when none
  channel text not null,                      -- the case's channel; the complaint's for complaints
  received bigint not null default 0,
  accepted bigint not null default 0,
  concluded bigint not null default 0,
  concluded_on_time bigint not null default 0,
  conclude_working_days bigint not null default 0,
  instant bigint not null default 0,          -- 即办: concluded on the day of acceptance
  fully_online bigint not null default 0,     -- 全程网办
  zero_visit bigint not null default 0,       -- 零跑动
  at_most_one_visit bigint not null default 0,-- 最多跑一次
  exempt_materials bigint not null default 0, -- 免证: materials replaced by e-licenses or shared data
  ratings bigint not null default 0,
  ratings_positive bigint not null default 0, -- levels 1–3
  ratings_negative bigint not null default 0, -- levels 4–5
  rectified bigint not null default 0,        -- negative ratings whose loop closed
  revisited bigint not null default 0,        -- … with a return visit
  revisit_satisfied bigint not null default 0,
  complaints bigint not null default 0,
  complaints_signed bigint not null default 0,
  complaint_sign_minutes bigint not null default 0,
  complaints_replied bigint not null default 0,
  complaints_replied_on_time bigint not null default 0,
  complaint_reply_hours bigint not null default 0,
  complaints_confirmed bigint not null default 0,  -- the complainant answered (return-visit rate)
  complaints_solved bigint not null default 0,
  primary key (month, agency_id, region_code, item_code, channel)
);
--> statement-breakpoint
create index stats_rollup_agency on stats_rollup (agency_id, month);
--> statement-breakpoint
create index stats_rollup_region on stats_rollup (region_code, month);
