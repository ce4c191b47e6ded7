// 亮证 codes: `TBL1.<base64url(JSON payload)>.<base64url(DER SM2 signature)>`. The signature is
// SM2/SM3 (GM/T 0003, default user ID 1234567812345678) over the ASCII bytes `TBL1.<payload part>`,
// so anyone with the platform's public key (GET /api/v1/licenses/show-key) can check a code offline
// — docs/licenses.md shows how with openssl. The payload carries only what a verifier needs to
// see, already masked, and short keys keep the QR code small. Pure: no clock, no database.
import { AppError } from '../../platform/errors/app-error.ts';
import { sm2Sign, sm2Verify } from '../../platform/crypto/sm2.ts';

export const SHOW_TOKEN_PREFIX = 'TBL1';

export interface ShowTokenPayload {
  v: 1;
  /** The license_show_token row: the server knows every code it made. */
  jti: string;
  /** GB/T 36904 license identifier. */
  lid: string;
  typ: string;
  /** Type name (zh). */
  nm: string;
  /** Holder name, masked. */
  hd: string;
  /** License number, masked. */
  no: string;
  /** Unix seconds. */
  iat: number;
  exp: number;
}

export interface ParsedShowToken {
  payload: ShowTokenPayload;
  /** The exact bytes the signature covers: `TBL1.<payload part>`. */
  signedText: string;
  signature: Buffer;
}

export type ShowTokenCheck =
  | { result: 'ok'; payload: ShowTokenPayload }
  | { result: 'bad-signature' }
  | { result: 'token-expired'; payload: ShowTokenPayload };

const B64URL = /^[A-Za-z0-9_-]+$/;

export function makeShowToken(payload: ShowTokenPayload, privateKeyPem: string): string {
  const signedText = `${SHOW_TOKEN_PREFIX}.${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}`;
  return `${signedText}.${sm2Sign(Buffer.from(signedText, 'ascii'), privateKeyPem).toString('base64url')}`;
}

const malformed = (detail: string) => new AppError('LICENSE_TOKEN_INVALID', { detail });

const isString = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;
const isSeconds = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

function checkPayload(p: unknown): ShowTokenPayload {
  if (!p || typeof p !== 'object' || Array.isArray(p)) throw malformed('the payload is not an object');
  const o = p as Record<string, unknown>;
  const keys = ['v', 'jti', 'lid', 'typ', 'nm', 'hd', 'no', 'iat', 'exp'];
  if (Object.keys(o).length !== keys.length || !keys.every((k) => k in o))
    throw malformed(`the payload must have exactly: ${keys.join(', ')}`);
  if (o.v !== 1) throw malformed('unknown payload version');
  if (!isString(o.jti, 36) || !/^[0-9a-f-]{36}$/.test(o.jti)) throw malformed('bad jti');
  for (const k of ['lid', 'typ', 'nm', 'hd', 'no'] as const)
    if (!isString(o[k], 200)) throw malformed(`bad ${k}`);
  if (!isSeconds(o.iat) || !isSeconds(o.exp) || o.exp <= o.iat) throw malformed('bad iat/exp');
  return o as unknown as ShowTokenPayload;
}

/** Splits and decodes a code strictly; LICENSE_TOKEN_INVALID (400) for anything not of our shape. */
export function parseShowToken(token: string): ParsedShowToken {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== SHOW_TOKEN_PREFIX)
    throw malformed('expected TBL1.<payload>.<signature>');
  const [, payloadPart, signaturePart] = parts as [string, string, string];
  if (!B64URL.test(payloadPart) || !B64URL.test(signaturePart)) throw malformed('not base64url');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    throw malformed('the payload is not JSON');
  }
  const signature = Buffer.from(signaturePart, 'base64url');
  // A DER SM2 signature is 8..72 bytes; anything else cannot be one (checked again by verify).
  if (signature.length < 8 || signature.length > 72) throw malformed('the signature has a bad length');
  return { payload: checkPayload(json), signedText: `${SHOW_TOKEN_PREFIX}.${payloadPart}`, signature };
}

/** Signature first (an unsigned payload is not trusted even for its expiry), then expiry. */
export function checkShowToken(token: string, publicKeyPem: string, nowSeconds: number): ShowTokenCheck {
  const parsed = parseShowToken(token);
  if (!sm2Verify(Buffer.from(parsed.signedText, 'ascii'), parsed.signature, publicKeyPem))
    return { result: 'bad-signature' };
  if (nowSeconds >= parsed.payload.exp) return { result: 'token-expired', payload: parsed.payload };
  return { result: 'ok', payload: parsed.payload };
}
