// Real server processes on a throwaway PostgreSQL database, for the reliability tests: start
// `node src/main.ts` (the Node that runs vitest, i.e. Node 24 under npm scripts), wait for
// /readyz, kill it with SIGKILL, start it again on the same database and data directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ThrowawayDatabase {
  name: string;
  url: string;
  /** A small pool on the database, for the test's own queries. */
  pool: pg.Pool;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** `create database tongban_rel_<hex>`; drop() ends the pool and drops it with (force). */
export async function createThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const name = `tongban_rel_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(ADMIN_URL, name);
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  return {
    name,
    url,
    pool,
    drop: async () => {
      await pool.end().catch(() => undefined);
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export function tempDataDir(tag: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `tongban-rel-${tag}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ServerOptions {
  databaseUrl: string;
  dataDir: string;
  workers: boolean;
  seedDemo: boolean;
  /** `info` to see the log adapter's SMS lines (the observable handler effect). */
  logLevel?: 'warn' | 'info';
  env?: Record<string, string>;
  name?: string;
}

export interface ServerProcess {
  name: string;
  port: number;
  baseUrl: string;
  child: ChildProcess;
  /** Every stdout and stderr line so far (pino JSON lines and the banner). */
  lines: string[];
  exited: Promise<number | null>;
  kill9(): Promise<void>;
  /** SIGTERM (graceful), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

// A safety net: servers still running when the test process exits (a crash, a timeout that
// skipped afterAll) are killed rather than left holding ports and the database.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/** Spawns a server without waiting for it (to kill it while it starts its workers). */
export function spawnServer(opts: ServerOptions, port: number): ServerProcess {
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: SERVER_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      TZ: process.env.TZ ?? 'Asia/Shanghai',
      NODE_ENV: 'development',
      DATABASE_URL: opts.databaseUrl,
      DATABASE_POOL_MAX: '10',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: String(opts.seedDemo),
      WORKERS: String(opts.workers),
      LOG_LEVEL: opts.logLevel ?? 'warn',
      DATA_DIR: opts.dataDir,
      OUTBOX_POLL_MS: '200',
      ...opts.env,
    },
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      lines.push(...parts);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const name = opts.name ?? `server:${port}`;
  const kill9 = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  const stop = async (graceMs = 15_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return { name, port, baseUrl: `http://127.0.0.1:${port}`, child, lines, exited, kill9, stop };
}

/** Polls /readyz until 200; throws (after killing the child) when it exits or `timeoutMs` passes. */
export async function waitReady(s: ServerProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void s.exited.then((c) => (exitCode = c));
  while (Date.now() < deadline) {
    if (exitCode !== undefined || s.child.signalCode !== null)
      throw new Error(`${s.name} exited (${exitCode}) before ready:\n${s.lines.slice(-30).join('\n')}`);
    try {
      const res = await fetch(`${s.baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await s.kill9();
  throw new Error(`${s.name} not ready within ${timeoutMs} ms:\n${s.lines.slice(-30).join('\n')}`);
}

/** Starts a server on a free port (or `port`) and waits until it is ready. */
export async function startServer(
  opts: ServerOptions,
  port?: number,
  readyMs = 90_000,
): Promise<ServerProcess> {
  const s = spawnServer(opts, port ?? (await freePort()));
  await waitReady(s, readyMs);
  return s;
}
