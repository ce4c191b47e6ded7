import { describe, expect, it } from 'vitest';
import { generateSm2KeyPair } from '../sm2.ts';
import { issueSealCertificate, makeSesSeal } from './index.ts';
import { SesFormatError } from './asn1.ts';
import { decodeSesSeal, encodeSesSeal, sealSignatureValid } from './seal.ts';
import { parseCertificate } from './x509.ts';
import { SEAL_SUBJECT, VALID_FROM, VALID_TO, makeMaker, makeSealFixture } from './test-fixtures.ts';

const fixture = makeSealFixture();

describe('SES_Seal', () => {
  it('round-trips: decode(encode(x)) = x, byte for byte', () => {
    const seal = decodeSesSeal(fixture.sesSeal);
    expect(encodeSesSeal(seal).equals(fixture.sesSeal)).toBe(true);
    expect(seal.sealInfo.header).toEqual({ id: 'ES', version: 4, vid: 'Tongban' });
    expect(seal.sealInfo.esId).toBe('12000020260001');
    expect(seal.sealInfo.property).toMatchObject({
      type: 2,
      name: SEAL_SUBJECT.commonName,
      certListType: 1,
      createDate: new Date('2025-12-30T02:00:00Z'),
      validStart: VALID_FROM,
      validEnd: VALID_TO,
    });
    expect(seal.sealInfo.property.certList).toEqual([fixture.sealCertificateDer]);
    expect(seal.sealInfo.picture).toMatchObject({ type: 'SVG', width: 42, height: 42 });
    expect(seal.cert.equals(fixture.maker.certificateDer)).toBe(true);
    expect(seal.signAlgId).toBe('1.2.156.10197.1.501');
  });

  it("carries the maker's signature over DER(SES_SealInfo)", () => {
    const seal = decodeSesSeal(fixture.sesSeal);
    expect(sealSignatureValid(seal, fixture.maker.publicKeyPem)).toBe(true);
    expect(sealSignatureValid(seal, generateSm2KeyPair().publicKeyPem)).toBe(false);
    seal.sealInfo.property.name = '伪造的印章';
    expect(sealSignatureValid(seal, fixture.maker.publicKeyPem)).toBe(false);
  });

  it('drops milliseconds (GeneralizedTime in whole seconds)', () => {
    const seal = makeSesSeal(fixture.maker, {
      esId: 'X1',
      type: 1,
      name: '公章',
      certificateDer: fixture.sealCertificateDer,
      createdAt: new Date('2026-01-01T00:00:00.999Z'),
      validFrom: VALID_FROM,
      validTo: VALID_TO,
      picture: { type: 'png', data: Buffer.of(1), widthMm: 40, heightMm: 40 },
    });
    expect(decodeSesSeal(seal).sealInfo.property.createDate).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it("refuses a seal certificate the maker did not issue, and a maker key that is not the certificate's", () => {
    const props = {
      esId: 'X2',
      type: 1,
      name: '公章',
      certificateDer: makeSealFixture().sealCertificateDer,
      createdAt: VALID_FROM,
      validFrom: VALID_FROM,
      validTo: VALID_TO,
      picture: { type: 'svg' as const, data: Buffer.of(1), widthMm: 40, heightMm: 40 },
    };
    expect(() => makeSesSeal(fixture.maker, props)).toThrow(/not issued by this seal maker/);
    const wrongKey = { ...fixture.maker, ...generateSm2KeyPair() };
    expect(() => makeSesSeal(wrongKey, { ...props, certificateDer: fixture.sealCertificateDer })).toThrow(
      /does not belong/,
    );
  });

  it('refuses malformed input with SesFormatError', () => {
    expect(() => decodeSesSeal(Buffer.from('3000', 'hex'))).toThrow(SesFormatError);
    expect(() => decodeSesSeal(fixture.sesSeal.subarray(1))).toThrow(SesFormatError);
    expect(() => decodeSesSeal(Buffer.concat([fixture.sesSeal, Buffer.of(0)]))).toThrow(/trailing/);
  });
});

describe('certificates', () => {
  it('the maker certificate is a self-signed CA, the seal certificate is issued by it', () => {
    const maker = parseCertificate(fixture.maker.certificateDer);
    const seal = parseCertificate(fixture.sealCertificateDer);
    expect(maker.isCa).toBe(true);
    expect(seal.isCa).toBe(false);
    expect(maker.issuer).toBe(maker.subject);
    expect(seal.issuer).toBe(maker.subject);
    expect(seal.subject).toBe(
      'C=CN, O=天津市市场监督管理委员会, organizationIdentifier=11120000MB0000001K, CN=天津市市场监督管理委员会电子证照专用章',
    );
    expect(seal.notBefore).toEqual(VALID_FROM);
    expect(seal.notAfter).toEqual(VALID_TO);
    expect(seal.signatureAlgorithm).toBe('1.2.156.10197.1.501');
  });

  it('encodes dates from 2050 as GeneralizedTime', () => {
    const maker = makeMaker();
    const keys = generateSm2KeyPair();
    const der = issueSealCertificate(maker, keys.publicKeyPem, SEAL_SUBJECT, {
      from: VALID_FROM,
      to: new Date('2060-01-01T00:00:00Z'),
    });
    expect(parseCertificate(der).notAfter).toEqual(new Date('2060-01-01T00:00:00Z'));
    expect(der.includes(Buffer.from('20600101000000Z'))).toBe(true);
  });
});
