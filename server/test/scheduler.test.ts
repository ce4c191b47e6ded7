// Scheduled jobs ride on the outbox: one `job.<name>` event per due run, published once however
// often or from however many replicas the scheduler ticks.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPostgres, type Database, type Db } from '../src/platform/db/database.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { nextRun, registerJobs, tickScheduler, type JobDefinition } from '../src/platform/jobs/scheduler.ts';
import { deliverDueEvents } from '../src/platform/outbox/deliver.ts';
import { EventHandlers } from '../src/platform/outbox/handlers.ts';
import { ON_POSTGRES, testDatabase, testDatabaseUrl } from './helpers.ts';

let database: Database;
let db: Db;

beforeAll(async () => {
  database = await testDatabase();
  db = database.db;
});
afterAll(() => database.close());
beforeEach(async () => {
  await db.execute(sql`delete from scheduled_job`);
  await db.execute(sql`delete from outbox_event`);
});

const HOUR = 3_600_000;

type JobRow = { name: string; schedule: string; next_run_at: Date; last_run_at: Date | null };
async function jobRow(name: string): Promise<JobRow | undefined> {
  const [row] = await queryRows<JobRow>(
    db,
    sql`select name, schedule, next_run_at, last_run_at from scheduled_job where name = ${name}`,
  );
  return (
    row && {
      ...row,
      next_run_at: new Date(row.next_run_at),
      last_run_at: row.last_run_at && new Date(row.last_run_at),
    }
  );
}

async function jobEvents(name: string) {
  return queryRows<{ id: string; payload: { job: string; scheduledFor: string } }>(
    db,
    sql`select id::text, payload from outbox_event where type = ${`job.${name}`} order by created_at, id`,
  );
}

function job(name: string, schedule: string, runs: unknown[] = []): JobDefinition {
  return { name, schedule, run: async (event) => void runs.push(event.payload) };
}

describe('nextRun', () => {
  it('reads cron expressions (with an optional seconds field) in China Standard Time, whatever the host zone', () => {
    expect(nextRun('0 0 3 * * *', new Date('2025-06-01T00:00:00Z')).toISOString()).toBe(
      '2025-06-01T19:00:00.000Z',
    );
    expect(nextRun('0 3 * * *', new Date('2025-06-01T00:00:00Z')).toISOString()).toBe(
      '2025-06-01T19:00:00.000Z',
    );
    // Strictly after: at 03:00 Shanghai the next 03:00 run is the day after.
    expect(nextRun('0 3 * * *', new Date('2025-06-01T19:00:00Z')).toISOString()).toBe(
      '2025-06-02T19:00:00.000Z',
    );
  });
});

describe('registerJobs', () => {
  it('creates the job row with its next run and registers the handler under job.<name>', async () => {
    const handlers = new EventHandlers();
    const before = Date.now();
    await registerJobs(db, handlers, [job('test.daily', '0 3 * * *')]);
    const row = await jobRow('test.daily');
    expect(row?.schedule).toBe('0 3 * * *');
    expect(row!.next_run_at.getTime()).toBeGreaterThan(before);
    expect(row!.next_run_at.getTime()).toBeLessThanOrEqual(before + 24 * HOUR);
    expect(row!.next_run_at.getUTCHours()).toBe(19); // 03:00 in Shanghai
    expect(handlers.for('job.test.daily')).toHaveLength(1);
  });

  it('takes over a changed schedule, and keeps next_run_at when the schedule did not change', async () => {
    await registerJobs(db, new EventHandlers(), [job('test.moving', '0 3 * * *')]);
    const far = new Date('2099-01-01T00:00:00Z');
    await db.execute(
      sql`update scheduled_job set next_run_at = ${far.toISOString()} where name = 'test.moving'`,
    );

    await registerJobs(db, new EventHandlers(), [job('test.moving', '0 3 * * *')]); // a restart
    expect((await jobRow('test.moving'))?.next_run_at.toISOString()).toBe(far.toISOString());

    await registerJobs(db, new EventHandlers(), [job('test.moving', '30 4 * * *')]); // a new release
    const row = await jobRow('test.moving');
    expect(row?.schedule).toBe('30 4 * * *');
    expect(row!.next_run_at.getTime()).toBeLessThan(far.getTime());
    expect(row!.next_run_at.getUTCHours() * 60 + row!.next_run_at.getUTCMinutes()).toBe(20 * 60 + 30); // 04:30 Shanghai
  });

  it.each(['not a cron', '61 * * * *', '0 0 31 2 *', '', '* * *', '0 3 * * * * *'])(
    'refuses the bad expression %j before writing anything, even after a good job in the same list',
    async (bad) => {
      const handlers = new EventHandlers();
      await expect(
        registerJobs(db, handlers, [job('test.good', '0 3 * * *'), job('test.bad', bad)]),
      ).rejects.toThrow();
      expect(await jobRow('test.good')).toBeUndefined();
      expect(await jobRow('test.bad')).toBeUndefined();
      expect(handlers.for('job.test.good')).toHaveLength(0);
    },
  );
});

