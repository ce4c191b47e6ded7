import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openssl, opensslSm2Problem, sm2PkeyutlArgs } from './openssl-cli.ts';
import {
  SM2_DEFAULT_USER_ID,
  decodeSignature,
  encodeSignature,
  generateSm2KeyPair,
  sm2PublicKeyFromPrivate,
  sm2Sign,
  sm2Verify,
} from './sm2.ts';

const keys = generateSm2KeyPair();
const message = '天津市政务服务办公室 电子印章 2025-01-01';

describe('SM2 key pair', () => {
  it('is PKCS#8 / SPKI PEM', () => {
    expect(keys.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(keys.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it('derives the public key from the private key', () => {
    expect(sm2PublicKeyFromPrivate(keys.privateKeyPem)).toBe(keys.publicKeyPem);
  });

  it('refuses keys on other curves', () => {
    const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const privatePem = p256.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const publicPem = p256.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(() => sm2Sign(message, privatePem)).toThrow(/not an SM2 key/);
    expect(() => sm2Verify(message, Buffer.alloc(8), publicPem)).toThrow(/not an SM2 key/);
    expect(() => sm2PublicKeyFromPrivate(privatePem)).toThrow(/not an SM2 key/);
  });
});

describe('sm2Sign / sm2Verify', () => {
  const signature = sm2Sign(message, keys.privateKeyPem);

  it('round-trips with the default user ID', () => {
    expect(sm2Verify(message, signature, keys.publicKeyPem)).toBe(true);
    expect(sm2Verify(Buffer.from(message, 'utf8'), signature, keys.publicKeyPem, SM2_DEFAULT_USER_ID)).toBe(
      true,
    );
  });

  it('produces a DER SEQUENCE of two INTEGERs', () => {
    expect(signature[0]).toBe(0x30);
    expect(signature[1]).toBe(signature.length - 2);
    const parsed = decodeSignature(signature);
    expect(parsed).not.toBeNull();
    expect(encodeSignature(parsed!).equals(signature)).toBe(true);
  });

  it('fails for a tampered message', () => {
    expect(sm2Verify(message + ' ', signature, keys.publicKeyPem)).toBe(false);
  });

  it('fails for every single-bit change of the signature', () => {
    for (let i = 0; i < signature.length; i++) {
      const tampered = Buffer.from(signature);
      tampered[i]! ^= 0x01;
      expect(sm2Verify(message, tampered, keys.publicKeyPem), `byte ${i}`).toBe(false);
    }
  });

  it('fails for malformed DER and trailing bytes', () => {
    expect(sm2Verify(message, Buffer.alloc(0), keys.publicKeyPem)).toBe(false);
    expect(sm2Verify(message, Buffer.concat([signature, Buffer.of(0)]), keys.publicKeyPem)).toBe(false);
  });

  it('fails for another user ID or another key', () => {
    expect(sm2Verify(message, signature, keys.publicKeyPem, 'ALICE123@YAHOO.COM')).toBe(false);
    expect(sm2Verify(message, signature, generateSm2KeyPair().publicKeyPem)).toBe(false);
  });

  it('honours a custom user ID on both sides', () => {
    const userId = '91120000MA05JXXX00';
    const signed = sm2Sign(message, keys.privateKeyPem, userId);
    expect(sm2Verify(message, signed, keys.publicKeyPem, userId)).toBe(true);
    expect(sm2Verify(message, signed, keys.publicKeyPem)).toBe(false);
  });

  it('does not accept what crypto.sign("sm3", …) makes: that is ECDSA-with-SM3, not SM2', () => {
    const ecdsa = sign('sm3', Buffer.from(message), createPrivateKey(keys.privateKeyPem));
    expect(sm2Verify(message, ecdsa, keys.publicKeyPem)).toBe(false);
  });
});

// GM/T 0003.5 / GB/T 32918.5 annex A, checked through the PEM API (and by OpenSSL below).
const exampleSpkiPem = (() => {
  const x = '09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020';
  const y = 'CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13';
  const der = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d03420004' + x + y, 'hex');
  return `-----BEGIN PUBLIC KEY-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PUBLIC KEY-----\n`;
})();
const exampleSignature = encodeSignature({
  r: 0xf5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3n,
  s: 0xb1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aan,
});

it('verifies the standard’s example signature from a PEM public key', () => {
  expect(sm2Verify('message digest', exampleSignature, exampleSpkiPem)).toBe(true);
  expect(sm2Verify('message digest!', exampleSignature, exampleSpkiPem)).toBe(false);
});

// Interop with the openssl command line (OpenSSL ≥ 3.0: pkeyutl -rawin -digest sm3 -pkeyopt distid:…).
const workDir = mkdtempSync(join(tmpdir(), 'tongban-sm2-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const file = (name: string) => join(workDir, name);

const pkeyutlArgs = sm2PkeyutlArgs;

// Skip (with the reason in the suite name) only when the CLI cannot make an SM2 key or an SM2
// signature with a distinguishing ID — e.g. no openssl on PATH, or OpenSSL 1.1 without -rawin.
const opensslSm2 = opensslSm2Problem(workDir);

describe.skipIf(opensslSm2 !== null)(
  `openssl interop${opensslSm2 ? ` (skipped: ${opensslSm2})` : ''}`,
  () => {
    function opensslVerify(publicPem: string, msg: string, signature: Buffer, userId = SM2_DEFAULT_USER_ID) {
      writeFileSync(file('pub.pem'), publicPem);
      writeFileSync(file('msg'), msg);
      writeFileSync(file('sig'), signature);
      const args = ['pkeyutl', '-verify', '-pubin', '-inkey', file('pub.pem'), '-in', file('msg')];
      return openssl([...args, '-sigfile', file('sig'), ...pkeyutlArgs(userId)]);
    }

    it('openssl verifies our signatures', () => {
      const result = opensslVerify(keys.publicKeyPem, message, sm2Sign(message, keys.privateKeyPem));
      expect(result.output).toContain('Signature Verified Successfully');
      expect(result.ok).toBe(true);
    });

    it('openssl verifies our signatures with a custom user ID, and rejects a wrong one', () => {
      const signature = sm2Sign(message, keys.privateKeyPem, 'tongban@example.gov.cn');
      expect(opensslVerify(keys.publicKeyPem, message, signature, 'tongban@example.gov.cn').ok).toBe(true);
      expect(opensslVerify(keys.publicKeyPem, message, signature).ok).toBe(false);
    });

    it('openssl verifies the standard’s example signature', () => {
      expect(opensslVerify(exampleSpkiPem, 'message digest', exampleSignature).ok).toBe(true);
    });

    it('we verify signatures made by openssl with a key made by openssl', () => {
      const keyPem = readFileSync(file('probe.pem'), 'utf8');
      writeFileSync(file('msg'), message);
      for (const userId of [SM2_DEFAULT_USER_ID, 'ALICE123@YAHOO.COM']) {
        const args = [
          'pkeyutl',
          '-sign',
          '-inkey',
          file('probe.pem'),
          '-in',
          file('msg'),
          '-out',
          file('sig'),
        ];
        const result = openssl([...args, ...pkeyutlArgs(userId)]);
        expect(result.ok, result.output).toBe(true);
        const signature = readFileSync(file('sig'));
        const publicPem = sm2PublicKeyFromPrivate(keyPem);
        expect(sm2Verify(message, signature, publicPem, userId)).toBe(true);
        expect(sm2Verify(message + '.', signature, publicPem, userId)).toBe(false);
      }
    });

    it('reads OpenSSL’s traditional "SM2 PRIVATE KEY" PEM', () => {
      const result = openssl(['ec', '-in', file('probe.pem'), '-out', file('traditional.pem')]);
      expect(result.ok, result.output).toBe(true);
      const traditional = readFileSync(file('traditional.pem'), 'utf8');
      const publicPem = sm2PublicKeyFromPrivate(readFileSync(file('probe.pem'), 'utf8'));
      expect(sm2PublicKeyFromPrivate(traditional)).toBe(publicPem);
      expect(opensslVerify(publicPem, message, sm2Sign(message, traditional)).ok).toBe(true);
    });

    it('we sign with a key made by openssl and openssl agrees', () => {
      const keyPem = readFileSync(file('probe.pem'), 'utf8');
      const publicPem = openssl(['pkey', '-in', file('probe.pem'), '-pubout']).output;
      expect(publicPem).toBe(sm2PublicKeyFromPrivate(keyPem));
      expect(opensslVerify(publicPem, message, sm2Sign(message, keyPem)).ok).toBe(true);
    });
  },
);
