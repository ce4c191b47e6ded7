-- Self-service authentication: a TOTP secret being enrolled (pending until the owner proves it
-- with a code, so a half-finished enrolment never locks anyone out), and the last accepted TOTP
-- time step, so a code cannot be replayed within its validity window.
alter table account add column totp_pending_enc text;
--> statement-breakpoint
alter table account add column totp_last_step bigint;
