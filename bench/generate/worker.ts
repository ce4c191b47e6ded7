// One builder thread: loads the generation context itself, then builds and commits its share of
// a phase's batches (building the next while the last one's COPY runs) and reports each commit.
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import type { Config } from '../../server/src/platform/config/config.ts';
import { openDatabase } from '../../server/src/platform/db/database.ts';
import { databaseUrl, type Options } from './args.ts';
import { buildCaseBatch, buildPeopleBatch } from './batch.ts';
import { loadContext } from './context.ts';
import type { Params } from './setup.ts';

export interface WorkerInput {
  o: Options;
  params: Params;
  config: Config;
  phase: 'people' | 'cases';
  batches: number[];
  peopleBatch: number;
}

export interface WorkerReport {
  batch: number;
  built: number;
  took: number;
}

const input = workerData as WorkerInput;
const { o, params, config, phase } = input;
const database = await openDatabase(config);
const pool = new pg.Pool({ connectionString: databaseUrl(o), max: 2 });
try {
  const g = await loadContext(database.db, { ...o, ...params }, config, BigInt(params.seqBase), params.today);
  const createdAt = new Date(`${g.volume.days[0]}T08:00:00+08:00`);
  let inflight: Promise<void> | null = null;
  for (const b of input.batches) {
    const t = Date.now();
    const batch =
      phase === 'cases'
        ? await buildCaseBatch(g, b, params.batch, params.cases)
        : await buildPeopleBatch(g, b, input.peopleBatch, createdAt);
    const built = (Date.now() - t) / 1000;
    if (inflight) await inflight;
    inflight = batch.commit(pool, phase, b, built).then(() => {
      parentPort!.postMessage({ batch: b, built, took: (Date.now() - t) / 1000 } satisfies WorkerReport);
    });
  }
  if (inflight) await inflight;
} finally {
  await pool.end();
  await database.close();
}