describe('tickScheduler', () => {
  it('publishes a due job once, moves next_run_at on, and its handler runs once through the outbox', async () => {
    const runs: unknown[] = [];
    const handlers = new EventHandlers();
    await registerJobs(db, handlers, [job('test.hourly', '0 0 * * * *', runs)]);
    const due = (await jobRow('test.hourly'))!.next_run_at;

    expect(await tickScheduler(db, new Date(due.getTime() - 1))).toBe(0); // not yet
    expect(await jobEvents('test.hourly')).toEqual([]);

    expect(await tickScheduler(db, due)).toBe(1);
    expect(await tickScheduler(db, due)).toBe(0); // the same due time again
    const events = await jobEvents('test.hourly');
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toEqual({ job: 'test.hourly', scheduledFor: due.toISOString() });
    const row = await jobRow('test.hourly');
    expect(row?.last_run_at?.toISOString()).toBe(due.toISOString());
    expect(row?.next_run_at.toISOString()).toBe(new Date(due.getTime() + HOUR).toISOString());

    expect(await deliverDueEvents(db, handlers, { batchSize: 10, maxAttempts: 3 })).toBe(1);
    expect(await deliverDueEvents(db, handlers, { batchSize: 10, maxAttempts: 3 })).toBe(0);
    expect(runs).toEqual([{ job: 'test.hourly', scheduledFor: due.toISOString() }]);
  });

  it('publishes one run for the same due time even when the job row is ticked again (deterministic run id)', async () => {
    await registerJobs(db, new EventHandlers(), [job('test.replay', '0 0 * * * *')]);
    const due = (await jobRow('test.replay'))!.next_run_at;
    expect(await tickScheduler(db, due)).toBe(1);
    // A replica that read the row before the move (or a restored backup) publishes the same run again.
    await db.execute(
      sql`update scheduled_job set next_run_at = ${due.toISOString()} where name = 'test.replay'`,
    );
    expect(await tickScheduler(db, due)).toBe(1);
    const events = await jobEvents('test.replay');
    expect(events).toHaveLength(1);
    // A different due time is a different run.
    const later = (await jobRow('test.replay'))!.next_run_at;
    expect(await tickScheduler(db, later)).toBe(1);
    const both = await jobEvents('test.replay');
    expect(both).toHaveLength(2);
    expect(new Set(both.map((e) => e.id)).size).toBe(2);
  });

  it('collapses runs missed while the platform was down into one', async () => {
    await registerJobs(db, new EventHandlers(), [job('test.missed', '0 0 * * * *')]);
    const due = (await jobRow('test.missed'))!.next_run_at;
    const now = new Date(due.getTime() + 5 * HOUR + 60_000);
    expect(await tickScheduler(db, now)).toBe(1);
    expect(await jobEvents('test.missed')).toHaveLength(1);
    const next = (await jobRow('test.missed'))!.next_run_at;
    expect(next.getTime()).toBeGreaterThan(now.getTime());
    expect(next.getTime()).toBeLessThanOrEqual(now.getTime() + HOUR);
  });

  it('skips a disabled job', async () => {
    await registerJobs(db, new EventHandlers(), [job('test.disabled', '0 0 * * * *')]);
    await db.execute(sql`update scheduled_job set enabled = false where name = 'test.disabled'`);
    expect(await tickScheduler(db, new Date(Date.now() + 48 * HOUR))).toBe(0);
    expect(await jobEvents('test.disabled')).toEqual([]);
  });
});

describe.skipIf(!ON_POSTGRES)('two schedulers (PostgreSQL only: PGlite has one connection)', () => {
  it('publishes each run exactly once when two pools tick concurrently', async () => {
    const other = await openPostgres(testDatabaseUrl(database), 5);
    try {
      await registerJobs(db, new EventHandlers(), [job('test.contended', '0 0 * * * *')]);
      const first = (await jobRow('test.contended'))!.next_run_at.getTime();
      for (let round = 0; round < 25; round++) {
        const due = new Date(first + round * HOUR);
        await db.execute(
          sql`update scheduled_job set next_run_at = ${due.toISOString()} where name = 'test.contended'`,
        );
        const [a, b] = await Promise.all([tickScheduler(db, due), tickScheduler(other.db, due)]);
        expect(a + b, `round ${round}`).toBe(1);
      }
      expect(await jobEvents('test.contended')).toHaveLength(25);
    } finally {
      await other.close();
    }
  });

  it('skips, without waiting, a job row another replica is ticking', async () => {
    const other = await openPostgres(testDatabaseUrl(database), 5);
    try {
      await registerJobs(db, new EventHandlers(), [job('test.locked', '0 0 * * * *')]);
      const due = (await jobRow('test.locked'))!.next_run_at;
      await other.db.transaction(async (tx) => {
        await tx.execute(sql`select 1 from scheduled_job where name = 'test.locked' for update`);
        // Would block until the other transaction ends (a deadlock here) without SKIP LOCKED.
        expect(await tickScheduler(db, due)).toBe(0);
      });
      expect(await tickScheduler(db, due)).toBe(1);
      expect(await jobEvents('test.locked')).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});
