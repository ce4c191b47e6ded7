import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldDecryptionError, createFieldCipher, deriveSubkey, parseMasterKey } from './field-encryption.ts';

const key2024 = randomBytes(32);
const key2025 = randomBytes(32);
const cipher = createFieldCipher({ keys: [{ id: 'k2025', key: key2025 }], currentKeyId: 'k2025' });

function expectFailure(action: () => unknown, reason: FieldDecryptionError['reason']) {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(FieldDecryptionError);
    expect((error as FieldDecryptionError).reason).toBe(reason);
    return;
  }
  throw new Error('expected a FieldDecryptionError');
}

describe('createFieldCipher', () => {
  it('round-trips Chinese text, ASCII and the empty string', () => {
    for (const plain of ['天津市河西区友谊路', '120103199001011234', '', '😀 emoji']) {
      const token = cipher.encrypt(plain, 'applicant.address:42');
      expect(cipher.decrypt(token, 'applicant.address:42')).toBe(plain);
    }
  });

  it('writes a compact versioned token and uses a fresh IV every time', () => {
    const a = cipher.encrypt('120103199001011234');
    const b = cipher.encrypt('120103199001011234');
    expect(a).toMatch(/^v1\.k2025\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    // 16 IV + 18 plaintext + 16 tag = 50 bytes → 67 base64url characters.
    expect(a.split('.')[2]).toHaveLength(67);
  });

  it('rejects a change to any byte of the payload', () => {
    const token = cipher.encrypt('张三', 'row:1');
    const bytes = Buffer.from(token.split('.')[2]!, 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const tampered = Buffer.from(bytes);
      tampered[i]! ^= 0x80;
      expectFailure(
        () => cipher.decrypt(`v1.k2025.${tampered.toString('base64url')}`, 'row:1'),
        'authentication-failed',
      );
    }
  });

  it('rejects truncated, extended, non-canonical and malformed tokens', () => {
    const token = cipher.encrypt('张三');
    const bytes = Buffer.from(token.split('.')[2]!, 'base64url');
    const reencode = (payload: Buffer) => `v1.k2025.${payload.toString('base64url')}`;
    // A byte removed or appended: still well-formed base64url, but the tag no longer matches.
    expectFailure(() => cipher.decrypt(reencode(bytes.subarray(0, -1))), 'authentication-failed');
    expectFailure(
      () => cipher.decrypt(reencode(Buffer.concat([bytes, Buffer.of(0)]))),
      'authentication-failed',
    );
    expectFailure(() => cipher.decrypt(reencode(bytes.subarray(0, 31))), 'malformed');
    expectFailure(() => cipher.decrypt(token.slice(0, -2)), 'malformed');
    expectFailure(() => cipher.decrypt('v1.k2025.!!!!'), 'malformed');
    expectFailure(() => cipher.decrypt('v2' + token.slice(2)), 'malformed');
    expectFailure(() => cipher.decrypt(token + '.x'), 'malformed');
    expectFailure(() => cipher.decrypt('张三'), 'malformed');
    // Last base64url character of a 50-byte payload carries 2 unused bits; setting them is non-canonical.
    const last = token.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1]!;
    expectFailure(() => cipher.decrypt(token.slice(0, -1) + sibling), 'malformed');
  });

  it('binds the aad: a ciphertext cannot move to another row or column', () => {
    const token = cipher.encrypt('120103199001011234', 'applicant.id_number:1');
    expectFailure(() => cipher.decrypt(token, 'applicant.id_number:2'), 'authentication-failed');
    expectFailure(() => cipher.decrypt(token, 'agent.id_number:1'), 'authentication-failed');
    expectFailure(() => cipher.decrypt(token), 'authentication-failed');
  });

  it('binds the key id: relabelling a token with another known key fails', () => {
    const both = createFieldCipher({
      keys: [
        { id: 'a', key: key2025 },
        { id: 'b', key: key2025 },
      ],
      currentKeyId: 'a',
    });
    const token = both.encrypt('x');
    expectFailure(() => both.decrypt(token.replace('v1.a.', 'v1.b.')), 'authentication-failed');
  });

  it('rotates keys: old tokens still decrypt, new ones use the current key', () => {
    const old = createFieldCipher({ keys: [{ id: 'k2024', key: key2024 }], currentKeyId: 'k2024' });
    const oldToken = old.encrypt('李四', 'r');
    const rotated = createFieldCipher({
      keys: [
        { id: 'k2024', key: key2024 },
        { id: 'k2025', key: key2025 },
      ],
      currentKeyId: 'k2025',
    });
    expect(rotated.decrypt(oldToken, 'r')).toBe('李四');
    const newToken = rotated.encrypt('李四', 'r');
    expect(newToken.startsWith('v1.k2025.')).toBe(true);
    expect(cipher.decrypt(newToken, 'r')).toBe('李四');
    expectFailure(() => old.decrypt(newToken, 'r'), 'unknown-key');
  });

  it('refuses bad configuration', () => {
    expect(() => createFieldCipher({ keys: [{ id: 'a', key: key2025 }], currentKeyId: 'b' })).toThrow(
      RangeError,
    );
    expect(() => createFieldCipher({ keys: [{ id: 'a.b', key: key2025 }], currentKeyId: 'a.b' })).toThrow(
      RangeError,
    );
    expect(() => createFieldCipher({ keys: [{ id: 'a', key: randomBytes(16) }], currentKeyId: 'a' })).toThrow(
      RangeError,
    );
    const dup = [
      { id: 'a', key: key2024 },
      { id: 'a', key: key2025 },
    ];
    expect(() => createFieldCipher({ keys: dup, currentKeyId: 'a' })).toThrow(/duplicate/);
  });
});

describe('parseMasterKey', () => {
  it('accepts 64 hex digits and base64 / base64url of 32 bytes', () => {
    const raw = randomBytes(32);
    expect(parseMasterKey(raw.toString('hex')).equals(raw)).toBe(true);
    expect(parseMasterKey(raw.toString('hex').toUpperCase()).equals(raw)).toBe(true);
    expect(parseMasterKey(` ${raw.toString('base64')}\n`).equals(raw)).toBe(true);
    expect(parseMasterKey(raw.toString('base64url')).equals(raw)).toBe(true);
  });

  it('refuses keys of another length', () => {
    expect(() => parseMasterKey(randomBytes(16).toString('hex'))).toThrow(RangeError);
    expect(() => parseMasterKey(randomBytes(31).toString('base64'))).toThrow(RangeError);
    expect(() => parseMasterKey('')).toThrow(RangeError);
  });

  it('refuses a passphrase that only decodes to 32 bytes because the decoder skips stray characters', () => {
    const raw = randomBytes(32).toString('base64');
    const passphrase = `${raw.slice(0, 10)}!! ${raw.slice(10)}`;
    expect(Buffer.from(passphrase, 'base64')).toHaveLength(32); // Node is lenient…
    expect(() => parseMasterKey(passphrase)).toThrow(RangeError); // …we are not
  });
});

describe('deriveSubkey', () => {
  it('gives independent keys per purpose and per master key', () => {
    const a = deriveSubkey(key2025, 'x', 32);
    expect(a).toHaveLength(32);
    expect(a.equals(deriveSubkey(key2025, 'x', 32))).toBe(true);
    expect(a.equals(deriveSubkey(key2025, 'y', 32))).toBe(false);
    expect(a.equals(deriveSubkey(key2024, 'x', 32))).toBe(false);
  });
});
