import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error.ts';
import { generateSm2KeyPair, sm2Sign } from '../sm2.ts';
import { sm3 } from '../sm3.ts';
import { extractSignedParts, signDocument, verifyDocumentSignature } from './index.ts';
import { decodeSesSeal, encodeSesSeal, signSealInfo } from './seal.ts';
import { decodeSesSignature, encodeSesSignature, encodeTbsSign, type SesSignature } from './signature.ts';
import {
  SAMPLE_DOCUMENT,
  SIGNED_AT,
  VALID_FROM,
  VALID_TO,
  makeSealFixture,
  signSample,
} from './test-fixtures.ts';

const fixture = makeSealFixture();
const signed = signSample(fixture);
const problemCodes = (document: Uint8Array, signature: Uint8Array, makerCertificateDer?: Uint8Array) =>
  verifyDocumentSignature(
    document,
    signature,
    makerCertificateDer ? { makerCertificateDer } : {},
  ).problems.map((p) => p.code);

/** Re-encodes the signature after `change`, re-signing TBS_Sign with `key` when given. */
function altered(change: (s: SesSignature) => void, resignWith?: string): Buffer {
  const { signature } = decodeSesSignature(signed);
  change(signature);
  if (resignWith) signature.signature = sm2Sign(encodeTbsSign(signature.toSign), resignWith);
  return encodeSesSignature(signature);
}

describe('SES_Signature', () => {
  it('round-trips: decode(encode(x)) = x, byte for byte', () => {
    const { signature, tbsDer } = decodeSesSignature(signed);
    expect(encodeSesSignature(signature).equals(signed)).toBe(true);
    expect(encodeTbsSign(signature.toSign).equals(tbsDer)).toBe(true);
    expect(signature.toSign.version).toBe(4);
    expect(signature.toSign.timeInfo).toEqual(SIGNED_AT);
    expect(signature.toSign.dataHash.equals(sm3(SAMPLE_DOCUMENT))).toBe(true);
    expect(signature.signatureAlgId).toBe('1.2.156.10197.1.501');
    expect(signature.cert.equals(fixture.sealCertificateDer)).toBe(true);
    expect(encodeSesSeal(signature.toSign.eseal).equals(fixture.sesSeal)).toBe(true);
  });

  it('verifies and reports what was signed', () => {
    const check = verifyDocumentSignature(SAMPLE_DOCUMENT, signed, {
      makerCertificateDer: fixture.maker.certificateDer,
    });
    expect(check.problems).toEqual([]);
    expect(check.valid).toBe(true);
    expect(check).toMatchObject({
      esId: '12000020260001',
      sealName: '天津市市场监督管理委员会电子证照专用章',
      signedAt: SIGNED_AT,
      sealValidFrom: VALID_FROM,
      sealValidTo: VALID_TO,
      documentSm3: sm3(SAMPLE_DOCUMENT).toString('hex'),
    });
    expect(check.signerSubject).toContain('CN=天津市市场监督管理委员会电子证照专用章');
    expect(check.signerSubject).toContain('organizationIdentifier=11120000MB0000001K');
    expect(check.makerSubject).toContain('CN=通办平台电子印章制章系统');
  });

  it('extracts the parts an independent verifier needs', () => {
    const parts = extractSignedParts(signed);
    expect(parts.tbsSignDer.equals(decodeSesSignature(signed).tbsDer)).toBe(true);
    expect(parts.signatureDer[0]).toBe(0x30);
    expect(parts.signerCertificateDer.equals(fixture.sealCertificateDer)).toBe(true);
  });
});

