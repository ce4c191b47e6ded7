-- Master data: regions (GB/T 2260, GB/T 10114, statistical village codes), agencies, venues and
-- their windows.

create table region (
  code text primary key,
  name text not null,
  name_en text not null,
  level text not null check (level in ('province', 'city', 'county', 'township', 'village')),
  parent_code text references region (code),
  retired boolean not null default false,     -- retired codes stay: older citizen IDs begin with them
  successor_code text references region (code),
  sample boolean not null default false       -- an illustrative demo code, not an official one
);
--> statement-breakpoint
create index region_parent on region (parent_code, code);
--> statement-breakpoint

create table agency (
  id text primary key,
  name text not null,
  short_name text not null,
  name_en text not null,
  uscc text not null unique,
  region_code text not null references region (code),
  parent_id text references agency (id),
  kind text not null
);
--> statement-breakpoint
create index agency_region on agency (region_code text_pattern_ops, id);
--> statement-breakpoint
create index agency_parent on agency (parent_id, id);
--> statement-breakpoint

create table venue (
  id text primary key,
  code text not null unique,
  name text not null,
  name_en text not null,
  kind text not null check (kind in ('service-centre', 'convenience-centre', 'convenience-station')),
  region_code text not null references region (code),
  managing_agency_id text not null references agency (id),
  address text not null,
  phone text not null,
  hours text not null,
  lat double precision,
  lng double precision
);
--> statement-breakpoint
-- Region codes are hierarchical prefixes: a subtree is a prefix match.
create index venue_region on venue (region_code text_pattern_ops, id);
--> statement-breakpoint

create table service_window (
  venue_id text not null references venue (id),
  code text not null,
  name text not null,
  type text not null check (type in ('consultation', 'comprehensive', 'assisted', 'cross-region', 'complaint', 'professional')),
  agency_id text references agency (id),
  primary key (venue_id, code)
);
