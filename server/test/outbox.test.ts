// The transactional outbox on a real database: an event exists exactly when its transaction
// committed, is delivered once, retried with backoff, dead-lettered, and its handler's writes
// commit or roll back with the delivery.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPostgres, type Database, type Db } from '../src/platform/db/database.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { deliverDueEvents, type DeliveryOptions } from '../src/platform/outbox/deliver.ts';
import { EventHandlers, type EventHandler } from '../src/platform/outbox/handlers.ts';
import { publish } from '../src/platform/outbox/publish.ts';
import { ON_POSTGRES, testDatabase, testDatabaseUrl } from './helpers.ts';

let database: Database;
let db: Db;

beforeAll(async () => {
  database = await testDatabase();
  db = database.db;
  await db.execute(
    sql`create table test_effect (event_id uuid primary key, worker text not null default '')`,
  );
});
afterAll(() => database.close());

// Every test starts from an empty outbox, so a claimed count means this test's events.
beforeEach(async () => {
  await db.execute(sql`delete from outbox_event`);
  await db.execute(sql`delete from test_effect`);
});

const OPTS: DeliveryOptions = { batchSize: 50, maxAttempts: 3 };

/** Delivers until nothing is due (bounded). Returns the number of events claimed in total. */
async function drain(
  handlers: EventHandlers,
  target: Db = db,
  opts: DeliveryOptions = OPTS,
): Promise<number> {
  let total = 0;
  for (let round = 0; round < 100; round++) {
    const n = await deliverDueEvents(target, handlers, opts);
    if (n === 0) return total;
    total += n;
  }
  throw new Error('the outbox never drained');
}

type Row = {
  id: string;
  type: string;
  status: string;
  attempts: number;
  last_error: string | null;
  due: boolean;
  processed: boolean;
};
async function eventRow(id: string): Promise<Row | undefined> {
  const [row] = await queryRows<Row>(
    db,
    sql`select id::text, type, status, attempts, last_error, available_at <= now() as due, processed_at is not null as processed
        from outbox_event where id = ${id}`,
  );
  return row;
}

/** Makes a pending event due again, as if its backoff had passed. */
const makeDue = (id: string) =>
  db.execute(sql`update outbox_event set available_at = now() - interval '1 second' where id = ${id}`);

async function effects(): Promise<string[]> {
  return (
    await queryRows<{ event_id: string }>(db, sql`select event_id::text from test_effect order by event_id`)
  ).map((r) => r.event_id);
}

function counting(type: string, handle?: EventHandler) {
  const runs: string[] = [];
  const handlers = new EventHandlers();
  handlers.on(type, 'test', async (event, tx) => {
    runs.push(event.id);
    await handle?.(event, tx);
  });
  return { handlers, runs };
}

const writeEffect: EventHandler = async (event, tx) => {
  await tx.execute(sql`insert into test_effect (event_id) values (${event.id})`);
};

