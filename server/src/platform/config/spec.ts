// The platform's environment variables as data: parsed and validated at start, and the single
// source for the README's configuration table (a test keeps the two in step).

export type ConfigKind = 'string' | 'int' | 'bool' | 'enum' | 'url' | 'secret';

export interface ConfigVar {
  name: string;
  kind: ConfigKind;
  /** Used when the variable is unset. Secrets have a public dev default that production refuses. */
  default?: string;
  values?: readonly string[];
  min?: number;
  max?: number;
  doc: string;
}

/** Public, insecure development defaults. NODE_ENV=production refuses to start with any of them. */
export const DEV_SECRET_PREFIX = 'dev-insecure-';

export const CONFIG_SPEC = [
  {
    name: 'NODE_ENV',
    kind: 'enum',
    values: ['development', 'test', 'production'],
    default: 'development',
    doc: 'Run mode; `production` refuses default secrets.',
  },
  {
    name: 'HOST',
    kind: 'string',
    default: '127.0.0.1',
    doc: 'Interface to listen on (`0.0.0.0` in containers).',
  },
  {
    name: 'PORT',
    kind: 'int',
    default: '3000',
    min: 0,
    max: 65535,
    doc: 'HTTP port for the API and the web app.',
  },
  {
    name: 'DATABASE_URL',
    kind: 'url',
    doc: 'PostgreSQL URL (`postgres://user@host:5432/db`). Unset: embedded PGlite under `DATA_DIR`.',
  },
  {
    name: 'DATABASE_POOL_MAX',
    kind: 'int',
    default: '10',
    min: 1,
    max: 200,
    doc: 'Connections in the PostgreSQL pool.',
  },
  {
    name: 'DATA_DIR',
    kind: 'string',
    default: './data',
    doc: 'Embedded database, stored files and dev keys; relative to the directory `npm` was run from.',
  },
  {
    name: 'LOG_LEVEL',
    kind: 'enum',
    values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    default: 'info',
    doc: 'pino log level.',
  },
  {
    name: 'SEED_DEMO',
    kind: 'bool',
    default: 'true',
    doc: 'Load the demo data (regions, agencies, venues…) into an empty database.',
  },
  {
    name: 'WORKERS',
    kind: 'bool',
    default: 'true',
    doc: 'Run the outbox, scheduler and audit-sealer workers in this process.',
  },
  {
    name: 'OUTBOX_POLL_MS',
    kind: 'int',
    default: '500',
    min: 10,
    max: 60000,
    doc: 'How often an idle outbox worker looks for due events.',
  },
  {
    name: 'OUTBOX_MAX_ATTEMPTS',
    kind: 'int',
    default: '8',
    min: 1,
    max: 100,
    doc: 'Attempts before an event is dead-lettered.',
  },
  {
    name: 'NATS_URL',
    kind: 'string',
    doc: 'NATS server(s) with JetStream (`nats://user:pass@127.0.0.1:4222`, comma-separated for a cluster): outbox events are also published to subjects `tongban.<event type>` in stream `TONGBAN` (see docs/events.md). Unset: no bridge.',
  },
  {
    name: 'BODY_LIMIT_BYTES',
    kind: 'int',
    default: '1048576',
    min: 1024,
    max: 104857600,
    doc: 'Largest JSON request body.',
  },
  {
    name: 'UPLOAD_LIMIT_BYTES',
    kind: 'int',
    default: '20971520',
    min: 1024,
    max: 1073741824,
    doc: 'Largest uploaded file.',
  },
  {
    name: 'TRUST_PROXY',
    kind: 'bool',
    default: 'false',
    doc: 'Take the client address from `X-Forwarded-For` (behind a reverse proxy).',
  },
  {
    name: 'FIELD_ENCRYPTION_KEY',
    kind: 'secret',
    default: `${DEV_SECRET_PREFIX}field-key`,
    doc: 'Key for personal data encrypted at rest: 32 bytes as base64 or hex (`openssl rand -base64 32`).',
  },
  {
    name: 'BLIND_INDEX_KEY',
    kind: 'secret',
    default: `${DEV_SECRET_PREFIX}blind-index-key`,
    doc: 'Key for look-up hashes (blind index) of encrypted fields: 32 bytes as base64 or hex.',
  },
  {
    name: 'AUDIT_SIGNING_KEY_FILE',
    kind: 'string',
    doc: 'PEM file with the platform SM2 private key that signs audit anchors. Unset outside production: a key is made under `DATA_DIR/keys/`.',
  },
  {
    name: 'SEAL_MAKER_KEY_FILE',
    kind: 'string',
    doc: 'PEM file with the platform SM2 private key that makes e-seals (制章, signs SES_Seal and seal certificates). Unset outside production: a key is made under `DATA_DIR/keys/`.',
  },
  {
    name: 'LICENSE_SIGNING_KEY_FILE',
    kind: 'string',
    doc: 'PEM file with the platform SM2 private key that signs show-license (亮证) codes; its public key is published at `/api/v1/licenses/show-key`. Unset outside production: a key is made under `DATA_DIR/keys/`.',
  },
  {
    name: 'PUBLIC_URL',
    kind: 'string',
    doc: "Public base URL of this installation (`https://zwfw.example.gov.cn`); the OpenID Provider's issuer is `PUBLIC_URL/oidc`. Unset: `http://localhost:PORT`.",
  },
  {
    name: 'OIDC_JWKS_FILE',
    kind: 'string',
    doc: 'JWKS file (JSON `{"keys": [...]}`) with the private RS256/ES256 keys that sign OpenID Connect ID tokens. Unset outside production: keys are made once under `DATA_DIR/keys/`.',
  },
  {
    name: 'NOTIFY_ADAPTER',
    kind: 'enum',
    values: ['log', 'smtp'],
    default: 'log',
    doc: 'How SMS notifications (verification codes) leave: `log` writes them to the log with the phone masked (codes shown outside production), `smtp` hands them to `SMTP_URL`.',
  },
  {
    name: 'SMTP_URL',
    kind: 'string',
    doc: 'SMTP relay and e-mail-to-SMS gateway for `NOTIFY_ADAPTER=smtp`: `smtp://user:pass@relay:587?from=noreply@example.gov.cn&to={phone}@sms.example.gov.cn` (`smtps://` for implicit TLS; STARTTLS when offered).',
  },
  {
    name: 'ADMIN_API_TOKEN',
    kind: 'secret',
    default: `${DEV_SECRET_PREFIX}admin-token`,
    doc: 'Operator bearer token for scripts and first setup: every permission, audited as the operator. Keep it secret; production refuses the default.',
  },
] as const satisfies readonly ConfigVar[];
