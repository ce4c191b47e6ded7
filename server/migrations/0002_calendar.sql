-- The working-day calendar: the exceptional dates of the State Council's yearly holiday notices.

create table calendar_day (
  date date primary key,
  kind text not null check (kind in ('rest', 'work')),   -- rest: a weekday off; work: a weekend day worked
  name text not null,
  source text not null,                                  -- the notice (or the administrator's reason)
  notice_year integer not null,                          -- the notice it belongs to (2023's starts 2022-12-31)
  updated_at timestamptz not null default now(),
  updated_by text not null
);
--> statement-breakpoint
create index calendar_day_notice_year on calendar_day (notice_year);
--> statement-breakpoint
-- A year is loaded once its notice is in; dates of other years are answered provisionally.
create table calendar_year (
  year integer primary key,
  source text not null,
  loaded_at timestamptz not null default now(),
  loaded_by text not null
);
