// The database layer: PGlite's serialized single connection, the data-directory lock, persistence
// across restarts, migrations (the same on both engines), and the PostgreSQL pool's resilience.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Database, type Db } from '../src/platform/db/database.ts';
import { DataDirLockedError, acquireDataDirLock } from '../src/platform/db/lock-file.ts';
import { loadMigrations, migrate } from '../src/platform/db/migrate.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { ReentrantDatabaseUseError } from '../src/platform/db/serialized-pglite.ts';
import { ON_POSTGRES, errorChain, testDatabase, testDatabaseUrl } from './helpers.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-db-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const bounded = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms).unref()),
  ]);

describe('PGlite behind one serialized connection', () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await openPglite();
    db = database.db;
    await db.execute(sql`create table counter (id int primary key, n int not null)`);
    await db.execute(sql`insert into counter values (1, 0)`);
  });
  afterAll(() => database.close());

  it('rejects use of the outer handle inside a transaction loudly instead of waiting for itself', async () => {
    let caught: unknown;
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`update counter set n = 100 where id = 1`);
        try {
          await db.execute(sql`select 1`); // the mistake: db instead of tx
        } catch (e) {
          caught = e;
          throw e;
        }
      }),
    ).rejects.toThrow();
    expect(errorChain(caught)).toMatch(/ReentrantDatabaseUseError/);
    let c: unknown = caught;
    while (c && !(c instanceof ReentrantDatabaseUseError)) c = (c as { cause?: unknown }).cause;
    expect(c).toBeInstanceOf(ReentrantDatabaseUseError);
    // The transaction rolled back and the connection is free again.
    expect(await queryRows(db, sql`select n from counter where id = 1`)).toEqual([{ n: 0 }]);
  });

  it('completes many concurrent queries and transactions, a failing one included', async () => {
    const work = Array.from({ length: 200 }, (_, i) => {
      if (i === 77) return db.execute(sql`select 1 / 0`);
      if (i % 10 === 0) {
        return db.transaction(async (tx) => {
          const [row] = await queryRows<{ n: number }>(tx, sql`select n from counter where id = 1`);
          await tx.execute(sql`update counter set n = ${row!.n + 1} where id = 1`);
          return i;
        });
      }
      return queryRows<{ i: number }>(db, sql`select ${i}::int as i`).then((rows) => rows[0]!.i);
    });
    const results = await bounded(Promise.allSettled(work), 20_000, '200 concurrent queries');
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(errorChain((results[77] as PromiseRejectedResult).reason)).toMatch(/division by zero/);
    results.forEach((r, i) => {
      if (i !== 77) expect(r).toEqual({ status: 'fulfilled', value: i });
    });
    // 20 read-modify-write transactions, none interleaved with another: no lost update.
    expect(await queryRows(db, sql`select n from counter where id = 1`)).toEqual([{ n: 20 }]);
  });
});

