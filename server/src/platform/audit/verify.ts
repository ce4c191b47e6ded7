// Walks the audit chain in order and reports the first broken link: a gap in the sequence, a
// prev_hash that is not the previous row's hash, a row whose content no longer matches its hash,
// or an anchor whose hash or signature does not hold.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { queryRows } from '../db/query.ts';
import { CHAIN_COLUMNS, GENESIS_HASH, anchorMessage, linkHash, type ChainRow } from './chain.ts';
import { verifyAnchorSignature } from './signer.ts';

export interface AuditVerification {
  ok: boolean;
  chained: number;
  unsealed: number;
  anchorsChecked: number;
  firstBroken?: { seq: number; id?: string; reason: string };
}

export async function verifyAuditChain(
  db: Db,
  trustedPublicKeyPem?: string,
  pageSize = 5000,
): Promise<AuditVerification> {
  const anchors = await queryRows<{
    seq: string;
    hash: string;
    signature: string;
    public_key: string;
    signed_at: Date | string;
  }>(
    db,
    sql`select seq::text as seq, hash, signature, public_key, signed_at from audit_anchor order by audit_anchor.seq`,
  );
  const anchorBySeq = new Map(anchors.map((a) => [Number(a.seq), a]));
  const [unsealed] = await queryRows<{ n: string }>(
    db,
    sql`select count(*)::text as n from audit_log where seq is null`,
  );
  const result = (
    chained: number,
    anchorsChecked: number,
    broken?: AuditVerification['firstBroken'],
  ): AuditVerification => ({
    ok: broken === undefined,
    chained,
    unsealed: Number(unsealed?.n ?? 0),
    anchorsChecked,
    ...(broken && { firstBroken: broken }),
  });

  let expected = 1;
  let prev = GENESIS_HASH;
  let anchorsChecked = 0;
  for (;;) {
    const page = await queryRows<ChainRow>(
      db,
      // Qualified: CHAIN_COLUMNS aliases seq as text, and ORDER BY prefers the alias ('10' < '2').
      sql`select ${CHAIN_COLUMNS} from audit_log where seq >= ${expected} order by audit_log.seq limit ${pageSize}`,
    );
    for (const row of page) {
      const seq = Number(row.seq);
      if (seq !== expected)
        return result(expected - 1, anchorsChecked, { seq: expected, reason: `row ${expected} is missing` });
      if (row.prevHash !== prev)
        return result(seq - 1, anchorsChecked, {
          seq,
          id: row.id,
          reason: 'prev_hash does not match the previous row',
        });
      if (linkHash(prev, seq, row) !== row.hash)
        return result(seq - 1, anchorsChecked, {
          seq,
          id: row.id,
          reason: 'row content does not match its hash',
        });
      const anchor = anchorBySeq.get(seq);
      if (anchor) {
        const signedAt = new Date(anchor.signed_at).toISOString();
        const keyOk =
          trustedPublicKeyPem === undefined || anchor.public_key.trim() === trustedPublicKeyPem.trim();
        if (
          anchor.hash !== row.hash ||
          !keyOk ||
          !verifyAnchorSignature(
            anchorMessage(seq, anchor.hash, signedAt),
            anchor.signature,
            anchor.public_key,
          )
        ) {
          return result(seq, anchorsChecked, {
            seq,
            id: row.id,
            reason: 'anchor signature or hash does not hold',
          });
        }
        anchorsChecked += 1;
      }
      prev = row.hash ?? '';
      expected = seq + 1;
    }
    if (page.length < pageSize) break;
  }
  const lastAnchor = anchors.at(-1);
  if (lastAnchor && Number(lastAnchor.seq) >= expected) {
    return result(expected - 1, anchorsChecked, {
      seq: Number(lastAnchor.seq),
      reason: 'rows covered by an anchor are missing (truncated chain)',
    });
  }
  return result(expected - 1, anchorsChecked);
}
