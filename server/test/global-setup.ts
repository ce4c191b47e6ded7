// Builds one migrated database with the base and demo data, once per run, that every test file
// copies: a dumped PGlite data directory by default, or a PostgreSQL template database when
// TEST_DATABASE_URL is set (CREATE DATABASE … TEMPLATE is a fast file-level copy).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres, type Database } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { MODULES } from '../src/modules/index.ts';
import { withDatabase } from './postgres-url.ts';
import { testConfig } from './test-config.ts';
import { createLogger } from '../src/platform/logger.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; template: string };
  }
}

async function prepare(database: Database) {
  await migrate(database.db);
  // The same configuration as testConfig(): the demo data's encrypted fields use its keys.
  const ctx = { config: testConfig(), database, logger: createLogger('silent') };
  for (const m of MODULES) await m.baseData?.(database.db, ctx);
  for (const m of MODULES) await m.demoData?.(database.db, ctx);
  rmSync(ctx.config.dataDir, { recursive: true, force: true });
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `tongban_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const database = await openPostgres(withDatabase(url, template), 2);
    await prepare(database);
    await database.close();
    project.provide('dbTemplate', { kind: 'postgres', url, template });
    return async () => {
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'tongban-tpl-'));
  const database = await openPglite();
  await prepare(database);
  const file = join(dir, 'template.tar');
  const dump = await database.dump!();
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('dbTemplate', { kind: 'pglite', file });
  return () => rmSync(dir, { recursive: true, force: true });
}