describe('the data-directory lock', () => {
  it('refuses a second holder while held, and release removes it', () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'tongban.lock'), 'utf8')).toBe(String(process.pid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`in use by process ${process.pid}`));
    release();
    expect(existsSync(join(dir, 'tongban.lock'))).toBe(false);
    acquireDataDirLock(dir)(); // free again
  });

  it('takes over a lock left by a process that no longer exists, or an unreadable one', () => {
    for (const content of [String(2 ** 22 + 123), 'garbage']) {
      const dir = tempDir();
      writeFileSync(join(dir, 'tongban.lock'), content);
      const release = acquireDataDirLock(dir);
      expect(readFileSync(join(dir, 'tongban.lock'), 'utf8')).toBe(String(process.pid));
      release();
    }
  });

  it('leaves a lock alone on release once another process owns it', () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    writeFileSync(join(dir, 'tongban.lock'), '1'); // taken over meanwhile (pid 1 is alive)
    release();
    expect(readFileSync(join(dir, 'tongban.lock'), 'utf8')).toBe('1');
    expect(() => acquireDataDirLock(dir)).toThrow(/in use by process 1\b/);
  });

  it('makes openPglite on a directory already open in this process fail fast', async () => {
    const dir = tempDir();
    const first = await openPglite({ dataDir: dir });
    try {
      await expect(openPglite({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
      expect(await queryRows(first.db, sql`select 1 as one`)).toEqual([{ one: 1 }]); // the holder is unharmed
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, 'tongban.lock'))).toBe(false);
  });

  describe('held by another process', () => {
    let child: ChildProcess | undefined;
    afterEach(() => {
      if (child && child.exitCode === null) child.kill('SIGKILL');
    });

    it('fails fast while that process runs, and is taken over once it died without cleaning up', async () => {
      const dir = tempDir();
      const lockModule = pathToFileURL(join(import.meta.dirname, '../src/platform/db/lock-file.ts')).href;
      const script = `import { acquireDataDirLock } from ${JSON.stringify(lockModule)};
        acquireDataDirLock(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000);`;
      const proc = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      let stderr = '';
      proc.stderr!.on('data', (d) => (stderr += d));
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      await bounded(
        new Promise<void>((resolve, reject) => {
          proc.stdout!.on('data', (d) => String(d).includes('locked') && resolve());
          proc.once('exit', (code) => reject(new Error(`the lock holder exited (${code}): ${stderr}`)));
        }),
        20_000,
        'the child never took the lock',
      );

      expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`in use by process ${proc.pid}`));
      await expect(openPglite({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);

      proc.kill('SIGKILL'); // dies holding the lock: the file stays behind
      await bounded(exited, 10_000, 'the child did not die');
      expect(readFileSync(join(dir, 'tongban.lock'), 'utf8')).toBe(String(proc.pid));
      const release = acquireDataDirLock(dir);
      expect(readFileSync(join(dir, 'tongban.lock'), 'utf8')).toBe(String(process.pid));
      release();
    });
  });
});

describe('PGlite persistence', () => {
  it('keeps committed data across close and reopen of the same data directory', async () => {
    const dir = tempDir();
    const first = await openPglite({ dataDir: dir });
    expect(await migrate(first.db)).toEqual(loadMigrations().map((m) => m.version));
    await first.db.execute(
      sql`insert into calendar_year (year, source, loaded_by) values (2040, 'persisted', 'test')`,
    );
    await expect(
      first.db.transaction(async (tx) => {
        await tx.execute(
          sql`insert into calendar_year (year, source, loaded_by) values (2041, 'rolled back', 'test')`,
        );
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await first.close();
    expect(existsSync(join(dir, 'tongban.lock'))).toBe(false);

    const second = await openPglite({ dataDir: dir });
    try {
      expect(await migrate(second.db)).toEqual([]);
      expect(
        await queryRows(second.db, sql`select year, source from calendar_year where year >= 2040`),
      ).toEqual([{ year: 2040, source: 'persisted' }]);
    } finally {
      await second.close();
    }
  });
});

describe('migrate', () => {
  let database: Database;
  let db: Db;
  let dir: string;
  beforeAll(async () => {
    database = await testDatabase();
    db = database.db;
    dir = tempDir();
  });
  afterAll(() => database.close());

  const file = (name: string, text: string) => writeFileSync(join(dir, name), text);
  const applied = async () =>
    (
      await queryRows<{ version: string }>(
        db,
        sql`select version from schema_migration where version >= '9000' order by version`,
      )
    ).map((r) => r.version);
  const tableExists = async (name: string) =>
    (await queryRows<{ t: string | null }>(db, sql`select to_regclass(${name})::text as t`))[0]?.t !== null;

  it('has applied every migration file, with its checksum, and a second run applies nothing', async () => {
    expect(await migrate(db)).toEqual([]);
    const rows = await queryRows<{ version: string; checksum: string }>(
      db,
      sql`select version, checksum from schema_migration order by version`,
    );
    expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version, checksum: m.checksum })));
  });

  it('applies new files in order, each statement once, and ignores other files', async () => {
    file(
      '9001_create.sql',
      'create table t9001 (id int primary key)\n--> statement-breakpoint\ninsert into t9001 values (1)\n',
    );
    file('9002_add.sql', 'insert into t9001 values (2)');
    file('README.md', 'not a migration');
    file('9003_Bad-Name.sql', 'select nonsense');
    expect(loadMigrations(dir).map((m) => `${m.version}_${m.name}:${m.statements.length}`)).toEqual([
      '9001_create:2',
      '9002_add:1',
    ]);
    expect(await migrate(db, loadMigrations(dir))).toEqual(['9001', '9002']);
    expect(await migrate(db, loadMigrations(dir))).toEqual([]);
    expect(await queryRows(db, sql`select id from t9001 order by id`)).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('refuses a migration edited after it was applied, and applies nothing else in that run', async () => {
    const original = readFileSync(join(dir, '9001_create.sql'), 'utf8');
    file('9001_create.sql', original.replace('values (1)', 'values (10)'));
    file('9004_more.sql', 'insert into t9001 values (4)');
    await expect(migrate(db, loadMigrations(dir))).rejects.toThrow(
      /9001_create was changed after it was applied/,
    );
    expect(await applied()).toEqual(['9001', '9002']);
    file('9001_create.sql', original);
    expect(await migrate(db, loadMigrations(dir))).toEqual(['9004']);
  });

  it('rolls back every pending file when one statement fails', async () => {
    file('9005_good.sql', 'create table t9005 (id int)');
    file(
      '9006_bad.sql',
      'create table t9006 (id int)\n--> statement-breakpoint\nselect * from no_such_table',
    );
    await expect(migrate(db, loadMigrations(dir))).rejects.toThrow();
    expect(await applied()).toEqual(['9001', '9002', '9004']);
    expect(await tableExists('t9005')).toBe(false);
    expect(await tableExists('t9006')).toBe(false);
    rmSync(join(dir, '9006_bad.sql'));
    expect(await migrate(db, loadMigrations(dir))).toEqual(['9005']);
  });

  it('builds the same guards on either engine: partial indexes and the audit triggers', async () => {
    const indexes = (
      await queryRows<{ indexname: string }>(
        db,
        sql`select indexname from pg_indexes where schemaname = 'public'`,
      )
    ).map((r) => r.indexname);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'outbox_event_due',
        'outbox_event_dead',
        'audit_log_unsealed',
        'venue_region',
        'audit_log_seq_key',
      ]),
    );
    const triggers = (
      await queryRows<{ tgname: string }>(
        db,
        sql`select tgname from pg_trigger where not tgisinternal order by tgname`,
      )
    ).map((r) => r.tgname);
    expect(triggers).toEqual(
      expect.arrayContaining(['audit_anchor_append_only', 'audit_log_append_only', 'audit_log_no_truncate']),
    );
  });

  it.runIf(ON_POSTGRES)(
    'applies a new file once when two replicas migrate at the same time (PostgreSQL only)',
    async () => {
      const other = await openPostgres(testDatabaseUrl(database), 2);
      try {
        file(
          '9007_race.sql',
          'create table t9007 (id int)\n--> statement-breakpoint\ninsert into t9007 values (7)',
        );
        const results = await Promise.all([
          migrate(db, loadMigrations(dir)),
          migrate(other.db, loadMigrations(dir)),
        ]);
        expect(results.flat()).toEqual(['9007']);
        expect(await queryRows(db, sql`select id from t9007`)).toEqual([{ id: 7 }]);
      } finally {
        await other.close();
      }
    },
  );
});