describe('tamper detection', () => {
  it('a changed byte of the document', () => {
    const document = Buffer.from(SAMPLE_DOCUMENT);
    document[10]! ^= 0x01;
    expect(problemCodes(document, signed)).toEqual(['document-hash-mismatch']);
  });

  it('a changed dataHash (the signature no longer covers TBS_Sign)', () => {
    const other = Buffer.from('another document');
    const forged = altered((s) => (s.toSign.dataHash = sm3(other)));
    expect(problemCodes(other, forged)).toEqual(['signature-invalid']);
  });

  it('a changed timeInfo', () => {
    const forged = altered((s) => (s.toSign.timeInfo = new Date('2027-01-01T00:00:00Z')));
    expect(problemCodes(SAMPLE_DOCUMENT, forged)).toEqual(['signature-invalid']);
  });

  it('a changed seal picture inside the signature: the maker signature fails', () => {
    const key = fixture.sealKeys.privateKeyPem;
    const forged = altered((s) => (s.toSign.eseal.sealInfo.picture.data = Buffer.from('<svg/>')), key);
    expect(problemCodes(SAMPLE_DOCUMENT, forged)).toEqual(['seal-signature-invalid']);
  });

  it("another key's signature", () => {
    const forged = altered(() => {}, generateSm2KeyPair().privateKeyPem);
    expect(problemCodes(SAMPLE_DOCUMENT, forged)).toEqual(['signature-invalid']);
  });

  it("a signer certificate outside the seal's list (another seal of the same maker)", () => {
    const other = makeSealFixture({ maker: fixture.maker });
    const forged = altered((s) => (s.cert = other.sealCertificateDer), other.sealKeys.privateKeyPem);
    expect(problemCodes(SAMPLE_DOCUMENT, forged)).toEqual(['certificate-invalid']);
  });

  it('a seal re-signed by another maker: untrusted only when the trusted maker is given', () => {
    const rogue = makeSealFixture();
    const forged = signSample(rogue);
    expect(problemCodes(SAMPLE_DOCUMENT, forged)).toEqual([]);
    expect(problemCodes(SAMPLE_DOCUMENT, forged, fixture.maker.certificateDer)).toEqual(['untrusted-maker']);
  });

  it('a seal made by a maker whose key does not match the certificate inside', () => {
    const seal = decodeSesSeal(fixture.sesSeal);
    seal.signedValue = signSealInfo(seal.sealInfo, generateSm2KeyPair().privateKeyPem);
    const forged = altered((s) => (s.toSign.eseal = seal), fixture.sealKeys.privateKeyPem);
    expect(problemCodes(SAMPLE_DOCUMENT, forged)).toEqual(['seal-signature-invalid']);
  });

  it('an unsupported algorithm OID', () => {
    const forged = altered((s) => (s.signatureAlgId = '1.2.840.10045.4.3.2'));
    expect(problemCodes(SAMPLE_DOCUMENT, forged)).toEqual(['algorithm-unsupported']);
  });

  it('a timeInfo outside the seal validity, even when properly signed', () => {
    const late = altered(
      (s) => (s.toSign.timeInfo = new Date('2029-06-01T00:00:00Z')),
      fixture.sealKeys.privateKeyPem,
    );
    expect(problemCodes(SAMPLE_DOCUMENT, late)).toEqual(['seal-not-valid-at-signing', 'certificate-invalid']);
  });

  it('malformed DER: garbage, truncation, trailing bytes, BER indefinite length', () => {
    for (const bytes of [
      Buffer.from('not a signature'),
      signed.subarray(0, signed.length - 1),
      Buffer.concat([signed, Buffer.of(0)]),
      Buffer.from('30800201040000', 'hex'),
    ]) {
      const check = verifyDocumentSignature(SAMPLE_DOCUMENT, bytes);
      expect(check.valid).toBe(false);
      expect(check.problems.map((p) => p.code)).toEqual(['malformed']);
      expect(check.problems[0]!.zh).toMatch(/格式错误/);
    }
  });

  it('a non-minimal INTEGER is refused as not DER', () => {
    // TBS_Sign.version 4 as 02 02 00 04: same value, BER but not DER.
    const tbsStart = signed.indexOf(Buffer.from('020104', 'hex'));
    const ber = Buffer.concat([
      signed.subarray(0, tbsStart),
      Buffer.from('02020004', 'hex'),
      signed.subarray(tbsStart + 3),
    ]);
    // Fix the two enclosing lengths (both long form with two length bytes).
    ber.writeUInt16BE(ber.readUInt16BE(2) + 1, 2);
    ber.writeUInt16BE(ber.readUInt16BE(6) + 1, 6);
    expect(problemCodes(SAMPLE_DOCUMENT, ber)).toEqual(['malformed']);
  });
});

describe('signDocument', () => {
  const base = {
    sesSeal: fixture.sesSeal,
    sealPrivateKeyPem: fixture.sealKeys.privateKeyPem,
    documentSm3: sm3(SAMPLE_DOCUMENT),
    propertyInfo: 'license.pdf',
  };

  it('refuses a time outside the seal validity', () => {
    for (const signedAt of [new Date('2025-12-31T23:59:59Z'), new Date('2029-01-01T00:00:00Z')]) {
      expect(() => signDocument({ ...base, signedAt })).toThrow(AppError);
      try {
        signDocument({ ...base, signedAt });
      } catch (error) {
        expect((error as AppError).code).toBe('SEAL_NOT_USABLE');
      }
    }
  });

  it('accepts the first and the last second of the validity', () => {
    for (const signedAt of [VALID_FROM, VALID_TO]) {
      const signature = signDocument({ ...base, signedAt });
      expect(verifyDocumentSignature(SAMPLE_DOCUMENT, signature).valid).toBe(true);
    }
  });

  it("refuses a private key that is not the seal certificate's", () => {
    const other = generateSm2KeyPair().privateKeyPem;
    expect(() => signDocument({ ...base, sealPrivateKeyPem: other, signedAt: SIGNED_AT })).toThrow(
      /does not belong/,
    );
  });

  it('refuses a non-ASCII propertyInfo (IA5String) and a hash that is not SM3-sized', () => {
    expect(() => signDocument({ ...base, signedAt: SIGNED_AT, propertyInfo: '营业执照' })).toThrow(/ASCII/);
    expect(() => signDocument({ ...base, signedAt: SIGNED_AT, documentSm3: Buffer.alloc(20) })).toThrow(
      /SM3/,
    );
  });
});
