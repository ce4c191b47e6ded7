import { isAbsolute, resolve } from 'node:path';
import { parseMasterKey } from '../crypto/field-encryption.ts';
import { CONFIG_SPEC, DEV_SECRET_PREFIX, type ConfigVar } from './spec.ts';

export interface Config {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  databasePoolMax: number;
  dataDir: string;
  logLevel: string;
  seedDemo: boolean;
  workers: boolean;
  outboxPollMs: number;
  outboxMaxAttempts: number;
  /** Unset: outbox events are not bridged to NATS JetStream. */
  natsUrl: string | undefined;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  trustProxy: boolean;
  fieldEncryptionKey: string;
  blindIndexKey: string;
  auditSigningKeyFile: string | undefined;
  sealMakerKeyFile: string | undefined;
  licenseSigningKeyFile: string | undefined;
  /** Public base URL, without a trailing slash (the OpenID issuer is `${publicUrl}/oidc`). */
  publicUrl: string;
  oidcJwksFile: string | undefined;
  adminApiToken: string;
  notifyAdapter: 'log' | 'smtp';
  smtpUrl: string | undefined;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

function isMasterKey(text: string): boolean {
  try {
    parseMasterKey(text);
    return true;
  } catch {
    return false;
  }
}

function isNatsUrl(text: string): boolean {
  return text.split(',').every((s) => {
    try {
      const u = new URL(s.trim());
      return (u.protocol === 'nats:' || u.protocol === 'tls:') && u.hostname !== '';
    } catch {
      return false;
    }
  });
}

function parseVar(
  v: ConfigVar,
  raw: string | undefined,
  problems: string[],
): string | number | boolean | undefined {
  const value = raw === undefined || raw === '' ? v.default : raw;
  if (value === undefined) return undefined;
  switch (v.kind) {
    case 'int': {
      // Digits only: Number() would read ' ' as 0 (a random port), '1e3' as 1000, '0x50' as 80.
      const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(n) || (v.min !== undefined && n < v.min) || (v.max !== undefined && n > v.max)) {
        problems.push(`${v.name} must be an integer in [${v.min}, ${v.max}], got "${value}"`);
      }
      return n;
    }
    case 'bool':
      if (!['true', 'false', '1', '0'].includes(value)) problems.push(`${v.name} must be true or false`);
      return value === 'true' || value === '1';
    case 'enum':
      if (!v.values?.includes(value)) problems.push(`${v.name} must be one of ${v.values?.join(', ')}`);
      return value;
    case 'url':
      if (!/^postgres(ql)?:\/\//.test(value)) problems.push(`${v.name} must be a postgres:// URL`);
      return value;
    default:
      return value;
  }
}

/** Reads and validates the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const v: Record<string, unknown> = {};
  for (const spec of CONFIG_SPEC as readonly ConfigVar[])
    v[spec.name] = parseVar(spec, env[spec.name], problems);

  const production = v.NODE_ENV === 'production';
  for (const spec of CONFIG_SPEC as readonly ConfigVar[]) {
    const value = v[spec.name];
    if (spec.kind !== 'secret' || typeof value !== 'string') continue;
    if (production && value.startsWith(DEV_SECRET_PREFIX)) {
      problems.push(`${spec.name} still has its public development default; set a real secret in production`);
    } else if (
      !value.startsWith(DEV_SECRET_PREFIX) &&
      spec.name !== 'ADMIN_API_TOKEN' &&
      !isMasterKey(value)
    ) {
      problems.push(`${spec.name} must be 32 bytes, as base64 or 64 hex digits`);
    } else if (spec.name === 'ADMIN_API_TOKEN' && value.length < 24) {
      problems.push('ADMIN_API_TOKEN must have at least 24 characters');
    }
  }
  if (v.NOTIFY_ADAPTER === 'smtp' && !v.SMTP_URL)
    problems.push('SMTP_URL is required with NOTIFY_ADAPTER=smtp');
  for (const name of ['AUDIT_SIGNING_KEY_FILE', 'SEAL_MAKER_KEY_FILE', 'LICENSE_SIGNING_KEY_FILE'])
    if (production && !v[name]) problems.push(`${name} is required in production`);
  if (production && !v.OIDC_JWKS_FILE) problems.push('OIDC_JWKS_FILE is required in production');
  if (v.PUBLIC_URL !== undefined && !/^https?:\/\/[^/?#]+(\/[^?#]*)?$/.test(String(v.PUBLIC_URL)))
    problems.push('PUBLIC_URL must be an http(s) URL without query or fragment');
  if (v.NATS_URL !== undefined && !isNatsUrl(String(v.NATS_URL)))
    problems.push('NATS_URL must be nats:// or tls:// URLs, separated by commas');
  if (problems.length) throw new ConfigError(problems);

  // npm runs workspace scripts inside the workspace; INIT_CWD is where the user typed the command.
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = String(v.DATA_DIR);
  return {
    nodeEnv: v.NODE_ENV as Config['nodeEnv'],
    host: String(v.HOST),
    port: Number(v.PORT),
    databaseUrl: v.DATABASE_URL as string | undefined,
    databasePoolMax: Number(v.DATABASE_POOL_MAX),
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(base, dataDir),
    logLevel: String(v.LOG_LEVEL),
    seedDemo: Boolean(v.SEED_DEMO),
    workers: Boolean(v.WORKERS),
    outboxPollMs: Number(v.OUTBOX_POLL_MS),
    outboxMaxAttempts: Number(v.OUTBOX_MAX_ATTEMPTS),
    natsUrl: v.NATS_URL as string | undefined,
    bodyLimitBytes: Number(v.BODY_LIMIT_BYTES),
    uploadLimitBytes: Number(v.UPLOAD_LIMIT_BYTES),
    trustProxy: Boolean(v.TRUST_PROXY),
    fieldEncryptionKey: String(v.FIELD_ENCRYPTION_KEY),
    blindIndexKey: String(v.BLIND_INDEX_KEY),
    auditSigningKeyFile: v.AUDIT_SIGNING_KEY_FILE as string | undefined,
    sealMakerKeyFile: v.SEAL_MAKER_KEY_FILE as string | undefined,
    licenseSigningKeyFile: v.LICENSE_SIGNING_KEY_FILE as string | undefined,
    publicUrl: String(v.PUBLIC_URL ?? `http://localhost:${Number(v.PORT)}`).replace(/\/+$/, ''),
    oidcJwksFile: v.OIDC_JWKS_FILE as string | undefined,
    adminApiToken: String(v.ADMIN_API_TOKEN),
    notifyAdapter: v.NOTIFY_ADAPTER as Config['notifyAdapter'],
    smtpUrl: v.SMTP_URL as string | undefined,
  };
}
