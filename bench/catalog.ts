// Catalog benchmark (issue #4): 5,000 published implementations, then service-guide reads of
// random codes and Chinese searches from the relevance question list, through real HTTP on a
// free port, 64 concurrent connections. Prints a table and writes bench/results/<date>-catalog.md.
//   npm run catalog -w bench                      (PostgreSQL: a throwaway database, dropped after)
//   BENCH_PG_URL=postgres://user@host:5432/postgres npm run catalog -w bench
//   BENCH_DB=pglite npm run catalog -w bench      (embedded PGlite)
//   BENCH_DURATION=20 (seconds per endpoint), BENCH_IMPLEMENTATIONS=5000
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createPlatform } from '../server/src/compose.ts';
import { RELEVANCE_QUESTIONS } from '../server/src/modules/catalog/search/questions.ts';
import { importCatalog } from '../server/src/modules/catalog/transfer/import.service.ts';
import type { Principal } from '../server/src/platform/access/principal.ts';
import { loadConfig } from '../server/src/platform/config/config.ts';
import type { Db } from '../server/src/platform/db/database.ts';
import { generateImplementations } from './lib/implementations.ts';

// Other work on the machine skews the figures: say how busy it was before we started.
const loadBefore = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
const TARGET = Number(process.env.BENCH_IMPLEMENTATIONS ?? 5000);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = 64;
const pglite = process.env.BENCH_DB === 'pglite';
const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `tongban_bench_${randomBytes(4).toString('hex')}`;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

async function measure(base: string, path: () => string) {
  const requests = [{ method: 'GET' as const, setupRequest: (req: object) => ({ ...req, path: path() }) }];
  // A short unmeasured run first: JIT, the connection pool and PostgreSQL's caches warm up.
  await autocannon({ url: base, connections: CONNECTIONS, duration: 3, requests });
  const r = await autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests });
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

/** Times GET export.xlsx and export.json, and a dry-run import of the workbook (the service). */
async function exportAndImport(db: Db, base: string): Promise<string> {
  let t = Date.now();
  const xlsx = Buffer.from(await (await fetch(`${base}/api/v1/catalog/export.xlsx`)).arrayBuffer());
  const exportMs = Date.now() - t;
  t = Date.now();
  const json = await (await fetch(`${base}/api/v1/catalog/export.json`)).text();
  const jsonMs = Date.now() - t;
  const all = { agencyId: null, regionCode: null, venueId: null };
  const principal: Principal = {
    kind: 'operator',
    accountId: 'bench',
    name: 'bench',
    actingFor: null,
    sessionId: null,
    grants: [
      { permission: 'catalog.edit', scope: all },
      { permission: 'catalog.review', scope: all },
    ],
  };
  t = Date.now();
  let outcome: string;
  try {
    const r = await importCatalog({ db, actor: { type: 'operator', id: 'bench' }, principal }, xlsx, {
      dryRun: true,
    });
    outcome = `${r.implementations.unchanged} rows unchanged, ${r.implementations.newVersions.length} changed`;
  } catch (e) {
    // A whole city's workbook may be over the 5 MB upload limit: that is a finding, not a crash.
    const first = (e as { errors?: { path: string; message: string }[] }).errors?.[0];
    outcome = `refused: ${(e as Error).message}${first ? ` — ${first.path}: ${first.message}` : ''}`;
  }
  const importMs = Date.now() - t;
  const mib = (n: number) => (n / 2 ** 20).toFixed(1);
  return `export.xlsx ${mib(xlsx.length)} MiB in ${exportMs} ms; export.json ${mib(json.length)} MiB in ${jsonMs} ms; import dry run ${importMs} ms (${outcome})`;
}

if (!pglite) await admin(`create database ${dbName}`);
const dataDir = mkdtempSync(join(tmpdir(), 'tongban-bench-'));
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  WORKERS: 'false',
  SEED_DEMO: 'true',
  DATA_DIR: dataDir,
  PORT: '0',
  ...(pglite ? {} : { DATABASE_URL: url.toString() }),
});
const platform = await createPlatform(config);
try {
  const db = platform.database.db;
  const started = Date.now();
  const codes = await generateImplementations(db, TARGET);
  const setupSeconds = Math.round((Date.now() - started) / 1000);
  const [{ docs } = { docs: 0 }] = await db
    .select({ docs: sql<number>`count(*)`.mapWith(Number) })
    .from(sql`catalog_search_doc`);
  const version = pglite
    ? 'PGlite (embedded)'
    : String(
        ((await db.execute(sql`show server_version`)) as { rows: { server_version: string }[] }).rows[0]
          ?.server_version,
      );
  const address = await platform.app.listen({ host: '127.0.0.1', port: 0 });
  const queries = RELEVANCE_QUESTIONS.map((q) => q.q);
  const results = [
    ['guide (random code)', await measure(address, () => `/api/v1/catalog/guides/${pick(codes)}`)],
    [
      'search (colloquial question)',
      await measure(address, () => `/api/v1/catalog/search?q=${encodeURIComponent(pick(queries))}`),
    ],
    [
      'search + filter (district, 全市通办)',
      await measure(
        address,
        () => `/api/v1/catalog/search?q=${encodeURIComponent(pick(queries))}&regionCode=120103&cityWide=true`,
      ),
    ],
  ] as const;
  const transfer = await exportAndImport(db, address);
  const machine = `${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; PostgreSQL ${version}; load average before the run ${loadBefore} (1/5/15 min)`;
  const table = [
    '| endpoint | req/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|',
    ...results.map(([name, r]) => `| ${name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`),
  ].join('\n');
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
  const report = [
    `# Catalog benchmark · ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${machine}.`,
    `Data: ${codes.length} published implementations (${docs} search documents), generated in ${setupSeconds} s`,
    `from the demo catalog over every agency and district. ${CONNECTIONS} connections, ${DURATION} s per endpoint after a 3 s warm-up,`,
    `server (database pool ${pglite ? 'n/a' : config.databasePoolMax}) and load generator in one process on the same machine; search queries drawn from the`,
    `${queries.length} relevance questions (search/questions.ts).`,
    '',
    table,
    '',
    `Export and import of the whole catalog (one request each, sequential): ${transfer}.`,
    '',
    `RSS after load: ${rss} MiB.`,
    '',
  ].join('\n');
  console.log(
    `${machine}\n${codes.length} implementations, ${docs} search docs (setup ${setupSeconds} s)\n${table}\n${transfer}`,
  );
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${new Date().toISOString().slice(0, 10)}-catalog.md`), report);
} finally {
  await platform.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (!pglite && !process.env.BENCH_KEEP) await admin(`drop database if exists ${dbName} with (force)`);
}
