// SM3 hash (GB/T 32905-2016), the digest of the Chinese commercial-cryptography suite.
// Node's bundled OpenSSL implements it natively, so no JavaScript implementation is needed.
import { createHash } from 'node:crypto';

/** SM3 digest (32 bytes) of raw bytes, or of a string encoded as UTF-8. */
export function sm3(data: Uint8Array | string): Buffer {
  const hash = createHash('sm3');
  // Strings are hashed as UTF-8 explicitly so the result never depends on a default encoding.
  hash.update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  return hash.digest();
}

/** SM3 digest as 64 lower-case hex characters. */
export function sm3Hex(data: Uint8Array | string): string {
  return sm3(data).toString('hex');
}
