// The NATS JetStream bridge: a relay loop beside the event handlers, never one of them — a NATS
// outage must not roll back, retry or dead-letter business handlers. Each round claims unbridged
// events FOR UPDATE SKIP LOCKED (replicas take disjoint batches), publishes them with the event id
// as Nats-Msg-Id, awaits the PubAcks and stamps bridged_at in the same transaction. A crash or
// error between the acks and the commit republishes the same ids later; JetStream drops those
// within its duplicate window and subscribers de-duplicate by id beyond it.
import { asc, inArray, isNull, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { connect, headers, nanos, type NatsConnection } from '@nats-io/transport-node';
import {
  jetstream,
  jetstreamManager,
  JetStreamApiCodes,
  JetStreamApiError,
  StorageType,
  type JetStreamClient,
} from '@nats-io/jetstream';
import type { Db } from '../db/database.ts';
import { retryDelayMs } from './backoff.ts';
import { isBridged, messageFor, SUBJECT_PREFIX, subjectFor } from './nats-subjects.ts';
import { outboxEvent } from './schema.ts';

export interface NatsBridgeOptions {
  /** `nats://[user:pass@]host:4222`, several separated by commas. */
  url: string;
  log?: Logger;
  stream?: string;
  subjectPrefix?: string;
  /** JetStream drops a repeated Nats-Msg-Id within this window (stream setting). */
  duplicateWindowMs?: number;
  /** Messages older than this leave the stream: subscribers have that long to catch up. */
  maxAgeMs?: number;
  batchSize?: number;
  publishTimeoutMs?: number;
  /** Test hook: runs after the PubAcks, before bridged_at is written; a throw rolls back. */
  afterPublish?: (ids: string[]) => Promise<void> | void;
}

export const STREAM_NAME = 'TONGBAN';
const HOUR = 3_600_000;
const MAX_BACKOFF_MS = 30_000;

/** Servers and credentials from NATS_URL; nats.js takes credentials as options, not in the URL. */
export function natsServers(url: string): { servers: string[]; user?: string; pass?: string } {
  const servers = url
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const first = new URL(servers[0]!);
  return {
    servers: servers.map((s) => {
      const u = new URL(s);
      return `${u.protocol}//${u.host}`;
    }),
    ...(first.username && { user: decodeURIComponent(first.username) }),
    ...(first.password && { pass: decodeURIComponent(first.password) }),
  };
}

export class NatsBridge {
  readonly #db: Db;
  readonly #opts: Required<Omit<NatsBridgeOptions, 'log' | 'afterPublish'>> & NatsBridgeOptions;
  #nc: NatsConnection | undefined;
  #js: JetStreamClient | undefined;
  #connected = false;
  #streamReady = false;
  #failures = 0;
  #retryAt = 0;

  constructor(db: Db, opts: NatsBridgeOptions) {
    this.#db = db;
    this.#opts = {
      stream: STREAM_NAME,
      subjectPrefix: SUBJECT_PREFIX,
      duplicateWindowMs: HOUR,
      maxAgeMs: 7 * 24 * HOUR,
      batchSize: 100,
      publishTimeoutMs: 5000,
      ...opts,
    };
  }

  /** One round; returns how many events it stamped (0 while NATS is away or backing off). */
  async relay(): Promise<number> {
    if (Date.now() < this.#retryAt) return 0;
    try {
      const js = await this.#ready();
      if (!js) return 0;
      const n = await this.#relayBatch(js);
      this.#failures = 0;
      return n;
    } catch (err) {
      this.#failures += 1;
      this.#streamReady = false; // a restarted server with a fresh store needs the stream again
      const delayMs = Math.min(MAX_BACKOFF_MS, retryDelayMs(this.#failures));
      this.#retryAt = Date.now() + delayMs;
      this.#opts.log?.warn(
        { err, meta: { worker: 'nats-bridge', failures: this.#failures, retryInMs: delayMs } },
        'NATS bridge round failed; events stay unbridged and are retried',
      );
      return 0;
    }
  }

  async close(): Promise<void> {
    const nc = this.#nc;
    this.#nc = undefined;
    if (nc && !nc.isClosed()) await nc.close();
  }

  /** The JetStream client once connected and the stream exists; undefined while disconnected. */
  async #ready(): Promise<JetStreamClient | undefined> {
    if (!this.#nc || this.#nc.isClosed()) await this.#connect();
    if (!this.#connected) return undefined; // reconnecting: claiming would only hold row locks
    if (!this.#streamReady) {
      await this.#ensureStream();
      this.#streamReady = true;
    }
    return this.#js;
  }

  async #connect(): Promise<void> {
    const nc = await connect({
      ...natsServers(this.#opts.url),
      name: 'tongban-outbox-bridge',
      timeout: this.#opts.publishTimeoutMs,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
    });
    this.#nc = nc;
    this.#js = jetstream(nc, { timeout: this.#opts.publishTimeoutMs });
    this.#connected = true;
    this.#streamReady = false;
    void this.#watch(nc);
    this.#opts.log?.info({ meta: { servers: nc.getServer() } }, 'NATS bridge connected');
  }

  async #watch(nc: NatsConnection): Promise<void> {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') {
        this.#connected = false;
        this.#opts.log?.warn(
          { meta: { worker: 'nats-bridge', server: s.server } },
          'NATS bridge disconnected',
        );
      }
      if (s.type === 'reconnect') {
        this.#connected = true;
        this.#opts.log?.info(
          { meta: { worker: 'nats-bridge', server: s.server } },
          'NATS bridge reconnected',
        );
      }
    }
  }

  async #ensureStream(): Promise<void> {
    const jsm = await jetstreamManager(this.#nc!, { timeout: this.#opts.publishTimeoutMs });
    try {
      await jsm.streams.info(this.#opts.stream);
    } catch (e) {
      if (!(e instanceof JetStreamApiError) || e.code !== JetStreamApiCodes.StreamNotFound) throw e;
      await jsm.streams.add({
        name: this.#opts.stream,
        subjects: [`${this.#opts.subjectPrefix}.>`],
        storage: StorageType.File,
        // The server refuses a duplicate window longer than the stream keeps messages.
        duplicate_window: nanos(Math.min(this.#opts.duplicateWindowMs, this.#opts.maxAgeMs)),
        max_age: nanos(this.#opts.maxAgeMs),
      });
      this.#opts.log?.info({ meta: { stream: this.#opts.stream } }, 'NATS stream created');
    }
  }

  async #relayBatch(js: JetStreamClient): Promise<number> {
    return this.#db.transaction(async (tx) => {
      const claimed = await tx
        .select()
        .from(outboxEvent)
        .where(isNull(outboxEvent.bridgedAt))
        .orderBy(asc(outboxEvent.createdAt), asc(outboxEvent.id))
        .limit(this.#opts.batchSize)
        .for('update', { skipLocked: true });
      if (claimed.length === 0) return 0;
      const bridged = claimed.filter((e) => isBridged(e.type));
      const acks = await Promise.all(
        bridged.map((e) => {
          const h = headers();
          h.set('Tongban-Event-Type', e.type);
          const msg = messageFor({ ...e, payload: e.payload as Record<string, unknown> });
          return js.publish(subjectFor(e.type, this.#opts.subjectPrefix), JSON.stringify(msg), {
            msgID: e.id,
            headers: h,
            timeout: this.#opts.publishTimeoutMs,
            expect: { streamName: this.#opts.stream },
          });
        }),
      );
      const duplicates = acks.filter((a) => a.duplicate).length;
      if (duplicates) this.#opts.log?.info({ meta: { duplicates } }, 'NATS dropped republished events');
      await this.#opts.afterPublish?.(bridged.map((e) => e.id));
      await tx
        .update(outboxEvent)
        .set({ bridgedAt: sql`now()` })
        .where(
          inArray(
            outboxEvent.id,
            claimed.map((e) => e.id),
          ),
        );
      return claimed.length;
    });
  }
}
