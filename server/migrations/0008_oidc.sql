-- OpenID Provider state (oidc-provider's models: sessions, interactions, grants, authorization
-- codes, tokens, and the clients an administrator registered), kept in the database so that any
-- replica can redeem a code another one issued. One row per (model, id); payload is the model's
-- JSON; expires_at null for clients.
create table oidc_model (
  model text not null,
  id text not null,
  payload jsonb not null,
  grant_id text,
  user_code text,
  uid text,
  expires_at timestamptz,
  consumed_at timestamptz,
  primary key (model, id)
);
--> statement-breakpoint
create index oidc_model_grant_id on oidc_model (grant_id) where grant_id is not null;
--> statement-breakpoint
create index oidc_model_uid on oidc_model (uid) where uid is not null;
--> statement-breakpoint
create index oidc_model_user_code on oidc_model (user_code) where user_code is not null;
--> statement-breakpoint
create index oidc_model_expires_at on oidc_model (expires_at) where expires_at is not null;
