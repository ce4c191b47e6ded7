// Two server replicas with workers on one PostgreSQL database and one shared data directory (the
// stored files and the platform keys, as replicas behind a load balancer share a volume): a
// submission load spread over both gets unique case numbers, every event is handled once (each
// case's SMS is sent once across both replicas' logs) and each scheduled run is published and
// delivered once although both replicas tick every second.
import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/platform/db/database.ts';
import { verifyAuditChain } from '../src/platform/audit/verify.ts';
import { login, RESIDENCE_SQL, residenceReissueBody, type Citizen } from './citizen.ts';
import {
  createThrowawayDatabase,
  startServer,
  tempDataDir,
  type ServerProcess,
  type ThrowawayDatabase,
} from './harness.ts';
import { casesSince, outboxDrained, sleep, submissionLoad, smsLinesFor, waitFor } from './load.ts';
import { assertRollupMatchesRecount, assertSubmissionEffects } from './outbox-checks.ts';

let db: ThrowawayDatabase;
let data: ReturnType<typeof tempDataDir>;
const replicas: ServerProcess[] = [];
let citizen: Citizen;
let body: Record<string, unknown>;
/** When complaints.supervise was switched to every 2 seconds (both replicas running). */
let jobsFrom: Date;

const FAST_JOB = 'complaints.supervise';

beforeAll(async () => {
  db = await createThrowawayDatabase();
  data = tempDataDir('replicas');
  const opts = { databaseUrl: db.url, dataDir: data.dir, workers: true, logLevel: 'info' as const };
  // The first replica migrates and seeds; the second starts on the ready database.
  replicas.push(await startServer({ ...opts, seedDemo: true, name: 'replica-a' }));
  replicas.push(await startServer({ ...opts, seedDemo: false, name: 'replica-b' }));
  // registerJobs writes the code's schedules at start; the scheduler reads the row's schedule at
  // every tick, so a faster schedule set now holds until the next start.
  await db.pool.query(
    `update scheduled_job set schedule = '*/2 * * * * *', next_run_at = now() where name = $1`,
    [FAST_JOB],
  );
  jobsFrom = new Date();
  citizen = await login(replicas[0]!.baseUrl, 'zhangsan');
  const code = (await db.pool.query<{ code: string }>(RESIDENCE_SQL)).rows[0]!.code;
  body = await residenceReissueBody(citizen, replicas[1]!.baseUrl, code);
}, 150_000);

afterAll(async () => {
  await Promise.all(replicas.map((s) => s.kill9()));
  await db?.drop();
  data?.remove();
});

describe('two replicas with workers on one database', () => {
  it('numbers every case once and handles every event once', async () => {
    const since = new Date();
    const targets = replicas.map((r) => r.baseUrl);
    const load = submissionLoad({
      citizen,
      targets,
      body,
      clients: 16,
      keyPrefix: 'rr',
      total: 200,
      deadlineMs: 90_000,
    });
    const { attempts } = await load.done;
    expect(attempts.filter((a) => a.status !== 201)).toEqual([]);
    expect(attempts.length).toBe(200);
    for (const t of targets) expect(attempts.filter((a) => a.target === t).length).toBe(100);

    const cases = await casesSince(db.pool, since);
    expect(cases.length).toBe(200);
    const numbers = cases.map((c) => c.caseNumber);
    expect(numbers.every((n) => typeof n === 'string' && /^\d{24}$/.test(n))).toBe(true);
    // Numbers come from one sequence: unique across replicas; gaps (rolled-back numbers) allowed.
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(new Set(attempts.map((a) => a.caseNumber))).toEqual(new Set(numbers));
    const unique = await db.pool.query(
      `select 1 from pg_constraint where conrelid = 'service_case'::regclass and contype = 'u'
       and conkey = array[(select attnum from pg_attribute where attrelid = 'service_case'::regclass and attname = 'case_number')]::int2[]`,
    );
    expect(unique.rowCount).toBe(1);

    await outboxDrained(db.pool, 90_000);
    // Each case's SMS leaves exactly once — the log adapter is an effect outside the database
    // that a second delivery by the other replica could not roll back — and both replicas' workers
    // took part.
    await assertSubmissionEffects(
      db.pool,
      cases,
      replicas.flatMap((r) => r.lines),
      { smsAtMostOnce: true },
    );
    const sentBy = replicas.map((r) => cases.filter((c) => smsLinesFor(r.lines, c.caseNumber!) > 0).length);
    console.info(`replicas: SMS sent by replica a ${sentBy[0]}, by replica b ${sentBy[1]}`);
    expect(sentBy[0]! + sentBy[1]!).toBe(cases.length);
    for (const n of sentBy) expect(n).toBeGreaterThan(0);

    const retried = await db.pool.query<{ type: string; status: string; attempts: number; n: number }>(
      `select type, status, attempts, count(*)::int as n from outbox_event
       where created_at >= $1 and type not like 'job.%' and (status <> 'done' or attempts <> 1) group by 1, 2, 3`,
      [since],
    );
    const failures = replicas.flatMap((r) => r.lines.filter((l) => l.includes('event handler failed')));
    expect(retried.rows, failures.slice(0, 5).join('\n')).toEqual([]);
    await assertRollupMatchesRecount(db.pool);
    const chain = await verifyAuditChain(drizzle({ client: db.pool }) as unknown as Db);
    expect(chain).toMatchObject({ ok: true });
  });

  it('publishes and delivers each scheduled run once per tick', async () => {
    // Both replicas tick every second; watch a minute of runs of the 2 s and the 5 s jobs.
    const windowMs = 60_000;
    const wait = jobsFrom.getTime() + windowMs - Date.now();
    if (wait > 0) await sleep(wait);
    const to = new Date(Date.now() - 3_000);
    for (const r of replicas) expect(r.child.exitCode).toBeNull();
    await waitFor(
      'the runs of the window to be delivered',
      async () =>
        (
          await db.pool.query(
            `select 1 from outbox_event where type like 'job.%' and status <> 'done'
             and (payload->>'scheduledFor')::timestamptz <= $1`,
            [to],
          )
        ).rowCount === 0,
      30_000,
    );
    for (const [job, everyMs] of [
      [FAST_JOB, 2_000],
      ['audit.seal', 5_000],
    ] as const) {
      const runs = await db.pool.query<{ at: Date; status: string; attempts: number }>(
        `select (payload->>'scheduledFor')::timestamptz as at, status, attempts from outbox_event
         where type = $1 and (payload->>'scheduledFor')::timestamptz > $2
         and (payload->>'scheduledFor')::timestamptz <= $3 order by 1`,
        [`job.${job}`, jobsFrom, to],
      );
      const times = runs.rows.map((r) => r.at.getTime());
      const expected = Math.floor((to.getTime() - jobsFrom.getTime()) / everyMs);
      console.info(`replicas: ${job} ran ${times.length} times in ${expected} ticks`);
      expect(new Set(times).size).toBe(times.length);
      // On the schedule's boundaries, never two runs for one tick.
      for (const t of times) expect(t % everyMs).toBe(0);
      expect(times.length).toBeLessThanOrEqual(expected + 1);
      // Ticks are missed only when no replica got the CPU for a whole period.
      expect(times.length).toBeGreaterThanOrEqual(Math.floor(expected * 0.7));
      expect(runs.rows.filter((r) => r.status !== 'done' || r.attempts !== 1)).toEqual([]);
    }
  });
});
