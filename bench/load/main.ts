// Load benchmark (issue #9 E): the server as a child process on the bench database, autocannon
// here, pgbench TPC-B and -S on the same PostgreSQL in the same run, the statistics overview
// timed, the deadline sweeps last (they change data); every figure against DESIGN.md §5.
//   npm run load -w bench -- [--db tongban_bench_10m] [--only guide,mine,...] [--duration 20]
// Writes bench/results/<date>.md and prints it. Options: see OPTIONS below.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCallers } from './callers.ts';
import { openCapturing, explain } from './capture.ts';
import { checksOf } from './checks.ts';
import { countAll, readDataset, type Dataset } from './dataset.ts';
import { endpoints, ENDPOINT_NAMES } from './endpoints.ts';
import { explainEndpoint } from './inprocess.ts';
import { measure, type LoadResult } from './measure.ts';
import { timeStats, timeSweeps } from './offline.ts';
import { pgbench, preparePgbench, PGBENCH_DB, type PgbenchResult } from './pgbench.ts';
import { renderReport, type Run } from './report.ts';
import { startServer, type ServerChild } from './server.ts';
import { keyMaker } from './submission.ts';

const OPTIONS = {
  db: { type: 'string', default: 'tongban_bench_10m' },
  'pg-url': {
    type: 'string',
    default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  },
  only: { type: 'string' }, // comma-separated: the endpoint names, pgbench, stats-timing, sweeps
  duration: { type: 'string', default: '20' },
  warmup: { type: 'string', default: '3' },
  pool: { type: 'string', default: '20' }, // DATABASE_POOL_MAX of the server
  'pgbench-scale': { type: 'string', default: '16' },
  'data-dir': { type: 'string' }, // the server's DATA_DIR; default a temporary directory
  'queue-staff': { type: 'string', default: 'clerk-hexi' },
  'queue-view': { type: 'string', default: 'venue' },
  'stats-staff': { type: 'string', default: 'office-admin' },
  out: { type: 'string' }, // the result file; default bench/results/<date>.md
} as const;
const { values: opt } = parseArgs({ options: OPTIONS, strict: true });
const ALL = [...ENDPOINT_NAMES, 'pgbench', 'stats-timing', 'sweeps'];
const only = new Set(opt.only ? opt.only.split(',').map((s) => s.trim()) : ALL);
for (const o of only) if (!ALL.includes(o)) throw new Error(`--only: unknown ${o}; one of ${ALL.join(', ')}`);
const duration = Number(opt.duration);
const warmup = Number(opt.warmup);
const dbUrl = Object.assign(new URL(opt['pg-url']), { pathname: `/${opt.db}` }).toString();
const loadBefore = loadavg()
  .map((l) => l.toFixed(2))
  .join(' / ');
const date = new Date().toISOString().slice(0, 10);

const dataDir = opt['data-dir'] ?? mkdtempSync(join(tmpdir(), 'tongban-load-'));
const cdb = await openCapturing(dbUrl);
// In an object: TypeScript does not follow assignments made inside main() into the finally below.
const live: { server: ServerChild | null } = { server: null };
// Ctrl-C: the server child goes too (also on any crash: server.ts kills it on exit).
process.once('SIGINT', () => void live.server?.stop().finally(() => process.exit(130)));

function datasetLines(d: Dataset, when: string): string[] {
  const c = d.counts;
  // The generator's counts, parameters and timings (its samples are long lists: only used).
  const manifest = d.manifest
    ? ['counts', 'params', 'timings']
        .filter((k) => d.manifest![k] !== undefined)
        .map((k) => `bench_manifest ${k}: \`${JSON.stringify(d.manifest![k]).slice(0, 700)}\``)
    : ['no bench_manifest table (samples picked with SQL)'];
  return [
    `database ${opt.db}${when}: ${c.cases} cases, ${c.openCases} open (accepted/reviewed/suspended), ${c.awaiting} awaiting acceptance or correction, ${c.implementations} implementations, ${c.persons} persons`,
    ...manifest,
    `samples: ${d.guideCodes.length} published implementation codes, ${d.heavyApplicants.length} heavy applicants, ${d.ownedCases.length} person-owned cases (with their owners' sessions), ${d.submitters.length} citizens to submit as`,
  ];
}

async function machine(): Promise<string> {
  const v = (await cdb.pool.query('show server_version')).rows[0].server_version as string;
  return `${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; Node ${process.version}; PostgreSQL ${v}; load average before the run ${loadBefore} (1/5/15 min)`;
}

