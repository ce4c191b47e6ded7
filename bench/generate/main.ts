// Benchmark data generator (issue #9): a database with the server's schema, base and demo data,
// 5 000 published implementations and N generated cases with their applicants, logs, materials,
// ratings and statistics — loaded with COPY in batches that each commit with their progress row,
// so a rerun (after Ctrl-C or kill -9) skips what is done and continues.
//   npm run generate -w bench -- --db tongban_bench_10m --cases 10000000
//   npm run generate -w bench -- --db tongban_bench_small --cases 100000 --check --verify-stats
//   npm run generate -w bench -- --db tongban_bench_small --drop
import { sql } from 'drizzle-orm';
import { Worker } from 'node:worker_threads';
import { personalDataCrypto } from '../../server/src/platform/crypto/personal-data.ts';
import type { Db } from '../../server/src/platform/db/database.ts';
import { queryRows } from '../../server/src/platform/db/query.ts';
import { parseArgs, type Options } from './args.ts';
import { checkLogs, verifyStats } from './check.ts';
import { loadContext, type GenContext } from './context.ts';
import { recreateIndexes, dropIndexes } from './indexes.ts';
import { writeManifest } from './finish.ts';
import { admin, ensureDatabase, openPlatform, prepare, type Params } from './setup.ts';
import type { WorkerInput, WorkerReport } from './worker.ts';
import type { Config } from '../../server/src/platform/config/config.ts';

const PEOPLE_BATCH = 100_000;
const log = (s: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${s}`);

async function doneBatches(db: Db, phase: string): Promise<Set<number>> {
  const rows = await queryRows<{ batch: number }>(
    db,
    sql`select batch from bench_progress where phase = ${phase}`,
  );
  return new Set(rows.map((r) => r.batch));
}

/** The phase's remaining batches, shared round-robin by `workers` builder threads. */
async function runPhase(
  db: Db,
  o: Options,
  input: Omit<WorkerInput, 'batches' | 'phase'>,
  phase: 'people' | 'cases',
  batches: number,
  unit: (b: number) => number,
): Promise<number> {
  const done = await doneBatches(db, phase);
  const todo = Array.from({ length: batches }, (_, b) => b).filter((b) => !done.has(b));
  if (!todo.length) return 0;
  log(`${phase}: ${done.size}/${batches} batches done, ${todo.length} to go, ${o.workers} builder threads`);
  const started = Date.now();
  let units = 0;
  let left = todo.reduce((s, x) => s + unit(x), 0);
  let committed = done.size;
  const workers = Array.from({ length: Math.min(o.workers, todo.length) }, (_, k) => {
    const mine = todo.filter((_, i) => i % o.workers === k);
    const w = new Worker(new URL('./worker.ts', import.meta.url), {
      workerData: { ...input, phase, batches: mine } satisfies WorkerInput,
    });
    w.on('message', (m: WorkerReport) => {
      units += unit(m.batch);
      left -= unit(m.batch);
      committed++;
      const rate = units / ((Date.now() - started) / 1000);
      log(
        `${phase} batch ${m.batch + 1} (${committed}/${batches}): ${unit(m.batch)} in ${m.took.toFixed(1)} s (built ${m.built.toFixed(1)} s) · ${Math.round(rate)}/s overall · ETA ${(left / rate / 60).toFixed(1)} min`,
      );
    });
    return new Promise<void>((resolve, reject) => {
      w.on('error', reject);
      w.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`${phase} builder exited with ${code}`)),
      );
    });
  });
  await Promise.all(workers);
  return (Date.now() - started) / 1000;
}

async function finishStep(
  db: Db,
  step: number,
  name: string,
  run: () => Promise<void>,
  timings: Record<string, number>,
) {
  if ((await doneBatches(db, 'finish')).has(step)) return;
  const t = Date.now();
  log(`${name}…`);
  await run();
  const seconds = (Date.now() - t) / 1000;
  timings[name] = seconds;
  await db.execute(
    sql`insert into bench_progress (phase, batch, rows, seconds) values ('finish', ${step}, ${JSON.stringify({ name })}::jsonb, ${seconds})`,
  );
  log(`${name}: ${seconds.toFixed(1)} s`);
}

async function generate(db: Db, o: Options, g: GenContext, params: Params, config: Config) {
  const timings: Record<string, number> = {};
  const finished = (await doneBatches(db, 'finish')).size > 0;
  if (!o.keepIndexes && !finished) log(`dropped ${await dropIndexes(db)} secondary indexes for the load`);
  const input = { o, params, config, peopleBatch: PEOPLE_BATCH };
  timings.people = await runPhase(db, o, input, 'people', Math.ceil(g.pop.persons / PEOPLE_BATCH), (b) =>
    Math.min(PEOPLE_BATCH, g.pop.persons - b * PEOPLE_BATCH),
  );
  timings.cases = await runPhase(db, o, input, 'cases', Math.ceil(params.cases / params.batch), (b) =>
    Math.min(params.batch, params.cases - b * params.batch),
  );
  await finishStep(db, 1, 'indexes', () => recreateIndexes(db, log), timings);
  await finishStep(
    db,
    3,
    'case number sequence',
    async () => {
      await db.execute(
        sql.raw(`select setval('case_number_seq', ${BigInt(params.seqBase) + BigInt(params.cases) + 1n})`),
      );
    },
    timings,
  );
  await finishStep(db, 4, 'analyze', async () => void (await db.execute(sql`analyze`)), timings);
  await finishStep(db, 5, 'manifest', () => writeManifest(db, g, params, timings), timings);
}

const o = parseArgs(process.argv.slice(2));
if (o.drop) {
  await admin(o, `drop database if exists ${o.db} with (force)`);
  log(`dropped ${o.db}`);
  process.exit(0);
}
const started = Date.now();
if (await ensureDatabase(o)) log(`created database ${o.db}`);
const { platform, config } = await openPlatform(o);
try {
  const db = platform.database.db;
  const params = await prepare(db, o);
  const g = await loadContext(db, { ...o, ...params }, config, BigInt(params.seqBase), params.today);
  if (o.check || o.verifyStats) {
    let ok = true;
    if (o.check) ok = (await checkLogs(db, personalDataCrypto(config), log)) && ok;
    if (o.verifyStats) ok = (await verifyStats(db, log)) && ok;
    if (!ok) process.exitCode = 1;
  } else {
    log(
      `${params.cases} cases in batches of ${params.batch}, ${g.pop.persons} persons, ${g.pop.enterprises} enterprises, as of ${params.today}`,
    );
    await generate(db, o, g, params, config);
    const [size] = await queryRows<{ size: string }>(
      db,
      sql`select pg_size_pretty(pg_database_size(current_database())) as size`,
    );
    log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min; database ${o.db} is ${size?.size}`);
  }
} finally {
  await platform.close();
}
