import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

/** The problems loadConfig reports for `env` (fails the test when it reports none). */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('loadConfig accepted the configuration');
}

const key = () => randomBytes(32).toString('base64');
const PRODUCTION = {
  NODE_ENV: 'production',
  FIELD_ENCRYPTION_KEY: key(),
  BLIND_INDEX_KEY: randomBytes(32).toString('hex'),
  ADMIN_API_TOKEN: randomBytes(24).toString('base64url'),
  AUDIT_SIGNING_KEY_FILE: '/etc/tongban/audit-sm2.pem',
  SEAL_MAKER_KEY_FILE: '/etc/tongban/seal-maker-sm2.pem',
  LICENSE_SIGNING_KEY_FILE: '/etc/tongban/license-sm2.pem',
  OIDC_JWKS_FILE: '/etc/tongban/oidc-jwks.json',
};

describe('loadConfig', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: undefined,
      databasePoolMax: 10,
      logLevel: 'info',
      seedDemo: true,
      workers: true,
      outboxPollMs: 500,
      outboxMaxAttempts: 8,
      bodyLimitBytes: 1_048_576,
      trustProxy: false,
      auditSigningKeyFile: undefined,
    });
    expect(config.dataDir).toBe(resolve(process.cwd(), 'data'));
    expect(config.adminApiToken).toMatch(/^dev-insecure-/);
    expect(loadConfig({ PORT: '' }).port).toBe(3000); // empty means unset
  });

  it.each(['abc', '70000', '-1', '80.5', ' ', '1e3', '0x50', '3000abc'])(
    'refuses PORT=%j, naming the variable',
    (port) => {
      const found = problems({ PORT: port });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^PORT must be an integer in \[0, 65535\]/);
    },
  );

  it('lists every problem at once, in the message too', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        SEED_DEMO: 'yes',
        DATABASE_URL: 'mysql://db/tongban',
        OUTBOX_MAX_ATTEMPTS: '0',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error?.problems.map((p) => p.split(' ')[0])).toEqual([
      'PORT',
      'DATABASE_URL',
      'LOG_LEVEL',
      'SEED_DEMO',
      'OUTBOX_MAX_ATTEMPTS',
    ]);
    for (const p of error!.problems) expect(error!.message).toContain(p);
  });

  it('reads booleans and PostgreSQL URLs', () => {
    expect(loadConfig({ SEED_DEMO: '0', WORKERS: 'false', TRUST_PROXY: '1' })).toMatchObject({
      seedDemo: false,
      workers: false,
      trustProxy: true,
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/d' }).databaseUrl).toBe(
      'postgresql://u@h:5432/d',
    );
  });

  it('refuses the public development secrets and a missing audit key file in production', () => {
    const found = problems({ NODE_ENV: 'production' });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^FIELD_ENCRYPTION_KEY still has its public development default/),
        expect.stringMatching(/^BLIND_INDEX_KEY still has its public development default/),
        expect.stringMatching(/^ADMIN_API_TOKEN still has its public development default/),
        'AUDIT_SIGNING_KEY_FILE is required in production',
        'SEAL_MAKER_KEY_FILE is required in production',
        'LICENSE_SIGNING_KEY_FILE is required in production',
        'OIDC_JWKS_FILE is required in production',
      ]),
    );
    expect(found).toHaveLength(7);
    // Each one alone is enough to refuse.
    for (const name of Object.keys(PRODUCTION).filter((n) => n !== 'NODE_ENV')) {
      const env: Record<string, string> = { ...PRODUCTION };
      delete env[name];
      expect(problems(env), name).toHaveLength(1);
    }
  });

  it('accepts proper production secrets (32-byte keys as base64 or hex)', () => {
    const config = loadConfig(PRODUCTION);
    expect(config).toMatchObject({
      nodeEnv: 'production',
      fieldEncryptionKey: PRODUCTION.FIELD_ENCRYPTION_KEY,
      blindIndexKey: PRODUCTION.BLIND_INDEX_KEY,
      auditSigningKeyFile: '/etc/tongban/audit-sm2.pem',
      adminApiToken: PRODUCTION.ADMIN_API_TOKEN,
    });
  });

  it('refuses keys of the wrong length and a short admin token, in any mode', () => {
    expect(problems({ ...PRODUCTION, FIELD_ENCRYPTION_KEY: randomBytes(16).toString('base64') })).toEqual([
      expect.stringMatching(/^FIELD_ENCRYPTION_KEY must be 32 bytes/),
    ]);
    expect(problems({ ...PRODUCTION, BLIND_INDEX_KEY: randomBytes(33).toString('hex') })).toEqual([
      expect.stringMatching(/^BLIND_INDEX_KEY must be 32 bytes/),
    ]);
    expect(problems({ ...PRODUCTION, ADMIN_API_TOKEN: 'short-token' })).toEqual([
      'ADMIN_API_TOKEN must have at least 24 characters',
    ]);
    expect(problems({ FIELD_ENCRYPTION_KEY: 'abc' })).toEqual([
      expect.stringMatching(/^FIELD_ENCRYPTION_KEY must be 32 bytes/),
    ]);
  });

  it('resolves a relative DATA_DIR against INIT_CWD (where npm was run), not the workspace', () => {
    expect(loadConfig({ INIT_CWD: '/srv/tongban' }).dataDir).toBe('/srv/tongban/data');
    expect(loadConfig({ INIT_CWD: '/srv/tongban', DATA_DIR: 'var/db' }).dataDir).toBe('/srv/tongban/var/db');
    expect(loadConfig({ INIT_CWD: '/srv/tongban', DATA_DIR: '../shared' }).dataDir).toBe('/srv/shared');
    expect(loadConfig({ INIT_CWD: '/srv/tongban', DATA_DIR: '/var/lib/tongban' }).dataDir).toBe(
      '/var/lib/tongban',
    );
    expect(loadConfig({ DATA_DIR: 'rel' }).dataDir).toBe(resolve(process.cwd(), 'rel'));
  });
});
