// The real server process: starts on an embedded database, refuses a second process on the same
// data directory, stops cleanly on SIGTERM/SIGINT (exit 0, lock released), and finds its data
// again after a restart. Every wait is bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/platform/audit/verify.ts';
import { openPglite } from '../src/platform/db/database.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { ADMIN, ADMIN_TOKEN } from './helpers.ts';

const MAIN = join(import.meta.dirname, '../src/main.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'tongban-shutdown-'));
const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Server {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(): Server {
  const child = spawn(process.execPath, [MAIN], {
    cwd: join(import.meta.dirname, '..'),
    env: {
      PATH: process.env.PATH,
      TZ: process.env.TZ,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      WORKERS: 'true',
      OUTBOX_POLL_MS: '50',
      LOG_LEVEL: 'info',
      ADMIN_API_TOKEN: ADMIN_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)),
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for the 'Tongban listening' log line and returns the address it reports. */
async function listening(server: Server): Promise<string> {
  return within(
    90_000,
    'the server to listen',
    new Promise<string>((resolve, reject) => {
      const check = () => {
        for (const line of server.output().split('\n')) {
          if (!line.startsWith('{')) continue;
          const entry = JSON.parse(line) as { msg?: string; meta?: { address?: string } };
          if (entry.msg === 'Tongban listening' && entry.meta?.address) return resolve(entry.meta.address);
        }
        if (server.child.exitCode !== null)
          return reject(new Error(`the server exited (${server.child.exitCode}):\n${server.output()}`));
        setTimeout(check, 100);
      };
      check();
    }),
  );
}

describe('the server process', () => {
  it(
    'stops cleanly on SIGTERM, releases the data directory, and keeps its data across a restart',
    { timeout: 300_000 },
    async () => {
      const first = start();
      const base = await listening(first);

      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', database: 'pglite' });
      expect(existsSync(join(dataDir, 'tongban.lock'))).toBe(true);

      const amend = await fetch(`${base}/api/v1/calendar/days/2030-01-02`, {
        method: 'PUT',
        headers: { ...ADMIN, 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'rest', name: '重启测试', reason: 'survives a restart' }),
      });
      expect(amend.status).toBe(200);

      // A second process on the same data directory fails fast instead of corrupting it.
      const intruder = start();
      const intruderCode = await within(60_000, 'the second process to give up', intruder.exited);
      expect(intruderCode).not.toBe(0);
      expect(intruder.output()).toMatch(new RegExp(`in use by process ${first.child.pid}`));
      expect((await fetch(`${base}/healthz`)).status).toBe(200); // the first one is unharmed

      first.child.kill('SIGTERM');
      expect(await within(30_000, 'exit after SIGTERM', first.exited)).toBe(0);
      expect(first.output()).toContain('shutting down');
      expect(existsSync(join(dataDir, 'tongban.lock'))).toBe(false);

      const second = start();
      const again = await listening(second);
      const days = await (await fetch(`${again}/api/v1/calendar/days?year=2030`)).json();
      expect(days.days).toContainEqual({
        date: '2030-01-02',
        kind: 'rest',
        name: '重启测试',
        source: 'survives a restart',
      });
      const dueRes = await (
        await fetch(`${again}/api/v1/calendar/working-days?from=2030-01-01&days=1`)
      ).json();
      expect(dueRes.due).toBe('2030-01-03'); // 01-02 is off now

      second.child.kill('SIGINT');
      expect(await within(30_000, 'exit after SIGINT', second.exited)).toBe(0);
      expect(existsSync(join(dataDir, 'tongban.lock'))).toBe(false);

      // The committed audit row is on disk too, and whatever the sealer chained verifies.
      const database = await openPglite({ dataDir });
      try {
        const rows = await queryRows<{ action: string }>(
          database.db,
          sql`select action from audit_log where resource_id = '2030-01-02'`,
        );
        expect(rows).toEqual([{ action: 'calendar.day.amend' }]);
        expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
      } finally {
        await database.close();
      }
    },
  );
});
