// The sealer: chains committed, unsealed audit rows in one place (an advisory lock makes it a
// single writer across replicas), then signs an anchor over the chain head now and then.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { queryRows } from '../db/query.ts';
import { CHAIN_COLUMNS, GENESIS_HASH, anchorMessage, linkHash, type ChainRow } from './chain.ts';
import type { AnchorSigner } from './signer.ts';
import { auditAnchor } from './schema.ts';

const SEAL_LOCK = 7_243_002;

export interface SealOptions {
  batchSize?: number;
  signer?: AnchorSigner;
  /** Sign a new anchor when the last one is older than this. */
  anchorEveryMs?: number;
}

/** Seals one batch; returns the number of rows chained. */
export async function sealAuditLog(db: Db, opts: SealOptions = {}): Promise<number> {
  const batchSize = opts.batchSize ?? 1000;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEAL_LOCK})`);
    const [head] = await queryRows<{ seq: string; hash: string }>(
      tx,
      // Qualified: a bare `seq` in ORDER BY would mean the text alias ('9' > '10').
      sql`select seq::text as seq, hash from audit_log where seq is not null order by audit_log.seq desc limit 1`,
    );
    let seq = head ? Number(head.seq) : 0;
    let prev = head?.hash ?? GENESIS_HASH;
    const rows = await queryRows<ChainRow>(
      tx,
      sql`select ${CHAIN_COLUMNS} from audit_log where seq is null order by audit_log.occurred_at, audit_log.id limit ${batchSize}`,
    );
    if (rows.length === 0) return 0;

    const links = rows.map((row) => {
      seq += 1;
      const link = { id: row.id, seq, prev, hash: linkHash(prev, seq, row) };
      prev = link.hash;
      return link;
    });
    // One statement for the whole batch rather than a round trip per row.
    await tx.execute(sql`update audit_log a set seq = v.seq, prev_hash = v.prev, hash = v.hash, sealed_at = now()
      from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as v(id uuid, seq int8, prev text, hash text)
      where a.id = v.id`);

    if (opts.signer) await maybeAnchor(tx, opts.signer, seq, prev, opts.anchorEveryMs ?? 60_000);
    return rows.length;
  });
}

async function maybeAnchor(tx: Db, signer: AnchorSigner, seq: number, hash: string, everyMs: number) {
  const [last] = await queryRows<{ signed_at: Date | string }>(
    tx,
    sql`select signed_at from audit_anchor order by seq desc limit 1`,
  );
  const lastAt = last ? new Date(last.signed_at).getTime() : 0;
  if (Date.now() - lastAt < everyMs) return;
  const signedAt = new Date().toISOString();
  await tx.insert(auditAnchor).values({
    seq,
    hash,
    signature: signer.sign(anchorMessage(seq, hash, signedAt)),
    publicKey: signer.publicKeyPem,
    signedAt: new Date(signedAt),
  });
}
