// The OpenID Provider's keys. Signing keys (JWKS with private parts) come from OIDC_JWKS_FILE;
// outside production an RS256 and an ES256 key are made once under DATA_DIR/keys/ and reused.
// Cookie-signing keys derive from FIELD_ENCRYPTION_KEY, so every replica signs alike.
import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../../platform/config/config.ts';

export interface Jwks {
  keys: Record<string, unknown>[];
}

function generateJwks(): Jwks {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  const kid = () => randomBytes(8).toString('hex');
  return {
    keys: [
      { ...rsa, kid: kid(), alg: 'RS256', use: 'sig' },
      { ...ec, kid: kid(), alg: 'ES256', use: 'sig' },
    ],
  };
}

export function loadOidcJwks(config: Pick<Config, 'oidcJwksFile' | 'dataDir'>): Jwks {
  let path = config.oidcJwksFile;
  if (!path) {
    path = join(config.dataDir, 'keys', 'oidc-jwks.json');
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      try {
        writeFileSync(path, JSON.stringify(generateJwks()), { mode: 0o600, flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // another process made it first
      }
    }
  }
  const jwks = JSON.parse(readFileSync(path, 'utf8')) as Jwks;
  if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) throw new Error(`${path}: no keys in the JWKS`);
  return jwks;
}

export const oidcCookieKeys = (config: Pick<Config, 'fieldEncryptionKey'>): string[] => [
  createHmac('sha256', config.fieldEncryptionKey).update('tongban:oidc-cookies:v1').digest('base64url'),
];
