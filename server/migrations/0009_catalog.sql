-- The standardized service catalog (issue #4): data elements, basic catalog items with their
-- adjustment requests, implementations with immutable versions and their review log, catalog
-- files (blank forms, samples), and the search index with its synonym table.
create extension if not exists pg_trgm;
--> statement-breakpoint
create table data_element (
  key text primary key,                      -- dotted path, e.g. applicant.idNumber
  label_zh text not null,
  label_en text not null,
  type text not null check (type in ('string', 'integer', 'number', 'boolean', 'date', 'enum')),
  format text check (format in ('citizen-id', 'uscc', 'phone', 'region-code', 'email', 'postal-code')),
  enum_values jsonb,                         -- [{value, labelZh, labelEn}] for type enum
  max_length integer,
  source_kind text not null default 'none'
    check (source_kind in ('none', 'person-profile', 'enterprise-profile', 'e-license')),
  source_field text,                         -- profile field or e-license face field
  source_license_type text,                  -- e-license type code for source e-license
  description text not null default '',
  retired boolean not null default false,
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create table catalog_item (
  id uuid primary key,
  basic_code text not null unique,
  name text not null,
  item_type text not null,
  legal_basis jsonb not null,
  exercise_level text not null,
  service_targets text[] not null,
  themes text[] not null,
  revision integer not null default 1,       -- bumped by each approved adjustment
  retired_at timestamptz,
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
create index catalog_item_type on catalog_item (item_type, basic_code);
--> statement-breakpoint
create table catalog_item_adjustment (
  id uuid primary key,
  item_id uuid references catalog_item (id),  -- null when the request creates an item
  kind text not null check (kind in ('create', 'change', 'retire')),
  proposed jsonb,                             -- BasicItemContent for create/change
  reason text not null,
  status text not null check (status in ('submitted', 'approved', 'returned')),
  requested_by text not null,
  requested_agency_id text references agency (id),
  requested_at timestamptz not null default now(),
  decided_by text,
  decided_at timestamptz,
  decision_comment text
);
--> statement-breakpoint
create index catalog_item_adjustment_status on catalog_item_adjustment (status, requested_at);
--> statement-breakpoint
create table implementation (
  id uuid primary key,
  code text not null unique,                  -- 实施编码: agency USCC + serial
  item_id uuid not null references catalog_item (id),
  agency_id text not null references agency (id),
  region_code text not null references region (code),
  created_by text not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index implementation_agency on implementation (agency_id, code);
--> statement-breakpoint
create index implementation_region on implementation (region_code, code);
--> statement-breakpoint
create index implementation_item on implementation (item_id);
--> statement-breakpoint
create table implementation_version (
  id uuid primary key,
  implementation_id uuid not null references implementation (id),
  version integer not null,
  status text not null
    check (status in ('draft', 'submitted', 'returned', 'approved', 'published', 'retired')),
  content jsonb not null,
  effective_from date,                        -- set on publication
  effective_to date,                          -- set when a later version takes over, or on retirement
  created_by text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz,
  unique (implementation_id, version)
);
--> statement-breakpoint
-- At most one version in the works per implementation; published ones are many.
create unique index implementation_version_open on implementation_version (implementation_id)
  where status in ('draft', 'submitted', 'returned', 'approved');
--> statement-breakpoint
create index implementation_version_effective on implementation_version (implementation_id, effective_from desc)
  where status in ('published', 'retired');
--> statement-breakpoint
create index implementation_version_queue on implementation_version (status, updated_at)
  where status in ('submitted', 'approved');
--> statement-breakpoint
-- Append-only review log of a version (who did what, with which comment).
create table implementation_version_action (
  id uuid primary key,
  version_id uuid not null references implementation_version (id),
  action text not null,
  actor_id text not null,
  actor_name text not null,
  comment text,
  detail jsonb,
  at timestamptz not null default now()
);
--> statement-breakpoint
create index implementation_version_action_version on implementation_version_action (version_id, at);
--> statement-breakpoint
create table catalog_file (
  file_id uuid primary key references stored_file (id),
  agency_id text references agency (id),
  uploaded_by text not null,
  uploaded_at timestamptz not null default now()
);
--> statement-breakpoint
-- One row per published version; queries pick the one in force on a date.
create table catalog_search_doc (
  version_id uuid primary key references implementation_version (id),
  implementation_id uuid not null references implementation (id),
  code text not null,
  name text not null,
  agency_id text not null,
  agency_name text not null,
  region_code text not null,
  item_type text not null,
  service_targets text[] not null,
  themes text[] not null,
  handling_modes text[] not null,
  city_wide boolean not null,
  effective_from date not null,
  effective_to date,
  tokens tsvector not null
);
--> statement-breakpoint
-- Catalog documents change only on publication: no GIN pending list (fastupdate), whose linear
-- scan made every search after a bulk publication 5× slower until the next vacuum.
create index catalog_search_tokens on catalog_search_doc using gin (tokens) with (fastupdate = off);
--> statement-breakpoint
create index catalog_search_name_trgm on catalog_search_doc using gin (name gin_trgm_ops)
  with (fastupdate = off);
--> statement-breakpoint
create index catalog_search_effective on catalog_search_doc (effective_from, effective_to);
--> statement-breakpoint
create table search_synonym (
  term text primary key,                      -- what people say: 饭店
  canonical text not null,                    -- what the catalog says: 餐饮
  created_by text not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
-- Bumped whenever the synonyms or the custom dictionary change; every replica reloads on a change.
create table search_dictionary_state (
  id smallint primary key check (id = 1),
  revision bigint not null,
  updated_at timestamptz not null default now()
);
--> statement-breakpoint
insert into search_dictionary_state (id, revision) values (1, 1);
