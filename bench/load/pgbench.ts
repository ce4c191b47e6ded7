// The yardstick: pgbench on the same PostgreSQL, in the same run, so the ratios compare like with
// like (same machine, same load from the other tenants at that moment). Its own database
// tongban_pgbench, initialised once per scale and reused.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
export const PGBENCH_DB = 'tongban_pgbench';

export interface PgbenchResult {
  label: string;
  clients: number;
  tps: number;
  latencyMs: number;
}

function connArgs(adminUrl: string): string[] {
  const u = new URL(adminUrl);
  return ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
}

/** Creates and initialises tongban_pgbench unless it already holds `scale`. */
export async function preparePgbench(adminUrl: string, scale: number): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [PGBENCH_DB]);
    if (!rowCount) await admin.query(`create database ${PGBENCH_DB}`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${PGBENCH_DB}`;
  const db = new pg.Client({ connectionString: u.toString() });
  await db.connect();
  let branches = -1;
  try {
    branches = Number((await db.query('select count(*) as n from pgbench_branches')).rows[0].n);
  } catch {
    // not initialised yet
  } finally {
    await db.end();
  }
  if (branches === scale) return;
  await run('pgbench', [...connArgs(adminUrl), '-i', '-q', '-s', String(scale), PGBENCH_DB], {
    maxBuffer: 1 << 24,
  });
}

/** One pgbench run; `select-only` is -S (the built-in select-only script). */
export async function pgbench(
  adminUrl: string,
  opts: { selectOnly: boolean; clients: number; seconds: number },
): Promise<PgbenchResult> {
  const args = [
    ...connArgs(adminUrl),
    '-n', // no vacuum before: the tables are pgbench's own
    ...(opts.selectOnly ? ['-S'] : []),
    '-c',
    String(opts.clients),
    '-j',
    '2',
    '-T',
    String(opts.seconds),
    PGBENCH_DB,
  ];
  const { stdout } = await run('pgbench', args, { maxBuffer: 1 << 24 });
  const tps = /tps = ([\d.]+)/.exec(stdout);
  const latency = /latency average = ([\d.]+) ms/.exec(stdout);
  if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
  return {
    label: opts.selectOnly ? 'pgbench -S (select-only)' : 'pgbench TPC-B',
    clients: opts.clients,
    tps: Number(tps[1]),
    latencyMs: latency ? Number(latency[1]) : NaN,
  };
}
