// Blind index: a keyed hash stored next to an encrypted column so equality lookups
// ("find the applicant with this ID number") work without decrypting every row.
// HMAC-SM3 under a subkey of its own, so the index reveals nothing about the encryption keys.
// The blind-index key must stay stable: rotating it means recomputing every stored index.
import { createHmac } from 'node:crypto';
import { deriveSubkey } from './field-encryption.ts';

export type Normalizer = (value: string) => string;

/** Default: Unicode NFKC (full-width "１２Ｘ" → "12X") and trimmed surrounding whitespace. */
export const normalizeText: Normalizer = (value) => value.normalize('NFKC').trim();

/** ID numbers and codes: as text, plus no inner whitespace and upper case (x → X). */
export const normalizeIdNumber: Normalizer = (value) =>
  normalizeText(value).replace(/\s+/g, '').toUpperCase();

/** Hex HMAC-SM3 of the normalized value; deterministic per key, unlinkable across keys. */
export function blindIndex(value: string, key: Buffer, normalize: Normalizer = normalizeText): string {
  const subkey = deriveSubkey(key, 'blind-index/v1/hmac-sm3', 32);
  return createHmac('sm3', subkey).update(normalize(value), 'utf8').digest('hex');
}
