// Shared fixtures of the audit tests: a signing key, an actor, rows written one transaction each,
// sealing to the end, the chain as stored, and a DBA who switched the append-only trigger off.
import { sql } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../src/platform/audit/record.ts';
import { sealAuditLog, type SealOptions } from '../src/platform/audit/seal.ts';
import { createAnchorSigner } from '../src/platform/audit/signer.ts';
import { generateSm2KeyPair } from '../src/platform/crypto/sm2.ts';
import type { Db } from '../src/platform/db/database.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { errorChain } from './helpers.ts';

export const keys = generateSm2KeyPair();
export const signer = createAnchorSigner(keys.privateKeyPem);
export const STAFF: AuditActor = {
  type: 'staff',
  id: 'staff-7',
  onBehalfOf: { type: 'agency', id: 'tj-zwfwb' },
  origin: '10.0.0.8',
  requestId: 'req-00000001',
};

export async function writeRows(db: Db, n: number, tag: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    await db.transaction((tx) =>
      recordAudit(tx, STAFF, {
        action: 'person.read',
        purpose: `${tag} ${i}`,
        resource: { type: 'case', id: `case-${tag}-${i}` },
        dataSubject: { type: 'person', id: `p-${i}` },
        detail: { i, fields: ['name', 'idNumber'], nested: { ok: true, n: 1.5 } },
      }),
    );
  }
}

export async function sealAll(db: Db, opts: SealOptions = {}): Promise<number> {
  let total = 0;
  for (let round = 0; round < 1000; round++) {
    const n = await sealAuditLog(db, opts);
    if (n === 0) return total;
    total += n;
  }
  throw new Error('the sealer never finished');
}

export type Link = {
  seq: number;
  id: string;
  prev_hash: string;
  hash: string;
  purpose: string;
  sealed: boolean;
};
export async function chain(db: Db): Promise<Link[]> {
  return queryRows<Link>(
    db,
    sql`select seq::int as seq, id::text, prev_hash, hash, purpose, sealed_at is not null as sealed from audit_log where seq is not null order by seq`,
  );
}

/** Runs `work` as a DBA who switched the append-only trigger off (two ways of doing it). */
export async function asDba(
  db: Db,
  how: 'disable-trigger' | 'replica-role',
  work: (tx: Db) => Promise<unknown>,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (how === 'disable-trigger')
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    else await tx.execute(sql`set local session_replication_role = replica`);
    await work(tx);
    if (how === 'disable-trigger')
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
}

export async function refused(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return errorChain(e);
  }
  throw new Error('the statement was not refused');
}

/**
 * The template's demo data writes audit rows (seals made, licenses issued, the demo case). These
 * tests count and chain rows from the first one, as on a fresh installation, so they start from
 * an empty log: a DBA-level truncate with the append-only triggers switched off for the moment.
 */
export async function emptyAuditLog(db: Db): Promise<void> {
  await db.execute(sql`alter table audit_log disable trigger user`);
  await db.execute(sql`truncate audit_log`);
  await db.execute(sql`alter table audit_log enable trigger user`);
}
