// npm run openapi -w server — prints the OpenAPI document (used to generate the web client).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatform } from '../compose.ts';
import { loadConfig } from '../platform/config/config.ts';
import { openPglite } from '../platform/db/database.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'tongban-openapi-'));
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATA_DIR: dataDir });
const platform = await createPlatform(config, { database: await openPglite() });
try {
  await platform.app.ready();
  process.stdout.write(`${JSON.stringify(platform.app.swagger(), null, 2)}\n`);
} finally {
  await platform.close();
  rmSync(dataDir, { recursive: true, force: true });
}
