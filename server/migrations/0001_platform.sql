-- Platform tables: outbox events, scheduled jobs, the audit log and its anchors, settings,
-- stored files and the case-number sequence.

create table outbox_event (
  id uuid primary key,                       -- UUIDv7 made by the application; handlers de-duplicate on it
  type text not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  available_at timestamptz not null default now(),
  attempts integer not null default 0,
  status text not null default 'pending' check (status in ('pending', 'done', 'dead')),
  last_error text,
  processed_at timestamptz
);
--> statement-breakpoint
-- Workers only ever scan pending rows; done rows are purged by a scheduled job.
create index outbox_event_due on outbox_event (available_at) where status = 'pending';
--> statement-breakpoint
create index outbox_event_dead on outbox_event (created_at) where status = 'dead';
--> statement-breakpoint
create index outbox_event_done on outbox_event (processed_at) where status = 'done';
--> statement-breakpoint

create table scheduled_job (
  name text primary key,
  schedule text not null,                    -- cron expression, evaluated in Asia/Shanghai
  next_run_at timestamptz not null,
  last_run_at timestamptz,
  enabled boolean not null default true
);
--> statement-breakpoint

create table audit_log (
  id uuid primary key,                       -- UUIDv7
  occurred_at timestamptz not null default now(),
  actor_type text not null,                  -- person | staff | system | anonymous
  actor_id text,
  on_behalf_of_type text,                    -- the subject acted for (e.g. an enterprise)
  on_behalf_of_id text,
  data_subject_type text,                    -- whose personal data was read or written
  data_subject_id text,
  action text not null,                      -- e.g. calendar.day.amend, person.read
  resource_type text,
  resource_id text,
  purpose text not null,
  origin text,                               -- client address
  request_id text,
  detail jsonb,
  -- set once by the sealer, after commit: position in the hash chain
  seq bigint unique,
  prev_hash text,
  hash text,
  sealed_at timestamptz
);
--> statement-breakpoint
create index audit_log_unsealed on audit_log (occurred_at, id) where seq is null;
--> statement-breakpoint
create index audit_log_data_subject on audit_log (data_subject_type, data_subject_id, occurred_at desc)
  where data_subject_id is not null;
--> statement-breakpoint
create index audit_log_actor on audit_log (actor_type, actor_id, occurred_at desc);
--> statement-breakpoint

-- Append-only: rows are never deleted, and the only update allowed is the sealer's, once.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'audit_log is append-only';
  end if;
  if old.seq is not null
     or (new.id, new.occurred_at, new.actor_type, new.actor_id, new.on_behalf_of_type, new.on_behalf_of_id,
         new.data_subject_type, new.data_subject_id, new.action, new.resource_type, new.resource_id,
         new.purpose, new.origin, new.request_id, new.detail::text)
        is distinct from
        (old.id, old.occurred_at, old.actor_type, old.actor_id, old.on_behalf_of_type, old.on_behalf_of_id,
         old.data_subject_type, old.data_subject_id, old.action, old.resource_type, old.resource_id,
         old.purpose, old.origin, old.request_id, old.detail::text) then
    raise exception 'audit_log rows cannot be changed';
  end if;
  return new;
end $$;
--> statement-breakpoint
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_append_only();
--> statement-breakpoint

create table audit_anchor (
  seq bigint primary key,                    -- the last chained row this anchor covers
  hash text not null,
  signature text not null,                   -- SM2 (GM/T 0003) over `seq:hash:signed_at`, DER base64
  public_key text not null,                  -- SPKI PEM of the signing key
  signed_at timestamptz not null
);
--> statement-breakpoint

create table setting (
  id uuid primary key,
  key text not null,
  scope_type text not null check (scope_type in ('platform', 'region', 'agency')),
  scope_id text not null default '',         -- '' for the platform, a region code or an agency id
  value jsonb not null,
  effective_from date not null,
  created_at timestamptz not null default now(),
  created_by text not null,
  unique (key, scope_type, scope_id, effective_from)
);
--> statement-breakpoint

create table stored_file (
  id uuid primary key,
  storage_key text not null unique,
  content_type text not null,                -- sniffed from the bytes, never the client's claim
  size_bytes bigint not null,
  sm3 text not null,
  original_name text,
  created_at timestamptz not null default now()
);
--> statement-breakpoint

-- Case numbers take their serial from a sequence: unique across replicas without a counter row.
create sequence case_number_seq;