describe('publish', () => {
  it('writes nothing when the publishing transaction rolls back, so the event never runs', async () => {
    let id = '';
    await expect(
      db.transaction(async (tx) => {
        id = await publish(tx, { type: 'test.rollback', payload: { n: 1 } });
        const [inside] = await queryRows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from outbox_event where id = ${id}`,
        );
        expect(inside?.n).toBe(1); // written in the caller's transaction
        throw new Error('abort the business change');
      }),
    ).rejects.toThrow('abort the business change');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await eventRow(id)).toBeUndefined();
    const { handlers, runs } = counting('test.rollback');
    expect(await drain(handlers)).toBe(0);
    expect(runs).toEqual([]);
  });

  it('runs a committed event exactly once, with its payload, and marks it done', async () => {
    const { handlers, runs } = counting('test.once', writeEffect);
    const seen: unknown[] = [];
    handlers.on('test.once', 'payload', async (event) => void seen.push(event.payload));
    const id = await db.transaction((tx) =>
      publish(tx, { type: 'test.once', payload: { case: 'A-1', n: 2 } }),
    );

    expect(await drain(handlers)).toBe(1);
    expect(await drain(handlers)).toBe(0);
    expect(runs).toEqual([id]);
    expect(seen).toEqual([{ case: 'A-1', n: 2 }]);
    expect(await effects()).toEqual([id]);
    expect(await eventRow(id)).toMatchObject({
      status: 'done',
      attempts: 1,
      last_error: null,
      processed: true,
    });
  });

  it('makes a second publish with the same explicit id a no-op', async () => {
    const id = '0190c6a0-0000-7000-8000-000000000001';
    await publish(db, { id, type: 'test.explicit', payload: { v: 1 } });
    await publish(db, { id, type: 'test.explicit', payload: { v: 2 } });
    const rows = await queryRows<{ payload: { v: number } }>(
      db,
      sql`select payload from outbox_event where id = ${id}`,
    );
    expect(rows).toEqual([{ payload: { v: 1 } }]);
    const { handlers, runs } = counting('test.explicit');
    await drain(handlers);
    expect(runs).toEqual([id]);
  });

  it('holds an event back until its availableAt', async () => {
    const { handlers, runs } = counting('test.later');
    const id = await publish(db, {
      type: 'test.later',
      payload: {},
      availableAt: new Date(Date.now() + 3_600_000),
    });
    expect(await drain(handlers)).toBe(0);
    expect(runs).toEqual([]);
    await makeDue(id);
    expect(await drain(handlers)).toBe(1);
    expect(runs).toEqual([id]);
  });
});

describe('delivery', () => {
  it('retries a failing handler with backoff, then dead-letters it with the last error', async () => {
    let calls = 0;
    const { handlers } = counting('test.failing', async () => {
      calls += 1;
      throw new Error(`boom ${calls}`);
    });
    const id = await publish(db, { type: 'test.failing', payload: {} });

    expect(await deliverDueEvents(db, handlers, OPTS)).toBe(1);
    expect(await eventRow(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'boom 1',
      due: false,
      processed: false,
    });
    // Backoff: not due again at once.
    expect(await deliverDueEvents(db, handlers, OPTS)).toBe(0);
    expect(calls).toBe(1);

    await makeDue(id);
    expect(await deliverDueEvents(db, handlers, OPTS)).toBe(1);
    expect(await eventRow(id)).toMatchObject({
      status: 'pending',
      attempts: 2,
      last_error: 'boom 2',
      due: false,
    });

    await makeDue(id);
    expect(await deliverDueEvents(db, handlers, OPTS)).toBe(1);
    expect(await eventRow(id)).toMatchObject({
      status: 'dead',
      attempts: 3,
      last_error: 'boom 3',
      processed: true,
    });

    // A dead letter is never claimed again, even once "due".
    await makeDue(id);
    expect(await drain(handlers)).toBe(0);
    expect(calls).toBe(3);
  });

  it('reports each outcome to onOutcome', async () => {
    const outcomes: string[] = [];
    const handlers = new EventHandlers();
    handlers.on('test.ok', 'ok', async () => {});
    handlers.on('test.bad', 'bad', async () => {
      throw new Error('no');
    });
    await publish(db, { type: 'test.ok', payload: {} });
    const bad = await publish(db, { type: 'test.bad', payload: {} });
    const opts = {
      ...OPTS,
      maxAttempts: 2,
      onOutcome: (type: string, outcome: string) => void outcomes.push(`${type}:${outcome}`),
    };
    await deliverDueEvents(db, handlers, opts);
    await makeDue(bad);
    await deliverDueEvents(db, handlers, opts);
    expect(outcomes.sort()).toEqual(['test.bad:dead', 'test.bad:retry', 'test.ok:done']);
  });

  it('rolls back the writes of a failing handler, and commits them with the done mark once it succeeds', async () => {
    let fail = true;
    const { handlers } = counting('test.flaky', async (event, tx) => {
      await writeEffect(event, tx);
      if (fail) throw new Error('failed after writing');
    });
    const id = await publish(db, { type: 'test.flaky', payload: {} });

    await deliverDueEvents(db, handlers, OPTS);
    expect(await effects()).toEqual([]); // the write was undone with the savepoint
    expect(await eventRow(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'failed after writing',
    });

    fail = false;
    await makeDue(id);
    await deliverDueEvents(db, handlers, OPTS);
    expect(await effects()).toEqual([id]);
    expect(await eventRow(id)).toMatchObject({ status: 'done', attempts: 2, last_error: null });
  });

  it('rolls back every handler of an event when one of them fails, but not the other events of the batch', async () => {
    const handlers = new EventHandlers();
    handlers.on('test.pair', 'writes', writeEffect);
    handlers.on('test.pair', 'fails', async (event) => {
      if ((event.payload as { fail: boolean }).fail) throw new Error('second handler failed');
    });
    const failing = await publish(db, { type: 'test.pair', payload: { fail: true } });
    const fine = await publish(db, { type: 'test.pair', payload: { fail: false } });

    expect(await deliverDueEvents(db, handlers, OPTS)).toBe(2);
    expect(await effects()).toEqual([fine]);
    expect(await eventRow(fine)).toMatchObject({ status: 'done' });
    expect(await eventRow(failing)).toMatchObject({ status: 'pending', last_error: 'second handler failed' });
  });

  it("commits a handler's writes only together with the done mark (one transaction)", async () => {
    const { handlers, runs } = counting('test.atomic', writeEffect);
    const id = await publish(db, { type: 'test.atomic', payload: {} });
    // The delivering transaction fails after the handler succeeded (here: in onOutcome, which
    // runs inside it — as a crash before COMMIT would): neither the write nor the mark survive.
    const crash = {
      ...OPTS,
      onOutcome: () => {
        throw new Error('crash before commit');
      },
    };
    await expect(deliverDueEvents(db, handlers, crash)).rejects.toThrow('crash before commit');
    expect(await effects()).toEqual([]);
    expect(await eventRow(id)).toMatchObject({ status: 'pending', attempts: 0, due: true });

    // Delivered again afterwards, as the handler contract (idempotent on event.id) expects.
    expect(await drain(handlers)).toBe(1);
    expect(runs).toEqual([id, id]);
    expect(await effects()).toEqual([id]);
    expect(await eventRow(id)).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('treats any thrown value as a failure, not only Error objects', async () => {
    const thrown: unknown[] = ['plain text', undefined, null, 42];
    const handlers = new EventHandlers();
    handlers.on('test.throws', 'throws', async (event) => {
      throw thrown[(event.payload as { i: number }).i];
    });
    const ids = [];
    for (let i = 0; i < thrown.length; i++)
      ids.push(await publish(db, { type: 'test.throws', payload: { i } }));
    await deliverDueEvents(db, handlers, OPTS);
    const rows = await Promise.all(ids.map(eventRow));
    expect(rows.map((r) => r?.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect(rows.map((r) => r?.last_error)).toEqual(['plain text', 'undefined', 'null', '42']);
  });

  it('claims at most batchSize events, oldest first', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        await publish(db, {
          type: 'test.batch',
          payload: { i },
          availableAt: new Date(Date.now() - 60_000 + i * 1000),
        }),
      );
    }
    const { handlers, runs } = counting('test.batch');
    expect(await deliverDueEvents(db, handlers, { ...OPTS, batchSize: 2 })).toBe(2);
    expect(runs).toEqual(ids.slice(0, 2));
    expect(await drain(handlers, db, { ...OPTS, batchSize: 2 })).toBe(3);
    expect(runs).toEqual(ids);
  });

  it('marks an event nobody handles as done instead of retrying it forever', async () => {
    const id = await publish(db, { type: 'test.unhandled', payload: {} });
    expect(await drain(new EventHandlers())).toBe(1);
    expect(await eventRow(id)).toMatchObject({ status: 'done', attempts: 1 });
  });
});

describe.skipIf(!ON_POSTGRES)('concurrent workers (PostgreSQL only: PGlite has one connection)', () => {
  it('never runs one event twice across two pools, and delivers all 200', async () => {
    const other = await openPostgres(testDatabaseUrl(database), 5);
    try {
      const ids: string[] = [];
      await db.transaction(async (tx) => {
        for (let i = 0; i < 200; i++) ids.push(await publish(tx, { type: 'test.race', payload: { i } }));
      });

      // Worker A claims first and, inside its first handler, waits until worker B has run one:
      // B claims while A holds its batch locked, so B must skip A's rows (a plain FOR UPDATE
      // would block B behind A here, and no row lock at all would hand B the same rows).
      let aHolding!: () => void;
      const aStarted = new Promise<void>((resolve) => (aHolding = resolve));
      let bRan!: () => void;
      const bStarted = new Promise<void>((resolve) => (bRan = resolve));
      const deadline = Date.now() + 10_000; // one bound for every wait, not one per event
      const bounded = (p: Promise<void>, what: string) =>
        Promise.race([
          p,
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error(what)), Math.max(0, deadline - Date.now())).unref(),
          ),
        ]);
      const runs = new Map<string, number>();
      const worker = (name: 'A' | 'B') => {
        const handlers = new EventHandlers();
        handlers.on('test.race', 'record', async (event, tx) => {
          runs.set(event.id, (runs.get(event.id) ?? 0) + 1);
          if (name === 'A') {
            aHolding();
            await bounded(bStarted, 'worker B could not claim while A held its batch');
          } else {
            bRan();
          }
          await tx.execute(sql`insert into test_effect (event_id, worker) values (${event.id}, ${name})`);
        });
        return handlers;
      };
      const opts = { batchSize: 7, maxAttempts: 3 };
      const workerA = drain(worker('A'), db, opts);
      await bounded(aStarted, 'worker A never started');
      const [a, b] = await Promise.all([workerA, drain(worker('B'), other.db, opts)]);

      expect(a + b).toBe(200);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
      expect([...runs.values()].every((n) => n === 1)).toBe(true);
      expect(runs.size).toBe(200);
      const [counts] = await queryRows<{ done: string; effects: string; workers: string }>(
        db,
        sql`select (select count(*) from outbox_event where status = 'done')::text as done,
                   (select count(*) from test_effect)::text as effects,
                   (select count(distinct worker) from test_effect)::text as workers`,
      );
      expect(counts).toEqual({ done: '200', effects: '200', workers: '2' });
    } finally {
      await other.close();
    }
  });
});
