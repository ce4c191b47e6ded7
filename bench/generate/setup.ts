// First run: the database, the server's migrations and base + demo data (a server start with
// SEED_DEMO and the DEFAULT keys), 5 000 published implementations indexed for search, and the
// generator's own tables. Every step is idempotent, so a rerun resumes where it stopped.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createPlatform, type Platform } from '../../server/src/compose.ts';
import { loadConfig, type Config } from '../../server/src/platform/config/config.ts';
import type { Db } from '../../server/src/platform/db/database.ts';
import { queryRows } from '../../server/src/platform/db/query.ts';
import { businessDate } from '../../server/src/platform/time/business-date.ts';
import { generateImplementations } from '../lib/implementations.ts';
import { databaseUrl, type Options } from './args.ts';

export async function admin<T extends pg.QueryResultRow>(o: Options, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: o.adminUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(o: Options): Promise<boolean> {
  const found = await admin(o, 'select 1 from pg_database where datname = $1', [o.db]);
  if (found.length) return false;
  await admin(o, `create database ${o.db}`);
  return true;
}

/** The platform as `npm run start -w server` with SEED_DEMO builds it: migrations, base and demo data. */
export async function openPlatform(o: Options): Promise<{ platform: Platform; config: Config }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The default development keys: a server started with the default configuration decrypts.
  delete env.FIELD_ENCRYPTION_KEY;
  delete env.BLIND_INDEX_KEY;
  const config = loadConfig({
    ...env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    WORKERS: 'false',
    SEED_DEMO: 'true',
    PORT: '0',
    DATABASE_URL: databaseUrl(o),
  });
  return { platform: await createPlatform(config), config };
}

export interface Params {
  cases: number;
  batch: number;
  seed: number;
  openShare: number;
  heavy: number;
  implementations: number;
  today: string;
  seqBase: string;
}

async function manifest<T>(db: Db, key: string): Promise<T | null> {
  const rows = await queryRows<{ value: T }>(db, sql`select value from bench_manifest where key = ${key}`);
  return rows[0]?.value ?? null;
}

export async function putManifest(db: Db, key: string, value: unknown): Promise<void> {
  await db.execute(
    sql`insert into bench_manifest (key, value) values (${key}, ${JSON.stringify(value)}::jsonb)
        on conflict (key) do update set value = excluded.value`,
  );
}
export { manifest as getManifest };

/** The generator's tables, the catalog, and the parameters fixed on the first run. */
export async function prepare(db: Db, o: Options): Promise<Params> {
  await db.execute(
    sql`create table if not exists bench_manifest (key text primary key, value jsonb not null)`,
  );
  await db.execute(sql`create table if not exists bench_progress (
    phase text not null, batch integer not null, rows jsonb not null, seconds real not null,
    done_at timestamptz not null default now(), primary key (phase, batch))`);
  const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from implementation_version where status = 'published'`,
  );
  if (n < o.implementations) {
    const t = Date.now();
    console.log(
      `catalog: ${n} published implementations, generating up to ${o.implementations} and reindexing search…`,
    );
    await generateImplementations(db, o.implementations);
    console.log(`catalog ready in ${Math.round((Date.now() - t) / 1000)} s`);
  }
  const stored = await manifest<Params>(db, 'params');
  if (stored) {
    for (const k of ['cases', 'batch', 'seed', 'heavy'] as const)
      if (stored[k] !== o[k])
        throw new Error(
          `this database was started with --${k} ${stored[k]}; resume with the same value (or --drop)`,
        );
    return stored;
  }
  const [seq] = await queryRows<{ v: string }>(db, sql`select last_value::text as v from case_number_seq`);
  const params: Params = {
    cases: o.cases,
    batch: o.batch,
    seed: o.seed,
    openShare: o.openShare,
    heavy: o.heavy,
    implementations: o.implementations,
    today: businessDate(),
    // Above the demo's numbers: the generated sequence never collides with them.
    seqBase: String((BigInt(seq?.v ?? '0') / 1_000_000n + 1n) * 1_000_000n),
  };
  await putManifest(db, 'params', params);
  return params;
}
