// The NATS bridge keeps its promise to department systems: every bridged outbox event reaches a
// durable JetStream subscriber, exactly once after de-duplication by event id, across a kill -9
// and restart of NATS, a relay crash between publish and mark, two relays on one database and a
// NATS that is down when the relay starts. Runs its own nats-server and a throwaway database.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createPlatform } from '../src/compose.ts';
import type { Database, Db } from '../src/platform/db/database.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { NatsBridge, type NatsBridgeOptions } from '../src/platform/outbox/nats-bridge.ts';
import type { BridgedMessage } from '../src/platform/outbox/nats-subjects.ts';
import { publish } from '../src/platform/outbox/publish.ts';
import { PollLoop } from '../src/platform/workers/poll-loop.ts';
import { testConfig } from '../test/test-config.ts';
import { freePort, OwnNatsServer, sharedDaemon, sleep, ThrowawayDatabase, waitFor } from './nats-harness.ts';

interface Sent {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}
interface Received {
  subject: string;
  msgId: string | undefined;
  body: BridgedMessage;
}

const CASE_TYPES = ['case.submitted', 'case.accepted', 'case.concluded', 'case.status-changed'];
const TEST_MS = 120_000;

let nats: OwnNatsServer | undefined;
const throwaway = new ThrowawayDatabase();
let database: Database;
const logLines: string[] = [];
const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
const logged = (msg: string) =>
  logLines.map((l) => JSON.parse(l) as { msg: string }).filter((l) => l.msg === msg);

beforeAll(async () => {
  nats = new OwnNatsServer(await freePort());
  await nats.start();
  database = await throwaway.create();
});

afterAll(async () => {
  await nats?.dispose();
  await throwaway.drop();
});

beforeEach(async () => {
  await database.db.execute(sql`delete from outbox_event`);
  logLines.length = 0;
});

let serial = 0;
/** Business events through the real outbox publish(), in one transaction. */
async function publishCaseEvents(count: number, db: Db = database.db): Promise<Sent[]> {
  return db.transaction(async (tx) => {
    const sent: Sent[] = [];
    for (let i = 0; i < count; i++) {
      serial += 1;
      const type = CASE_TYPES[serial % CASE_TYPES.length]!;
      const payload = { caseId: uuidv7(), caseNumber: `REL${serial}`, seq: serial, onTime: serial % 2 === 0 };
      sent.push({ id: await publish(tx, { type, payload }), type, payload });
    }
    return sent;
  });
}

