// The hash chain over audit rows, shared by the sealer and the verifier. Each link is
// SM3(prev_hash ‖ canonical row), where the canonical row is read back from the database in a
// time-zone-free form (µs since the epoch, jsonb text), so both sides see the same bytes.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainRow = {
  id: string;
  seq: number | null;
  occurredUs: string;
  actorType: string;
  actorId: string | null;
  onBehalfOfType: string | null;
  onBehalfOfId: string | null;
  dataSubjectType: string | null;
  dataSubjectId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  purpose: string;
  origin: string | null;
  requestId: string | null;
  detail: string | null;
  prevHash: string | null;
  hash: string | null;
};

/** The SELECT list that yields ChainRow fields. */
export const CHAIN_COLUMNS = sql.raw(`id::text as "id", seq::int8::text as "seq",
  (extract(epoch from occurred_at) * 1000000)::int8::text as "occurredUs",
  actor_type as "actorType", actor_id as "actorId", on_behalf_of_type as "onBehalfOfType",
  on_behalf_of_id as "onBehalfOfId", data_subject_type as "dataSubjectType", data_subject_id as "dataSubjectId",
  action, resource_type as "resourceType", resource_id as "resourceId", purpose, origin,
  request_id as "requestId", detail::text as "detail", prev_hash as "prevHash", hash`);

export function linkHash(prevHash: string, seq: number, row: ChainRow): string {
  const canonical = JSON.stringify([
    seq,
    row.id,
    row.occurredUs,
    row.actorType,
    row.actorId,
    row.onBehalfOfType,
    row.onBehalfOfId,
    row.dataSubjectType,
    row.dataSubjectId,
    row.action,
    row.resourceType,
    row.resourceId,
    row.purpose,
    row.origin,
    row.requestId,
    row.detail,
  ]);
  return createHash('sm3').update(prevHash).update('\n').update(canonical).digest('hex');
}

export const anchorMessage = (seq: number, hash: string, signedAt: string) =>
  `tongban-audit-anchor:${seq}:${hash}:${signedAt}`;
