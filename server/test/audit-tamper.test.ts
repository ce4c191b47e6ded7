// The audit chain after a malicious DBA bypassed the append-only trigger: the verifier names the
// first broken link — an altered row, a deleted row, an edited or foreign anchor, a cut-off tail.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { linkHash, type ChainRow } from '../src/platform/audit/chain.ts';
import { createAnchorSigner } from '../src/platform/audit/signer.ts';
import { verifyAuditChain } from '../src/platform/audit/verify.ts';
import { generateSm2KeyPair } from '../src/platform/crypto/sm2.ts';
import type { Database, Db } from '../src/platform/db/database.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { testDatabase } from './helpers.ts';
import { CHAIN_COLUMNS } from '../src/platform/audit/chain.ts';
import { asDba, chain, emptyAuditLog, keys, refused, sealAll, signer, writeRows } from './audit-fixtures.ts';

describe('tampering is detected', () => {
  // Twelve sealed rows, anchors over seq 3, 6, 9 and 12 (two digits matter: seq is a number,
  // not text); every test gets its own database to break.
  async function sealedDatabase(): Promise<Database> {
    const database = await testDatabase();
    await emptyAuditLog(database.db);
    await writeRows(database.db, 12, 'row');
    expect(await sealAll(database.db, { signer, batchSize: 3, anchorEveryMs: 0 })).toBe(12);
    expect(await verifyAuditChain(database.db, keys.publicKeyPem)).toEqual({
      ok: true,
      chained: 12,
      unsealed: 0,
      anchorsChecked: 4,
    });
    return database;
  }

  async function withSealed(test: (db: Db) => Promise<void>): Promise<void> {
    const database = await sealedDatabase();
    try {
      await test(database.db);
    } finally {
      await database.close();
    }
  }

  it("an altered purpose breaks that row's link", () =>
    withSealed(async (db) => {
      await asDba(db, 'disable-trigger', (tx) =>
        tx.execute(sql`update audit_log set purpose = 'routine check' where seq = 4`),
      );
      const result = await verifyAuditChain(db, keys.publicKeyPem);
      expect(result).toMatchObject({
        ok: false,
        chained: 3,
        firstBroken: { seq: 4, reason: expect.stringMatching(/content/) },
      });
      expect(result.firstBroken?.id).toBe((await chain(db))[3]!.id);
      // The trigger is back on afterwards.
      expect(await refused(db.execute(sql`update audit_log set purpose = 'again' where seq = 4`))).toMatch(
        /cannot be changed/,
      );
    }));

  it('a deleted middle row is reported missing', () =>
    withSealed(async (db) => {
      await asDba(db, 'replica-role', (tx) => tx.execute(sql`delete from audit_log where seq = 2`));
      expect(await verifyAuditChain(db, keys.publicKeyPem)).toMatchObject({
        ok: false,
        chained: 1,
        firstBroken: { seq: 2, reason: expect.stringMatching(/missing/) },
      });
    }));

  it('an edited anchor signature fails at the anchor', () =>
    withSealed(async (db) => {
      const [anchor] = await queryRows<{ signature: string }>(
        db,
        sql`select signature from audit_anchor where seq = 3`,
      );
      const bytes = Buffer.from(anchor!.signature, 'base64');
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0x01, bytes.length - 1);
      await asDba(db, 'replica-role', (tx) =>
        tx.execute(sql`update audit_anchor set signature = ${bytes.toString('base64')} where seq = 3`),
      );
      expect(await verifyAuditChain(db, keys.publicKeyPem)).toMatchObject({
        ok: false,
        chained: 3,
        anchorsChecked: 0,
        firstBroken: { seq: 3, reason: expect.stringMatching(/anchor/) },
      });
    }));

  it('cut-off trailing rows are caught by the anchor that covered them', () =>
    withSealed(async (db) => {
      await asDba(db, 'disable-trigger', (tx) => tx.execute(sql`delete from audit_log where seq > 10`));
      expect(await verifyAuditChain(db, keys.publicKeyPem)).toMatchObject({
        ok: false,
        chained: 10,
        anchorsChecked: 3,
        firstBroken: { seq: 12, reason: expect.stringMatching(/truncated/) },
      });
    }));

  it('a rewritten row with a recomputed chain is caught by the signed anchor', () =>
    withSealed(async (db) => {
      await asDba(db, 'replica-role', async (tx) => {
        await tx.execute(sql`update audit_log set purpose = 'nothing to see' where seq = 2`);
        const rows = await queryRows<ChainRow>(
          tx,
          sql`select ${CHAIN_COLUMNS} from audit_log order by audit_log.seq`,
        );
        let prev = '0'.repeat(64);
        for (const row of rows) {
          const hash = linkHash(prev, Number(row.seq), row);
          await tx.execute(
            sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${row.id}`,
          );
          prev = hash;
        }
      });
      expect(await verifyAuditChain(db, keys.publicKeyPem)).toMatchObject({
        ok: false,
        chained: 3,
        firstBroken: { seq: 3, reason: expect.stringMatching(/anchor/) },
      });
    }));

  it('an anchor re-signed with another key passes only when no trusted key is given', () =>
    withSealed(async (db) => {
      const intruder = generateSm2KeyPair();
      const fake = createAnchorSigner(intruder.privateKeyPem);
      const [a] = await queryRows<{ hash: string; signed_at: Date | string }>(
        db,
        sql`select hash, signed_at from audit_anchor where seq = 3`,
      );
      const message = `tongban-audit-anchor:3:${a!.hash}:${new Date(a!.signed_at).toISOString()}`;
      await asDba(db, 'replica-role', (tx) =>
        tx.execute(
          sql`update audit_anchor set signature = ${fake.sign(message)}, public_key = ${fake.publicKeyPem} where seq = 3`,
        ),
      );
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, anchorsChecked: 4 });
      expect(await verifyAuditChain(db, keys.publicKeyPem)).toMatchObject({
        ok: false,
        firstBroken: { seq: 3, reason: expect.stringMatching(/anchor/) },
      });
    }));
});