async function unbridged(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from outbox_event where bridged_at is null`,
  );
  return row!.n;
}

function startRelay(db: Db, opts: Partial<NatsBridgeOptions> & { stream: string; subjectPrefix: string }) {
  const bridge = new NatsBridge(db, { url: nats!.url, log, publishTimeoutMs: 2000, batchSize: 20, ...opts });
  const loop = new PollLoop('nats-bridge', () => bridge.relay(), 50, log);
  loop.start();
  const stop = async () => {
    await loop.stop();
    await bridge.close();
  };
  return { stop };
}

/** A department system: a durable consumer that fetches and acks until `done`, then once more. */
async function subscribe(url: string, stream: string, into: Received[], done: () => boolean) {
  const nc = await connect({ servers: url, timeout: 2000 });
  try {
    const jsm = await jetstreamManager(nc, { timeout: 2000 });
    await jsm.consumers
      .info(stream, 'dept')
      .catch(() => jsm.consumers.add(stream, { durable_name: 'dept', ack_policy: AckPolicy.Explicit }));
    const consumer = await jetstream(nc).consumers.get(stream, 'dept');
    const deadline = Date.now() + 30_000;
    for (let last = false; ; last = done()) {
      if (Date.now() > deadline) throw new Error(`subscriber has ${into.length} messages after 30 s`);
      for await (const m of await consumer.fetch({ max_messages: 100, expires: 1000 })) {
        into.push({
          subject: m.subject,
          msgId: m.headers?.get('Nats-Msg-Id'),
          body: m.json<BridgedMessage>(),
        });
        m.ack();
      }
      if (last) break; // one more fetch after `done`, so an extra copy would show
    }
    await nc.flush();
  } finally {
    await nc.close();
  }
}

async function streamMessages(url: string, stream: string): Promise<number> {
  const nc = await connect({ servers: url, timeout: 2000 });
  try {
    return (await (await jetstreamManager(nc)).streams.info(stream)).state.messages;
  } finally {
    await nc.close();
  }
}

/** De-duplicated by event id, each message matches what the outbox holds. */
function expectDelivered(received: Received[], sent: Sent[], prefix: string) {
  const byId = new Map(received.map((r) => [r.msgId, r]));
  expect([...byId.keys()].sort()).toEqual(sent.map((s) => s.id).sort());
  for (const s of sent) {
    const r = byId.get(s.id)!;
    expect(r.subject).toBe(`${prefix}.${s.type}`);
    expect(r.body).toMatchObject({ id: s.id, type: s.type, payload: s.payload });
  }
}

const ids = (received: Received[]) => new Set(received.map((r) => r.msgId));

describe('NATS JetStream bridge', () => {
  it(
    'delivers every event once after de-dup across kill -9 and restart of NATS',
    async () => {
      const [stream, prefix] = ['REL_RESTART', 'relrestart'];
      const relay = startRelay(database.db, { stream, subjectPrefix: prefix });
      const sent: Sent[] = [];
      const received: Received[] = [];
      try {
        for (let i = 0; i < 10; i++) {
          sent.push(...(await publishCaseEvents(5)));
          await sleep(20);
        }
        await database.db.transaction(async (tx) => {
          await publish(tx, { type: 'job.rel.tick', payload: {} });
          await publish(tx, { type: 'notification.sms', payload: { phoneEnc: 'x', textEnc: 'y' } });
        });
        await waitFor('the first 50 events bridged', async () => (await unbridged()) === 0);
        await subscribe(nats!.url, stream, received, () => ids(received).size >= 50);

        const writer = (async () => {
          for (let i = 0; i < 20; i++) {
            sent.push(...(await publishCaseEvents(3)));
            await sleep(25);
          }
        })();
        await sleep(100);
        await nats!.kill(); // mid-stream: the writer keeps going, the relay loses its server
        await writer;
        for (let i = 0; i < 10; i++) {
          sent.push(...(await publishCaseEvents(4)));
          await sleep(50);
        }
        await sleep(1000);
        expect(await unbridged()).toBeGreaterThan(0); // nothing pretends to be relayed while down
        expect(logged('NATS bridge disconnected').length).toBeGreaterThan(0);

        await nats!.start(); // same port, same store
        await waitFor('every event bridged after the restart', async () => (await unbridged()) === 0);
        await subscribe(nats!.url, stream, received, () => ids(received).size >= sent.length);
      } finally {
        await relay.stop();
      }
      expect(sent).toHaveLength(150);
      expectDelivered(received, sent, prefix); // the job and SMS events never left
      expect(await streamMessages(nats!.url, stream)).toBe(sent.length); // stored once each
      expect(logged('NATS bridge reconnected').length).toBeGreaterThan(0);
    },
    TEST_MS,
  );

  it(
    'drops the republish after a crash between the PubAcks and bridged_at',
    async () => {
      const [stream, prefix] = ['REL_CRASH', 'relcrash'];
      const rounds: string[][] = [];
      const relay = startRelay(database.db, {
        stream,
        subjectPrefix: prefix,
        afterPublish: (published) => {
          rounds.push([...published].sort());
          if (rounds.length === 1) throw new Error('crash before bridged_at');
        },
      });
      const sent = await publishCaseEvents(12);
      const received: Received[] = [];
      try {
        await waitFor('the events bridged after the crash', async () => (await unbridged()) === 0);
      } finally {
        await relay.stop();
      }
      expect(rounds.length).toBeGreaterThanOrEqual(2);
      expect(rounds[1]).toEqual(rounds[0]); // the same ids went out twice
      expect(logged('NATS bridge round failed; events stay unbridged and are retried')).toHaveLength(1);
      expect(logged('NATS dropped republished events')[0]).toMatchObject({ meta: { duplicates: 12 } });
      expect(await streamMessages(nats!.url, stream)).toBe(12);
      await subscribe(nats!.url, stream, received, () => received.length >= 12);
      expect(received).toHaveLength(12); // once each before any de-dup of the subscriber's own
      expectDelivered(received, sent, prefix);
    },
    TEST_MS,
  );

  it(
    'two relays on one database publish each event once',
    async () => {
      const [stream, prefix] = ['REL_PAIR', 'relpair'];
      const second = await throwaway.open();
      const took = [new Set<string>(), new Set<string>()];
      const relays = [database.db, second.db].map((db, k) =>
        startRelay(db, {
          stream,
          subjectPrefix: prefix,
          batchSize: 10,
          // Holding the claim a little makes the relays overlap, as replicas under load would.
          afterPublish: async (published) => {
            published.forEach((id) => took[k]!.add(id));
            await sleep(30);
          },
        }),
      );
      const sent: Sent[] = [];
      try {
        for (let i = 0; i < 10; i++) sent.push(...(await publishCaseEvents(20)));
        await waitFor('200 events bridged by two relays', async () => (await unbridged()) === 0);
      } finally {
        await Promise.all(relays.map((r) => r.stop()));
      }
      expect(took[0]!.size).toBeGreaterThan(0);
      expect(took[1]!.size).toBeGreaterThan(0);
      expect([...took[0]!].filter((id) => took[1]!.has(id))).toEqual([]);
      expect(new Set([...took[0]!, ...took[1]!])).toEqual(new Set(sent.map((s) => s.id)));
      expect(logged('NATS dropped republished events')).toEqual([]);
      expect(await streamMessages(nats!.url, stream)).toBe(200);
    },
    TEST_MS,
  );

  it(
    'a relay started while NATS is down keeps failing quietly, then bridges once it is up',
    async () => {
      const late = new OwnNatsServer(await freePort());
      const [stream, prefix] = ['REL_LATE', 'rellate'];
      const relay = startRelay(database.db, { url: late.url, stream, subjectPrefix: prefix });
      const received: Received[] = [];
      try {
        const sent = await publishCaseEvents(5);
        await sleep(1500);
        expect(await unbridged()).toBe(5);
        expect(
          logged('NATS bridge round failed; events stay unbridged and are retried').length,
        ).toBeGreaterThan(0);
        await late.start();
        await waitFor('bridged once NATS is up', async () => (await unbridged()) === 0);
        await subscribe(late.url, stream, received, () => ids(received).size >= 5);
        expectDelivered(received, sent, prefix);
      } finally {
        await relay.stop();
        await late.dispose();
      }
    },
    TEST_MS,
  );

  it(
    'a platform whose NATS_URL answers nothing still serves, keeps events and closes',
    async () => {
      const config = testConfig({ NATS_URL: `nats://127.0.0.1:${await freePort()}`, SEED_DEMO: 'false' });
      // Its own connection: close() ends the platform's database.
      const platform = await createPlatform(config, { database: await throwaway.open(), logger: log });
      try {
        platform.startWorkers();
        const sent = await publishCaseEvents(3);
        const health = await platform.app.inject({ method: 'GET', url: '/healthz' });
        expect(health.statusCode).toBe(200);
        await waitFor(
          'the bridge to report the failure',
          () => logged('NATS bridge round failed; events stay unbridged and are retried').length > 0,
        );
        const rows = await queryRows<{ id: string }>(
          database.db,
          sql`select id from outbox_event where bridged_at is null`,
        );
        expect(sent.map((e) => e.id).filter((id) => !rows.some((r) => r.id === id))).toEqual([]);
      } finally {
        rmSync(config.dataDir, { recursive: true, force: true });
        await Promise.race([
          platform.close(),
          sleep(20_000).then(() => Promise.reject(new Error('close hung'))),
        ]);
      }
    },
    TEST_MS,
  );

  it(
    'smoke: bridges through the shared daemon under a private stream, then removes it',
    async (ctx) => {
      const nc = await sharedDaemon();
      if (!nc) return ctx.skip('no JetStream daemon at 127.0.0.1:4222');
      const tag = randomBytes(4).toString('hex');
      const [stream, prefix] = [`TONGBAN_REL_${tag}`, `tongbanrel_${tag}`];
      const url = 'nats://127.0.0.1:4222';
      const relay = startRelay(database.db, { url, stream, subjectPrefix: prefix, maxAgeMs: 600_000 });
      const received: Received[] = [];
      try {
        const sent = await publishCaseEvents(3);
        await waitFor('bridged to the shared daemon', async () => (await unbridged()) === 0);
        await subscribe(url, stream, received, () => ids(received).size >= 3);
        expectDelivered(received, sent, prefix);
      } finally {
        await relay.stop();
        await (await jetstreamManager(nc)).streams.delete(stream).catch(() => false);
        await nc.close();
      }
    },
    TEST_MS,
  );
});
