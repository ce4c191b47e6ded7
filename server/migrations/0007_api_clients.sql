-- API clients for department systems: client credentials (OAuth 2.0 §4.4) exchanged for
-- short-lived bearer tokens. Only SM3 hashes of secrets and tokens are stored. A client belongs
-- to an agency (whose administrators manage it) and holds role grants scoped like staff_role.
create table api_client (
  id text primary key,                       -- tbc_ + random; the OAuth client_id
  name text not null,
  agency_id text not null references agency (id),
  secret_hash text not null,                 -- SM3 of the client secret; the secret is shown once
  created_by text not null,                  -- the administrator's account id (or 'operator')
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
--> statement-breakpoint
create index api_client_agency on api_client (agency_id, id);
--> statement-breakpoint
create table api_client_grant (
  id uuid primary key,
  client_id text not null references api_client (id),
  role_id text not null references role (id),
  agency_id text references agency (id),
  region_code text references region (code),
  venue_id text references venue (id),
  granted_at timestamptz not null default now()
);
--> statement-breakpoint
create index api_client_grant_client on api_client_grant (client_id);
--> statement-breakpoint
create table api_token (
  id text primary key,                       -- SM3 of the bearer token; the token itself is never stored
  client_id text not null references api_client (id),
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
--> statement-breakpoint
create index api_token_client on api_token (client_id);
--> statement-breakpoint
create index api_token_expires on api_token (expires_at);
