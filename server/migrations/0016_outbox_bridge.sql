-- The NATS JetStream bridge (issue #9): a relay separate from the event handlers copies outbox
-- events to JetStream and stamps bridged_at in the same transaction as its claim. bridged_at means
-- "the relay is done with it": relayed, or an internal type it skips. Rows written before this
-- migration stay null and are relayed when the bridge first runs (subscribers de-duplicate by id).
alter table outbox_event add column bridged_at timestamptz;
--> statement-breakpoint
-- The relay only scans rows it has not handled yet; relayed rows leave the index.
create index outbox_event_unbridged on outbox_event (created_at) where bridged_at is null;