async function runPgbench(): Promise<PgbenchResult[]> {
  await preparePgbench(opt['pg-url'], Number(opt['pgbench-scale']));
  const tpcb = await pgbench(opt['pg-url'], { selectOnly: false, clients: 16, seconds: duration });
  console.log(`${tpcb.label} @16: ${tpcb.tps.toFixed(0)} tps`);
  const sel = await pgbench(opt['pg-url'], { selectOnly: true, clients: 64, seconds: duration });
  console.log(`${sel.label} @64: ${sel.tps.toFixed(0)} tps`);
  return [tpcb, sel];
}

async function main() {
  const notes: string[] = [];
  const data = await readDataset(cdb.pool, 64);
  const run: Run = {
    date,
    machine: await machine(),
    dataset: datasetLines(data, ' before the run'),
    setup: [],
    pgbench: [],
    load: [],
    stats: [],
    sweeps: [],
    rss: null,
    checks: [],
    explains: new Map(),
    notes,
  };
  const server = await startServer({ databaseUrl: dbUrl, dataDir, poolMax: Number(opt.pool) });
  live.server = server;
  const { callers, inputs } = await makeCallers(
    cdb,
    server.base,
    data,
    {
      queueStaff: opt['queue-staff'],
      queueView: opt['queue-view'] === 'agency' ? 'agency' : 'venue',
      statsStaff: opt['stats-staff'],
      submit: only.has('submission'),
    },
    notes,
  );
  run.setup.push(
    `server: child process (server/src/main.ts) on ${server.base}, WORKERS=true, DATABASE_POOL_MAX=${opt.pool}, LOG_LEVEL=warn; autocannon in the bench process on the same machine`,
    `${duration} s per endpoint after a ${warmup} s warm-up; reads at 64 connections, submission at 16 and 64; pgbench -j 2 -T ${duration} on ${PGBENCH_DB} (scale ${opt['pgbench-scale']}): TPC-B at 16 clients, -S at 64`,
    `between runs the bench waits until /readyz answers quickly twice (the server finishes handlers of closed connections; "backlog" below), so one endpoint's backlog is not charged to the next`,
    `queue: ${opt['queue-staff']} view=${opt['queue-view']}; my cases: limit=20; search: the relevance questions of search/questions.ts; stats under load: 12 months by agency or month`,
  );
  if (only.has('pgbench')) run.pgbench = await runPgbench();
  const { list, skipped } = endpoints(callers, data.guideCodes, keyMaker());
  notes.push(...skipped.filter((s) => only.has(s.split(':')[0]!)).map((s) => `skipped ${s}`));
  for (const ep of list.filter((e) => only.has(e.name.split('@')[0]!))) {
    server.phase(ep.name);
    const r: LoadResult = await measure(server.base, ep, duration, warmup, server.cpuMs);
    server.phase(null);
    run.load.push(r);
    console.log(
      `${r.name} @${r.connections}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors (backlog ${r.settleMs.map((m) => (m / 1000).toFixed(1)).join(' s / ')} s)`,
    );
  }
  if (only.has('stats-timing')) run.stats = await timeStats(server.base, callers.stats);
  run.rss = server.rss();
  await server.stop();
  live.server = null;
  if (only.has('sweeps')) {
    run.sweeps = await timeSweeps(cdb, dataDir);
    const c = await countAll(cdb.pool);
    run.dataset.push(
      `after the sweeps: ${c.cases} cases, ${c.openCases} open, ${c.awaiting} awaiting acceptance or correction`,
    );
  }
  const loaded = run.load.length > 0;
  run.checks = checksOf({ ...run, rssMax: loaded ? run.rss.max : null });
  await explainMisses(run, { ...inputs, dataDir });
  return run;
}

async function explainMisses(run: Run, inputs: Parameters<typeof explainEndpoint>[2]) {
  const keys = new Set(run.checks.filter((c) => !c.pass && c.explain).map((c) => c.explain!));
  for (const key of keys) {
    if (key.startsWith('sweep:')) {
      const s = run.sweeps.find((w) => `sweep:${w.name}` === key)?.candidate;
      run.explains.set(
        key,
        s ? fence(s.text, (await explain(cdb.pool, s)).plan) : '(no candidate query was sent)',
      );
    } else run.explains.set(key, await explainEndpoint(cdb, key, inputs));
  }
}

const fence = (sqlText: string, plan: string) => `\`\`\`sql\n${sqlText}\n\`\`\`\n\n\`\`\`\n${plan}\n\`\`\``;

try {
  const run = await main();
  const report = renderReport(run);
  const file = opt.out ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'results', `${date}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, report);
  console.log(`\n${report}\nwritten to ${file}`);
} finally {
  await live.server?.stop();
  // The sessions made for the run (sessions.ts) go with it.
  await cdb.pool.query(`delete from session where user_agent = 'tongban-bench-load'`).catch(() => undefined);
  await cdb.close();
  if (!opt['data-dir']) rmSync(dataDir, { recursive: true, force: true });
}
