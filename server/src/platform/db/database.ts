// One handle for both engines: embedded PGlite (default, data under DATA_DIR) or PostgreSQL
// through a node-postgres pool (DATABASE_URL). Callers see the same Drizzle API either way.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { acquireDataDirLock } from './lock-file.ts';
import { SerializedPglite } from './serialized-pglite.ts';

/** A Drizzle database or transaction handle; services accept either. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data directory as a tarball (test templates, backups). */
  dump?: () => Promise<Blob>;
}

/** Business dates and `now()` in SQL follow China Standard Time, whatever the host says. */
const SESSION_TIME_ZONE = 'Asia/Shanghai';

export async function openPostgres(
  url: string,
  poolMax = 10,
  onIdleError?: (err: Error) => void,
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    options: `-c timezone=${SESSION_TIME_ZONE}`,
  });
  // An idle connection that dies (server restart, failover) is dropped by the pool and the next
  // query opens a new one; without a listener, its 'error' event would crash the process.
  pool.on('error', (err) => onIdleError?.(err));
  const db = drizzlePg({ client: pool }) as unknown as Db;
  await pool.query('select 1');
  return {
    kind: 'postgres',
    db,
    ping: async () => void (await pool.query('select 1')),
    close: () => pool.end(),
  };
}

/** Opens PGlite; `dataDir` undefined keeps it in memory, `template` loads a dumped data directory. */
export async function openPglite(
  opts: { dataDir?: string; template?: Blob; lock?: boolean } = {},
): Promise<Database> {
  let release = () => {};
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true });
    if (opts.lock !== false) release = acquireDataDirLock(opts.dataDir);
  }
  try {
    const pglite = await PGlite.create({
      extensions: { pg_trgm },
      ...(opts.dataDir && { dataDir: join(opts.dataDir, 'pglite') }),
      ...(opts.template && { loadDataDir: opts.template }),
    });
    await pglite.exec(`SET TIME ZONE '${SESSION_TIME_ZONE}'`);
    const client = new SerializedPglite(pglite);
    const db = drizzlePglite({ client: client as unknown as PGlite }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      ping: async () => void (await db.execute(sql`select 1`)),
      dump: () => client.dumpDataDir(),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

export function openDatabase(
  config: { databaseUrl: string | undefined; databasePoolMax: number; dataDir: string },
  onIdleError?: (err: Error) => void,
) {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, config.databasePoolMax, onIdleError)
    : openPglite({ dataDir: config.dataDir });
}
