// A throwaway PostgreSQL database for one reliability test file, and a fingerprint of its
// business tables (row count and a hash over the rows) to prove a run changed no data.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDatabase } from '../../test/postgres-url.ts';

export const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Throwaway {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

export async function createThrowaway(prefix: string): Promise<Throwaway> {
  const name = `tongban_rel_${prefix}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  return {
    url: withDatabase(SERVER_URL, name),
    drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/** table → `rows:md5` over every row's text, in a stable order. */
export type Fingerprint = Record<string, string>;

export async function fingerprint(url: string, exclude: ReadonlySet<string>): Promise<Fingerprint> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: tables } = await c.query<{ name: string }>(
      `select quote_ident(schemaname) || '.' || quote_ident(tablename) as name from pg_tables
        where schemaname not in ('pg_catalog', 'information_schema') order by 1`,
    );
    const out: Fingerprint = {};
    for (const { name } of tables) {
      if (exclude.has(name.replace(/^public\./, ''))) continue;
      const { rows } = await c.query<{ n: string; h: string | null }>(
        `select count(*)::text as n, md5(string_agg(t::text, '|' order by t::text)) as h from ${name} t`,
      );
      out[name] = `${rows[0]!.n}:${rows[0]!.h ?? '-'}`;
    }
    return out;
  } finally {
    await c.end();
  }
}
