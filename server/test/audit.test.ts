// The audit log: plain inserts in the writer's transaction, an append-only table, a sealer that
// chains committed rows (SM3) and signs anchors (SM2), and a verifier that finds the first broken
// link after a malicious DBA bypassed the trigger.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/platform/audit/record.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { sealAuditLog } from '../src/platform/audit/seal.ts';
import { createAnchorSigner, loadAuditKey } from '../src/platform/audit/signer.ts';
import { verifyAuditChain } from '../src/platform/audit/verify.ts';
import { openPostgres, type Database, type Db } from '../src/platform/db/database.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { tickScheduler } from '../src/platform/jobs/scheduler.ts';
import { deliverDueEvents } from '../src/platform/outbox/deliver.ts';
import { ADMIN, ON_POSTGRES, testDatabase, testDatabaseUrl, testPlatform } from './helpers.ts';
import { STAFF, chain, emptyAuditLog, keys, refused, sealAll, signer, writeRows } from './audit-fixtures.ts';

describe('recording and sealing', () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await testDatabase();
    db = database.db;
    await emptyAuditLog(db);
  });
  afterAll(() => database.close());

  it("writes the row in the caller's transaction, unsealed, and nothing when it rolls back", async () => {
    await writeRows(db, 1, 'first');
    const [row] = await db.select().from(auditLog);
    expect(row).toMatchObject({
      actorType: 'staff',
      actorId: 'staff-7',
      onBehalfOfType: 'agency',
      onBehalfOfId: 'tj-zwfwb',
      dataSubjectType: 'person',
      dataSubjectId: 'p-0',
      action: 'person.read',
      resourceType: 'case',
      resourceId: 'case-first-0',
      purpose: 'first 0',
      origin: '10.0.0.8',
      requestId: 'req-00000001',
      seq: null,
      hash: null,
      sealedAt: null,
    });
    expect(row?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/); // UUIDv7

    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, STAFF, { action: 'person.read', purpose: 'rolled back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.select().from(auditLog)).toHaveLength(1);
  });

  it('chains the rows in order with SM3 links, signs an anchor, and verifies', async () => {
    await writeRows(db, 4, 'batch');
    expect(await sealAuditLog(db, { signer, anchorEveryMs: 0 })).toBe(5);
    const links = await chain(db);
    expect(links.map((l) => l.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(links.map((l) => l.purpose)).toEqual(['first 0', 'batch 0', 'batch 1', 'batch 2', 'batch 3']);
    expect(links[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < links.length; i++) expect(links[i]!.prev_hash).toBe(links[i - 1]!.hash);
    expect(links.every((l) => /^[0-9a-f]{64}$/.test(l.hash) && l.sealed)).toBe(true);

    const anchors = await queryRows<{ seq: number; hash: string; public_key: string }>(
      db,
      sql`select seq::int as seq, hash, public_key from audit_anchor`,
    );
    expect(anchors).toEqual([{ seq: 5, hash: links[4]!.hash, public_key: keys.publicKeyPem }]);

    expect(await verifyAuditChain(db, keys.publicKeyPem)).toEqual({
      ok: true,
      chained: 5,
      unsealed: 0,
      anchorsChecked: 1,
    });
    expect(await sealAuditLog(db, { signer, anchorEveryMs: 0 })).toBe(0); // nothing left: no new anchor either
    expect(await queryRows(db, sql`select seq from audit_anchor`)).toHaveLength(1);
  });

  it('seals in batches, anchors no more often than asked, and reports unsealed rows', async () => {
    await writeRows(db, 5, 'more');
    expect((await verifyAuditChain(db, keys.publicKeyPem)).unsealed).toBe(5);
    // The last anchor is fresh: an hourly anchor is not due yet.
    expect(await sealAll(db, { signer, batchSize: 2, anchorEveryMs: 3_600_000 })).toBe(5);
    expect(await queryRows(db, sql`select seq from audit_anchor`)).toHaveLength(1);
    await writeRows(db, 4, 'again');
    expect(await sealAll(db, { signer, batchSize: 2, anchorEveryMs: 0 })).toBe(4);
    const anchorSeqs = (
      await queryRows<{ seq: number }>(db, sql`select seq::int as seq from audit_anchor order by seq`)
    ).map((a) => a.seq);
    expect(anchorSeqs).toEqual([5, 12, 14]);
    expect(await verifyAuditChain(db, keys.publicKeyPem, 3)).toEqual({
      ok: true,
      chained: 14,
      unsealed: 0,
      anchorsChecked: 3,
    });
  });

  it('chains a row committed late by a transaction that began earlier', async () => {
    // On one connection a late commit is simulated by a row whose occurred_at lies before
    // rows already sealed (on PostgreSQL the real interleaving is tested below).
    await db.insert(auditLog).values({
      id: '0190c6a0-0000-7000-8000-0000000000aa',
      occurredAt: new Date(Date.now() - 3_600_000),
      actorType: 'system',
      actorId: 'tongban',
      action: 'late.commit',
      purpose: 'began earlier',
    });
    expect(await sealAll(db, { signer, anchorEveryMs: 0 })).toBe(1);
    const late = (await chain(db)).find((l) => l.purpose === 'began earlier');
    expect(late?.seq).toBe(15);
    expect(await verifyAuditChain(db, keys.publicKeyPem)).toMatchObject({
      ok: true,
      chained: 15,
      unsealed: 0,
    });
  });

  describe('the append-only trigger', () => {
    it('refuses to change any recorded field of a row, sealed or not', async () => {
      expect(await refused(db.execute(sql`update audit_log set purpose = 'harmless' where seq = 2`))).toMatch(
        /cannot be changed/,
      );
      await writeRows(db, 1, 'unsealed');
      expect(await refused(db.execute(sql`update audit_log set purpose = 'x' where seq is null`))).toMatch(
        /cannot be changed/,
      );
      expect(
        await refused(db.execute(sql`update audit_log set detail = '{"i": 99}' where seq is null`)),
      ).toMatch(/cannot be changed/);
      expect(
        await refused(
          db.execute(sql`update audit_log set occurred_at = now() - interval '1 day' where seq is null`),
        ),
      ).toMatch(/cannot be changed/);
    });

    it('refuses to re-chain a sealed row', async () => {
      expect(
        await refused(db.execute(sql`update audit_log set hash = repeat('0', 64) where seq = 3`)),
      ).toMatch(/cannot be changed/);
      expect(await refused(db.execute(sql`update audit_log set seq = 99 where seq = 3`))).toMatch(
        /cannot be changed/,
      );
    });

    it("lets the chain columns of an unsealed row be set once (the sealer's update)", async () => {
      await expect(
        db.transaction(async (tx) => {
          await tx.execute(
            sql`update audit_log set seq = 1000, prev_hash = 'p', hash = 'h', sealed_at = now() where seq is null`,
          );
          throw new Error('undo');
        }),
      ).rejects.toThrow('undo');
    });

    it('refuses DELETE and TRUNCATE', async () => {
      expect(await refused(db.execute(sql`delete from audit_log where seq = 4`))).toMatch(/append-only/);
      expect(await refused(db.execute(sql`delete from audit_log where seq is null`))).toMatch(/append-only/);
      expect(await refused(db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
      expect(await refused(db.execute(sql`truncate audit_anchor`))).toMatch(/append-only/);
      expect(await refused(db.execute(sql`delete from audit_anchor`))).toMatch(/append-only/);
      expect(await refused(db.execute(sql`update audit_anchor set signature = 'x'`))).toMatch(/append-only/);
    });

    it('leaves the chain intact after all those attempts', async () => {
      expect(await verifyAuditChain(db, keys.publicKeyPem)).toMatchObject({
        ok: true,
        chained: 15,
        unsealed: 1,
      });
    });
  });
});

describe('the audit.seal job', () => {
  it('seals the rows written through the API with the platform key', async () => {
    const p = await testPlatform();
    try {
      // The demo data's own events (the demo case's license) first, so only the API's row is new.
      while ((await deliverDueEvents(p.database.db, p.handlers, { batchSize: 20, maxAttempts: 3 })) > 0);
      await emptyAuditLog(p.database.db);
      const res = await p.app.inject({
        method: 'PUT',
        url: '/api/v1/calendar/days/2030-01-02',
        headers: { ...ADMIN, 'content-type': 'application/json', 'x-request-id': 'audit-job-0001' },
        payload: JSON.stringify({ kind: 'rest', name: '测试', reason: 'audit job test' }),
      });
      expect(res.statusCode).toBe(200);
      expect((await verifyAuditChain(p.database.db)).unsealed).toBe(1);

      await tickScheduler(p.database.db, new Date(Date.now() + 60_000));
      while ((await deliverDueEvents(p.database.db, p.handlers, { batchSize: 20, maxAttempts: 3 })) > 0);

      const platformKey = createAnchorSigner(loadAuditKey(p.config)).publicKeyPem;
      expect(await verifyAuditChain(p.database.db, platformKey)).toEqual({
        ok: true,
        chained: 1,
        unsealed: 0,
        anchorsChecked: 1,
      });
      const [row] = await queryRows<{ request_id: string; action: string }>(
        p.database.db,
        sql`select request_id, action from audit_log where seq = 1`,
      );
      expect(row).toEqual({ request_id: 'audit-job-0001', action: 'calendar.day.amend' });
    } finally {
      await p.dispose();
    }
  });
});

describe.skipIf(!ON_POSTGRES)('concurrency (PostgreSQL only: PGlite has one connection)', () => {
  let database: Database;
  let other: Database;
  beforeAll(async () => {
    database = await testDatabase();
    await emptyAuditLog(database.db);
    other = await openPostgres(testDatabaseUrl(database), 5);
  });
  afterAll(async () => {
    await other.close();
    await database.close();
  });

  it('chains a row whose transaction began before, and committed after, rows already sealed', async () => {
    const db = database.db;
    let commitLate!: () => void;
    const late = new Promise<void>((resolve) => (commitLate = resolve));
    let inserted!: () => void;
    const begun = new Promise<void>((resolve) => (inserted = resolve));
    const slow = other.db.transaction(async (tx) => {
      await recordAudit(tx, STAFF, { action: 'late.commit', purpose: 'began first' });
      inserted();
      await late;
    });
    await begun;
    await writeRows(db, 2, 'quick');
    expect(await sealAll(db, { signer, anchorEveryMs: 0 })).toBe(2); // the open transaction's row is invisible
    commitLate();
    await slow;
    expect(await sealAll(db, { signer, anchorEveryMs: 0 })).toBe(1);
    const links = await chain(db);
    expect(links.map((l) => l.purpose)).toEqual(['quick 0', 'quick 1', 'began first']);
    const [order] = await queryRows<{ earlier: boolean }>(
      db,
      sql`select (select occurred_at from audit_log where seq = 3) < (select occurred_at from audit_log where seq = 1) as earlier`,
    );
    expect(order?.earlier).toBe(true);
    expect(await verifyAuditChain(db, keys.publicKeyPem)).toMatchObject({
      ok: true,
      chained: 3,
      unsealed: 0,
    });
  });

  it('two sealers on two pools, racing writers, never produce a duplicate seq or a broken chain', async () => {
    const db = database.db;
    const before = (await verifyAuditChain(db)).chained;
    await writeRows(db, 150, 'pre');
    const writers = Promise.all([writeRows(db, 60, 'during-a'), writeRows(other.db, 60, 'during-b')]);
    const sealers = Promise.all([
      sealAll(db, { signer, batchSize: 7, anchorEveryMs: 0 }),
      sealAll(other.db, { signer, batchSize: 5, anchorEveryMs: 0 }),
    ]);
    await writers;
    const [a, b] = await sealers;
    const rest = await sealAll(db, { signer, batchSize: 50, anchorEveryMs: 0 });
    expect(a + b + rest).toBe(270);
    const [counts] = await queryRows<{ n: number; distinct_seq: number; max_seq: number; unsealed: number }>(
      db,
      sql`select count(*)::int as n, count(distinct seq)::int as distinct_seq, max(seq)::int as max_seq,
                 count(*) filter (where seq is null)::int as unsealed from audit_log`,
    );
    expect(counts).toEqual({
      n: before + 270,
      distinct_seq: before + 270,
      max_seq: before + 270,
      unsealed: 0,
    });
    expect(await verifyAuditChain(db, keys.publicKeyPem, 64)).toMatchObject({
      ok: true,
      chained: before + 270,
    });
  });
});
