// TOTP (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) — what every authenticator app speaks.
// Secrets are base32 (RFC 4648) so people can type them in.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const STEP_SECONDS = 30;

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new RangeError('not base32');
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export const newTotpSecret = () => base32Encode(randomBytes(20));

export function totpCode(secret: string, at: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / STEP_SECONDS)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

/**
 * The time step a code belongs to — the current one or a neighbour (clock drift of up to 30 s) —
 * or null. Callers refuse a step at or before the last one they accepted, so a code is used once.
 */
export function totpStep(secret: string, code: string, at: number = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = Math.floor(at / 1000 / STEP_SECONDS);
  let found: number | null = null;
  for (const step of [now - 1, now, now + 1]) {
    // Check every candidate, so the time taken does not tell which one matched.
    const ok = timingSafeEqual(Buffer.from(totpCode(secret, step * STEP_SECONDS * 1000)), Buffer.from(code));
    if (ok && found === null) found = step;
  }
  return found;
}

export function verifyTotp(secret: string, code: string, at: number = Date.now()): boolean {
  return totpStep(secret, code, at) !== null;
}

export function totpUri(secret: string, username: string): string {
  return `otpauth://totp/${encodeURIComponent(`通办 Tongban:${username}`)}?secret=${secret}&issuer=${encodeURIComponent('通办 Tongban')}`;
}
