// kill -9 of the server under a submission load and while its outbox worker delivers: after a
// restart every acknowledged submission exists once, a retry with its Idempotency-Key gets the
// original case, no event is lost and each event's effects happened once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, RESIDENCE_SQL, residenceReissueBody, type Citizen } from './citizen.ts';
import {
  createThrowawayDatabase,
  freePort,
  spawnServer,
  startServer,
  tempDataDir,
  type ServerOptions,
  type ServerProcess,
  type ThrowawayDatabase,
} from './harness.ts';
import { assertRollupMatchesRecount, assertSubmissionEffects } from './outbox-checks.ts';
import { casesSince, count, keyedCases, outboxDrained, sleep, submissionLoad, type Attempt } from './load.ts';

let db: ThrowawayDatabase;
let data: ReturnType<typeof tempDataDir>;
const servers: ServerProcess[] = [];
let citizen: Citizen;
let body: Record<string, unknown>;
let options: ServerOptions;

const start = async (workers: boolean) => {
  const s = await startServer({ ...options, workers });
  servers.push(s);
  return s;
};
const allLines = () => servers.flatMap((s) => s.lines);

beforeAll(async () => {
  db = await createThrowawayDatabase();
  data = tempDataDir('crash');
  options = { databaseUrl: db.url, dataDir: data.dir, workers: true, seedDemo: true, logLevel: 'info' };
  const first = await start(true);
  citizen = await login(first.baseUrl, 'zhangsan');
  const code = (await db.pool.query<{ code: string }>(RESIDENCE_SQL)).rows[0]!.code;
  body = await residenceReissueBody(citizen, first.baseUrl, code);
}, 150_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.kill9()));
  await db?.drop();
  data?.remove();
});

/** Every key maps to at most one case and every case of the load to exactly one key. */
async function assertOneCasePerKey(prefix: string, since: Date) {
  const keyed = await keyedCases(db.pool, prefix);
  const cases = await casesSince(db.pool, since);
  const keyedIds = [...keyed.values()].map((k) => k.caseId);
  expect(new Set(keyedIds).size).toBe(keyedIds.length);
  expect(new Set(keyedIds)).toEqual(new Set(cases.map((c) => c.id)));
  // A crash mid-transaction leaves nothing half-done: no draft, no case without its number.
  expect(cases.filter((c) => c.status !== 'submitted' || !c.caseNumber)).toEqual([]);
  expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(cases.length);
  return { keyed, cases };
}

