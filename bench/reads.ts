// Read-path benchmark of the foundation: the working-day computation and master-data lists,
// through real HTTP on a free port, 64 concurrent connections. Prints figures; asserts nothing.
//   npm run bench -w bench                       (embedded PGlite)
//   DATABASE_URL=postgres://… npm run bench -w bench
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createPlatform } from '../server/src/compose.ts';
import { loadConfig } from '../server/src/platform/config/config.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'tongban-bench-'));
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  WORKERS: 'false',
  DATA_DIR: dataDir,
  PORT: '0',
});
const platform = await createPlatform(config);
const address = await platform.app.listen({ host: '127.0.0.1', port: 0 });

const targets = [
  ['working-days', '/api/v1/calendar/working-days?from=2025-09-26&days=20'],
  ['districts', '/api/v1/regions?parentCode=120100&level=county'],
  ['venues in a district', '/api/v1/venues?regionCode=120101'],
  ['venue detail', '/api/v1/venues/zwfw-120101'],
] as const;

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; database ${platform.database.kind}`,
);
console.log('| endpoint | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|');
for (const [name, path] of targets) {
  const r = await autocannon({ url: `${address}${path}`, connections: 64, duration: 8 });
  console.log(
    `| ${name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx} |`,
  );
}
console.log(`RSS after load: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
await platform.close();
rmSync(dataDir, { recursive: true, force: true });
