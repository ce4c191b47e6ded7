// Authenticated encryption of personal data at rest (ID numbers, phone numbers, addresses…).
// SM4-CTR + HMAC-SM3, encrypt-then-MAC: Node 24 does not expose SM4-GCM (createCipheriv says
// "Unknown cipher"), while sm4-ctr, sm3 and HKDF over sm3 all work. Both subkeys are derived
// from one 32-byte master key per key id with HKDF-SM3 (RFC 5869 instantiated with SM3), so
// configuration holds a single secret per key generation.
//
// Token: v1.<keyId>.<base64url(iv ‖ ciphertext ‖ tag)>. The key id lets old rows stay readable
// after rotation; re-encrypting them is a background job, not this module's concern.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 16; // a random 128-bit initial counter: keystream overlap needs ~2^64 encryptions
const TAG_BYTES = 16; // HMAC-SM3 truncated to 128 bits, as RFC 7518 does for A128CBC-HS256
const MASTER_KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/; // no dots: they separate the token's parts

export interface FieldKey {
  id: string;
  /** 32-byte master key; see parseMasterKey for the configuration text form. */
  key: Buffer;
}

export interface FieldCipher {
  encrypt(plain: string, aad?: string): string;
  decrypt(token: string, aad?: string): string;
}

export type FieldDecryptionReason = 'malformed' | 'unknown-key' | 'authentication-failed';

/** Decryption refused. `reason` is safe to log; the token itself may be personal data. */
export class FieldDecryptionError extends Error {
  readonly reason: FieldDecryptionReason;
  constructor(reason: FieldDecryptionReason, message: string) {
    super(message);
    this.name = 'FieldDecryptionError';
    this.reason = reason;
  }
}

/** Master key from configuration text: 64 hex digits, or base64 / base64url of 32 bytes. */
export function parseMasterKey(text: string): Buffer {
  const trimmed = text.trim();
  // Hex first: 64 hex digits are also valid base64 (of 48 bytes), so the order matters.
  // Node's base64 decoder skips characters outside the alphabet, so a passphrase could pass as
  // a key; only the canonical spelling of 32 bytes is accepted.
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  const canonical =
    /^[0-9a-fA-F]{64}$/.test(trimmed) ||
    [key.toString('base64'), key.toString('base64url')].includes(trimmed);
  if (!canonical || key.length !== MASTER_KEY_BYTES)
    throw new RangeError('master key must be 32 bytes (64 hex or base64)');
  return key;
}

/** HKDF-SM3 with a purpose label as "info", so each purpose gets an independent subkey. */
export function deriveSubkey(masterKey: Buffer, purpose: string, length: number): Buffer {
  if (masterKey.length !== MASTER_KEY_BYTES) throw new RangeError('master key must be 32 bytes');
  return Buffer.from(hkdfSync('sm3', masterKey, Buffer.alloc(0), `tongban/${purpose}`, length));
}

interface Subkeys {
  encryption: Buffer;
  mac: Buffer;
}

function lengthPrefixed(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** The MAC covers version, key id and aad (length-prefixed, so no two inputs collide), then iv ‖ ct. */
function computeTag(subkeys: Subkeys, keyId: string, aad: string, ivAndCiphertext: Buffer): Buffer {
  return createHmac('sm3', subkeys.mac)
    .update(lengthPrefixed(VERSION))
    .update(lengthPrefixed(keyId))
    .update(lengthPrefixed(aad))
    .update(ivAndCiphertext)
    .digest()
    .subarray(0, TAG_BYTES);
}

function decodeBase64Url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  // Reject non-canonical encodings (stray trailing bits) so each ciphertext has one spelling.
  return bytes.toString('base64url') === text ? bytes : null;
}

export interface FieldCipherOptions {
  keys: FieldKey[];
  currentKeyId: string;
}

/**
 * Cipher for personal-data columns. `aad` should name where the value lives (e.g.
 * "applicant.id_number:<row id>") so that a ciphertext copied to another row or column fails.
 */
export function createFieldCipher(options: FieldCipherOptions): FieldCipher {
  const subkeysById = new Map<string, Subkeys>();
  for (const { id, key } of options.keys) {
    if (!KEY_ID.test(id)) throw new RangeError(`invalid field key id: ${JSON.stringify(id)}`);
    if (subkeysById.has(id)) throw new RangeError(`duplicate field key id: ${id}`);
    subkeysById.set(id, {
      encryption: deriveSubkey(key, 'field-encryption/v1/sm4-ctr', 16),
      mac: deriveSubkey(key, 'field-encryption/v1/hmac-sm3', 32),
    });
  }
  const current = subkeysById.get(options.currentKeyId);
  if (!current) throw new RangeError(`current field key id not among the keys: ${options.currentKeyId}`);
  const currentKeyId = options.currentKeyId;

  return {
    encrypt(plain, aad = '') {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('sm4-ctr', current.encryption, iv);
      const body = Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = computeTag(current, currentKeyId, aad, body);
      return `${VERSION}.${currentKeyId}.${Buffer.concat([body, tag]).toString('base64url')}`;
    },

    decrypt(token, aad = '') {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== VERSION) {
        throw new FieldDecryptionError('malformed', 'not a v1 field token');
      }
      const [, keyId = '', payload = ''] = parts;
      const subkeys = subkeysById.get(keyId);
      if (!subkeys) throw new FieldDecryptionError('unknown-key', `unknown field key id: ${keyId}`);
      const bytes = decodeBase64Url(payload);
      if (!bytes || bytes.length < IV_BYTES + TAG_BYTES) {
        throw new FieldDecryptionError('malformed', 'field token payload is malformed');
      }
      const body = bytes.subarray(0, bytes.length - TAG_BYTES);
      const tag = bytes.subarray(bytes.length - TAG_BYTES);
      // Check the tag before decrypting anything, in constant time.
      if (!timingSafeEqual(tag, computeTag(subkeys, keyId, aad, body))) {
        throw new FieldDecryptionError('authentication-failed', 'field token failed authentication');
      }
      const decipher = createDecipheriv('sm4-ctr', subkeys.encryption, body.subarray(0, IV_BYTES));
      return Buffer.concat([decipher.update(body.subarray(IV_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}
