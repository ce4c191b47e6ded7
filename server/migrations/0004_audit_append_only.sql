-- Closes two gaps in the audit log's append-only rule (0001): TRUNCATE fires no row trigger, so
-- it is refused by a statement trigger; and the signed anchors, which are what catches a
-- recomputed chain, are never updated, deleted or truncated either.

create function audit_append_only_statement() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end $$;
--> statement-breakpoint
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_append_only_statement();
--> statement-breakpoint
create trigger audit_anchor_append_only before update or delete or truncate on audit_anchor
  for each statement execute function audit_append_only_statement();
