// The configuration every test platform (and the template database's demo data) uses.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../src/platform/config/config.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WORKERS: 'false',
    SEED_DEMO: 'true',
    ADMIN_API_TOKEN: ADMIN_TOKEN,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'tongban-test-')),
    ...env,
  });
}