describe.skipIf(!ON_POSTGRES)('the PostgreSQL pool (PostgreSQL only)', () => {
  it('survives a killed idle connection (a server restart) instead of crashing the process', async () => {
    const template = await testDatabase();
    const url = testDatabaseUrl(template);
    const database = await openPostgres(url, 1);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // Without a pool 'error' listener the dead idle client's error is thrown from a socket callback.
    const uncaught: unknown[] = [];
    const record = (e: unknown) => void uncaught.push(e);
    process.on('uncaughtException', record);
    try {
      const [me] = await queryRows<{ pid: number }>(database.db, sql`select pg_backend_pid() as pid`);
      // The pool's only connection is idle now; the server ends it.
      await admin.query('select pg_terminate_backend($1)', [me!.pid]);
      for (let i = 0; i < 100; i++) {
        const { rows } = await admin.query('select 1 from pg_stat_activity where pid = $1', [me!.pid]);
        if (rows.length === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      // The next queries get a fresh connection (the first may still draw the dead one).
      let answered = false;
      for (let i = 0; i < 20 && !answered; i++) {
        answered = await database.ping().then(
          () => true,
          () => false,
        );
        if (!answered) await new Promise((r) => setTimeout(r, 50));
      }
      expect(answered).toBe(true);
      const [again] = await queryRows<{ pid: number }>(database.db, sql`select pg_backend_pid() as pid`);
      expect(again!.pid).not.toBe(me!.pid);
      expect(uncaught.map(errorChain)).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
      await admin.end();
      await database.close();
      await template.close();
    }
  });
});
