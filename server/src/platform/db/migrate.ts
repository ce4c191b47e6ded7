// Versioned SQL migrations (server/migrations/NNNN_name.sql), applied in order at start and by
// `npm run db:migrate`, identically on PGlite and PostgreSQL. Statements are separated by
// `--> statement-breakpoint` lines (PGlite's extended protocol runs one statement per call).
// All pending files run in one transaction under an advisory lock, so replicas starting
// together apply each file once; an edited, already-applied file is refused.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { queryRows } from './query.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));
const MIGRATION_LOCK = 7_243_001;

export interface Migration {
  version: string;
  name: string;
  checksum: string;
  statements: string[];
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      return {
        version: file.slice(0, 4),
        name: file.slice(5, -4),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: text
          .split(/^--> statement-breakpoint\s*$/m)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    });
}

/** Applies pending migrations; returns the versions applied now. */
export async function migrate(db: Db, migrations = loadMigrations()): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.execute(sql`create table if not exists schema_migration (
      version text primary key, name text not null, checksum text not null,
      applied_at timestamptz not null default now())`);
    const done = await queryRows<{ version: string; checksum: string }>(
      tx,
      sql`select version, checksum from schema_migration`,
    );
    const applied = new Map(done.map((r) => [r.version, r.checksum]));
    const now: string[] = [];
    for (const m of migrations) {
      const checksum = applied.get(m.version);
      if (checksum !== undefined) {
        if (checksum !== m.checksum)
          throw new Error(`Migration ${m.version}_${m.name} was changed after it was applied`);
        continue;
      }
      for (const statement of m.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into schema_migration (version, name, checksum) values (${m.version}, ${m.name}, ${m.checksum})`,
      );
      now.push(m.version);
    }
    return now;
  });
}
