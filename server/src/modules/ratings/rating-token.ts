// Rating links carry a signed single-use token: `TBR1.<base64url(invitation id ‖ exp)>.<base64url(tag)>`,
// where the id is the invitation's 16 UUID bytes, exp its expiry in Unix seconds (8 bytes, big
// endian) and the tag HMAC-SM3 over `TBR1.<payload part>`, truncated to 128 bits, with a subkey
// derived from FIELD_ENCRYPTION_KEY (purpose 'rating-token'). Nothing else is stored: the token
// is reproducible from the invitation row (id + expires_at), so a reminder resends the same link,
// and the row's expiry must match the token's (a refreshed window invitation voids older codes).
// Single use is the database's job (used_at). Pure: no clock, no database.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveSubkey } from '../../platform/crypto/field-encryption.ts';
import { keyFrom } from '../../platform/crypto/personal-data.ts';
import { AppError } from '../../platform/errors/app-error.ts';

export const RATING_TOKEN_PREFIX = 'TBR1';
const TAG_BYTES = 16;
const PAYLOAD_BYTES = 24;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface RatingTokenClaims {
  invitationId: string;
  /** Unix seconds. */
  exp: number;
}

export type RatingTokenCheck =
  | { result: 'ok'; claims: RatingTokenClaims }
  | { result: 'invalid'; reason: string }
  | { result: 'expired'; claims: RatingTokenClaims };

/** The token subkey from the configured master key (hex/base64, or the development default). */
export const ratingTokenKey = (fieldEncryptionKey: string): Buffer =>
  deriveSubkey(keyFrom(fieldEncryptionKey), 'rating-token', 32);

/** An instant as the token carries it: whole seconds (store expires_at rounded the same way). */
export const toTokenSeconds = (at: Date): number => Math.floor(at.getTime() / 1000);

const tagOf = (key: Buffer, signedText: string) =>
  createHmac('sm3', key).update(signedText, 'ascii').digest().subarray(0, TAG_BYTES);

export function makeRatingToken(key: Buffer, claims: RatingTokenClaims): string {
  if (!UUID.test(claims.invitationId)) throw new RangeError('invitation id must be a lower-case UUID');
  if (!Number.isSafeInteger(claims.exp) || claims.exp <= 0) throw new RangeError('exp must be Unix seconds');
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  Buffer.from(claims.invitationId.replaceAll('-', ''), 'hex').copy(payload, 0);
  payload.writeBigUInt64BE(BigInt(claims.exp), 16);
  const signedText = `${RATING_TOKEN_PREFIX}.${payload.toString('base64url')}`;
  return `${signedText}.${tagOf(key, signedText).toString('base64url')}`;
}

/** Canonical base64url only, so that each token has exactly one spelling. */
function decode(part: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return null;
  const bytes = Buffer.from(part, 'base64url');
  return bytes.toString('base64url') === part ? bytes : null;
}

function uuidOf(bytes: Buffer): string {
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Checks the form and the tag (constant time), then the expiry against `nowSeconds`. */
export function checkRatingToken(key: Buffer, token: string, nowSeconds: number): RatingTokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== RATING_TOKEN_PREFIX)
    return { result: 'invalid', reason: 'not a TBR1 token' };
  const payload = decode(parts[1]!);
  const tag = decode(parts[2]!);
  if (!payload || payload.length !== PAYLOAD_BYTES) return { result: 'invalid', reason: 'malformed payload' };
  if (!tag || tag.length !== TAG_BYTES) return { result: 'invalid', reason: 'malformed tag' };
  if (!timingSafeEqual(tag, tagOf(key, `${parts[0]}.${parts[1]}`)))
    return { result: 'invalid', reason: 'bad signature' };
  const exp = payload.readBigUInt64BE(16);
  if (exp > BigInt(Number.MAX_SAFE_INTEGER)) return { result: 'invalid', reason: 'exp out of range' };
  const claims = { invitationId: uuidOf(payload.subarray(0, 16)), exp: Number(exp) };
  return nowSeconds >= claims.exp ? { result: 'expired', claims } : { result: 'ok', claims };
}

/** The claims of a valid, unexpired token; 400 RATING_TOKEN_INVALID or 410 RATING_TOKEN_EXPIRED. */
export function verifyRatingToken(key: Buffer, token: string, nowSeconds: number): RatingTokenClaims {
  const check = checkRatingToken(key, token, nowSeconds);
  if (check.result === 'invalid') throw new AppError('RATING_TOKEN_INVALID', { detail: check.reason });
  if (check.result === 'expired') throw new AppError('RATING_TOKEN_EXPIRED');
  return check.claims;
}
