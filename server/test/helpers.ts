// Test helpers: each test file gets its own copy of the prepared template database, and a
// platform (HTTP app, handlers, jobs) wired to it — real PGlite or real PostgreSQL, never a mock.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createPlatform, type Platform } from '../src/compose.ts';
import { openPglite, openPostgres, type Database } from '../src/platform/db/database.ts';
import { withDatabase } from './postgres-url.ts';
import { ADMIN_TOKEN, testConfig } from './test-config.ts';

export { ADMIN_TOKEN, testConfig };

export const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** True when the suite runs against PostgreSQL (concurrency and crash tests need it). */
export const ON_POSTGRES = !!process.env.TEST_DATABASE_URL;

const databaseUrls = new WeakMap<Database, string>();

/**
 * The URL of a test database's own PostgreSQL database, to open a second, independent pool on it
 * (two pools behave like two replicas). Throws on PGlite, which has no URL.
 */
export function testDatabaseUrl(database: Database): string {
  const url = databaseUrls.get(database);
  if (!url) throw new Error('testDatabaseUrl: not a PostgreSQL test database');
  return url;
}

/** The messages of an error and of its causes (Drizzle wraps driver errors as `cause`). */
export function errorChain(e: unknown): string {
  const parts: string[] = [];
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    parts.push(`${(c as Error).name}: ${(c as Error).message}`);
  }
  return parts.join(' <- ');
}

/** An isolated database with migrations, base and demo data. close() drops it. */
export async function testDatabase(): Promise<Database> {
  const template = inject('dbTemplate');
  if (template.kind === 'pglite') {
    return openPglite({ template: new Blob([readFileSync(template.file)]) });
  }
  const name = `tongban_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template.template}`);
  } finally {
    await admin.end();
  }
  const database = await openPostgres(withDatabase(template.url, name), 5);
  databaseUrls.set(database, withDatabase(template.url, name));
  const close = database.close;
  database.close = async () => {
    await close();
    const dropper = new pg.Client({ connectionString: template.url });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  };
  return database;
}

export interface TestPlatform extends Platform {
  /** Closes the platform and removes its temporary DATA_DIR. */
  dispose(): Promise<void>;
}

export async function testPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const config = testConfig(env);
  const platform = await createPlatform(config, {
    database: await testDatabase(),
    webDist: join(config.dataDir, 'no-web'),
  });
  return Object.assign(platform, {
    dispose: async () => {
      await platform.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  });
}