describe('kill -9 during a submission load', () => {
  it('keeps every acknowledged submission once; retries get the original case; no event lost', async () => {
    const since = new Date();
    let victim = servers[0]!;
    const load = submissionLoad({
      citizen,
      targets: [victim.baseUrl],
      body,
      clients: 12,
      keyPrefix: 'crash',
      total: 400,
      deadlineMs: 60_000,
      onAck: (n) => {
        if (n === 40) {
          load.stop();
          victim.child.kill('SIGKILL');
        }
      },
    });
    const { attempts, inFlightAtStop } = await load.done;
    await victim.exited;
    const acked = attempts.filter((a) => a.status === 201);
    const unacked = attempts.filter((a) => a.status === undefined);
    console.info(
      `crash: ${attempts.length} sent, ${acked.length} acknowledged, ${unacked.length} unanswered, ${inFlightAtStop} in flight at the kill`,
    );
    expect(acked.length).toBeGreaterThanOrEqual(40);
    expect(attempts.filter((a) => a.status !== undefined && a.status !== 201)).toEqual([]);
    expect(unacked.length).toBeGreaterThan(0); // the kill really hit requests in flight

    victim = await start(true);
    const { keyed, cases } = await assertOneCasePerKey('crash', since);
    const byId = new Map(cases.map((c) => [c.id, c]));
    for (const a of acked) {
      expect(keyed.get(a.key)).toEqual({ key: a.key, statusCode: 201, caseId: a.caseId });
      expect(byId.get(a.caseId!)).toEqual({ id: a.caseId, caseNumber: a.caseNumber, status: 'submitted' });
    }
    const committedUnacked = unacked.filter((a) => keyed.has(a.key)).length;
    console.info(`crash: ${committedUnacked} of the unanswered requests had committed`);

    // Clients retry everything with their keys: the acknowledged and committed ones get their case back.
    const before = new Map(keyed);
    const retried: Attempt[] = [];
    for (const a of attempts) {
      const r = await citizen.req(victim.baseUrl, 'POST', '/api/v1/cases', body, {
        'idempotency-key': a.key,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      retried.push({ ...a, status: r.status, caseId: r.body.id, caseNumber: r.body.caseNumber });
    }
    for (const r of retried) {
      const original = before.get(r.key)?.caseId;
      if (original) expect(r.caseId).toBe(original);
    }
    const after = await assertOneCasePerKey('crash', since);
    expect(after.keyed.size).toBe(attempts.length);

    await outboxDrained(db.pool, 60_000);
    const { smsDuplicates } = await assertSubmissionEffects(db.pool, after.cases, allLines(), {
      smsAtMostOnce: false,
    });
    // An SMS leaves the process before its delivery commits: a kill between the two sends it
    // again after the restart — at most the one batch (20 events) the worker held.
    expect(smsDuplicates).toBeLessThanOrEqual(20);
    await assertRollupMatchesRecount(db.pool);
  });
});

describe('kill -9 while the outbox worker delivers', () => {
  it('delivers every pending event after a restart, each committed once', async () => {
    const since = new Date();
    await Promise.all(servers.map((s) => s.kill9()));
    // Without workers the submissions' events pile up in the outbox.
    const quiet = await start(false);
    const load = submissionLoad({
      citizen,
      targets: [quiet.baseUrl],
      body,
      clients: 8,
      keyPrefix: 'backlog',
      total: 150,
      deadlineMs: 90_000,
    });
    const { attempts } = await load.done;
    expect(attempts.filter((a) => a.status !== 201)).toEqual([]);
    await quiet.stop();
    const pendingBefore = await count(
      db.pool,
      `select 1 from outbox_event where status = 'pending' and type not like 'job.%'`,
    );
    expect(pendingBefore).toBeGreaterThanOrEqual(3 * attempts.length);

    // A worker process starts delivering; kill it once some but not all events are done.
    const worker = spawnServer({ ...options, workers: true }, await freePort());
    servers.push(worker);
    const deadline = Date.now() + 90_000;
    let doneAtKill = 0;
    while (Date.now() < deadline) {
      doneAtKill = await count(
        db.pool,
        `select 1 from outbox_event where status = 'done' and created_at >= $1`,
        [since],
      );
      if (doneAtKill >= 40) break;
      await sleep(20);
    }
    await worker.kill9();
    const pendingAtKill = await count(
      db.pool,
      `select 1 from outbox_event where status = 'pending' and type not like 'job.%'`,
    );
    console.info(
      `delivery crash: ${pendingBefore} pending before, ${doneAtKill}+ done and ${pendingAtKill} pending at the kill`,
    );
    expect(doneAtKill).toBeGreaterThanOrEqual(40);
    expect(pendingAtKill).toBeGreaterThan(0);

    await start(true);
    await outboxDrained(db.pool, 90_000);
    const cases = (await casesSince(db.pool, since)).filter((c) => c.status === 'submitted');
    expect(cases.length).toBe(attempts.length);
    const { smsDuplicates } = await assertSubmissionEffects(db.pool, cases, allLines(), {
      smsAtMostOnce: false,
    });
    console.info(`delivery crash: ${smsDuplicates} SMS sent again after the restart`);
    expect(smsDuplicates).toBeLessThanOrEqual(20);
    // A killed delivery transaction rolls back whole, its attempt with it: every event of the
    // backlog was committed done on its first counted attempt.
    const r = await db.pool.query<{ status: string; attempts: number; n: number }>(
      `select status, attempts, count(*)::int as n from outbox_event
       where created_at >= $1 and type not like 'job.%' group by 1, 2`,
      [since],
    );
    expect(r.rows.map((x) => [x.status, x.attempts])).toEqual([['done', 1]]);
    await assertRollupMatchesRecount(db.pool);
  });
});
