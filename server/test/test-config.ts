// The configuration every test platform (and the template database's demo data) uses.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../src/platform/config/config.ts';
import { loadPlatformKey } from '../src/platform/crypto/platform-key.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

// The template database's demo seals and every test platform must share one seal maker (and one
// 亮证 key), so the keys live in one directory per machine rather than in each DATA_DIR.
const KEYS_DIR = join(tmpdir(), 'tongban-test-keys');
const keyFile = (name: string) => {
  loadPlatformKey(undefined, KEYS_DIR, name);
  return join(KEYS_DIR, 'keys', `${name}-sm2.pem`);
};

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    SEAL_MAKER_KEY_FILE: keyFile('seal-maker'),
    LICENSE_SIGNING_KEY_FILE: keyFile('license-show'),
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WORKERS: 'false',
    SEED_DEMO: 'true',
    ADMIN_API_TOKEN: ADMIN_TOKEN,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'tongban-test-')),
    ...env,
  });
}
