// What the NATS bridge reliability test runs against: its own nats-server (never the machine's
// shared daemon) on a free port with its own store, that it can kill -9 and restart, and a
// throwaway PostgreSQL database. Every wait is bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { openPostgres, type Database } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { withDatabase } from '../test/postgres-url.ts';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NATS_SERVER = '/usr/sbin/nats-server';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns true; throws `what` after `ms`. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** A nats-server of our own: start, kill -9 and restart on the same port with the same store. */
export class OwnNatsServer {
  readonly port: number;
  readonly storeDir = mkdtempSync(join(tmpdir(), 'tongban-rel-nats-'));
  #proc: ChildProcess | undefined;
  #log = '';

  constructor(port: number) {
    this.port = port;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** Starts the server and waits (bounded) until JetStream answers. */
  async start(): Promise<void> {
    const args = ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir];
    const proc = spawn(NATS_SERVER, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    proc.stderr!.on('data', (d: Buffer) => (this.#log = (this.#log + d.toString()).slice(-4000)));
    this.#proc = proc;
    await waitFor(
      `nats-server on ${this.port} (log: ${this.#log})`,
      async () => {
        if (proc.exitCode !== null) throw new Error(`nats-server exited: ${this.#log}`);
        const nc = await connect({ servers: this.url, timeout: 1000, reconnect: false }).catch(() => null);
        if (!nc) return false;
        try {
          await (await jetstreamManager(nc, { timeout: 1000 })).getAccountInfo();
          return true;
        } catch {
          return false;
        } finally {
          await nc.close();
        }
      },
      20_000,
    );
  }

  /** kill -9 and wait until the process is gone (its port is free again). */
  async kill(): Promise<void> {
    const proc = this.#proc;
    this.#proc = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await Promise.race([exited, sleep(10_000)]);
  }

  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}

/** A migrated throwaway database; `open()` gives further connections (replicas) to it. */
export class ThrowawayDatabase {
  readonly name = `tongban_rel_${randomBytes(5).toString('hex')}`;
  readonly #opened: Database[] = [];

  async create(): Promise<Database> {
    await this.#admin(`create database ${this.name}`);
    const database = await this.open();
    await migrate(database.db);
    return database;
  }

  async open(): Promise<Database> {
    const database = await openPostgres(withDatabase(PG_URL, this.name), 4);
    this.#opened.push(database);
    return database;
  }

  async drop(): Promise<void> {
    await Promise.allSettled(this.#opened.map((d) => d.close()));
    await this.#admin(`drop database if exists ${this.name} with (force)`);
  }

  async #admin(statement: string): Promise<void> {
    const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 10_000 });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  }
}

/** Connects to the machine's shared daemon if it is there; never restarts it. */
export async function sharedDaemon(): Promise<NatsConnection | undefined> {
  try {
    const nc = await connect({ servers: 'nats://127.0.0.1:4222', timeout: 2000, reconnect: false });
    try {
      await (await jetstreamManager(nc, { timeout: 2000 })).getAccountInfo();
      return nc;
    } catch {
      await nc.close();
      return undefined;
    }
  } catch {
    return undefined;
  }
}
