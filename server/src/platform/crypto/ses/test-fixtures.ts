// Test fixtures: a seal maker, a seal with its certificate, and a signed document — the chain the
// licenses module builds with real keys, made here without a database.
import { generateSm2KeyPair, type Sm2KeyPairPem } from '../sm2.ts';
import { sm3 } from '../sm3.ts';
import {
  issueSealCertificate,
  makeMakerCertificate,
  makeSesSeal,
  signDocument,
  type SealMaker,
} from './index.ts';

export const MAKER_SUBJECT = {
  commonName: '通办平台电子印章制章系统',
  organization: '通办政务服务平台',
  organizationId: '11120000MB1234567X',
};
export const SEAL_SUBJECT = {
  commonName: '天津市市场监督管理委员会电子证照专用章',
  organization: '天津市市场监督管理委员会',
  organizationId: '11120000MB0000001K',
};

export const VALID_FROM = new Date('2026-01-01T00:00:00Z');
export const VALID_TO = new Date('2028-12-31T23:59:59Z');
export const SIGNED_AT = new Date('2026-11-28T08:30:15Z');

export function makeMaker(keys: Sm2KeyPairPem = generateSm2KeyPair()): SealMaker {
  return {
    ...keys,
    certificateDer: makeMakerCertificate(keys.privateKeyPem, MAKER_SUBJECT, {
      from: new Date('2025-01-01T00:00:00Z'),
      to: new Date('2045-01-01T00:00:00Z'),
    }),
  };
}

export interface SealFixture {
  maker: SealMaker;
  sealKeys: Sm2KeyPairPem;
  sealCertificateDer: Buffer;
  sesSeal: Buffer;
}

export function makeSealFixture(options: { maker?: SealMaker; picture?: Buffer } = {}): SealFixture {
  const maker = options.maker ?? makeMaker();
  const sealKeys = generateSm2KeyPair();
  const sealCertificateDer = issueSealCertificate(maker, sealKeys.publicKeyPem, SEAL_SUBJECT, {
    from: VALID_FROM,
    to: VALID_TO,
  });
  const sesSeal = makeSesSeal(maker, {
    esId: '12000020260001',
    type: 2,
    name: SEAL_SUBJECT.commonName,
    certificateDer: sealCertificateDer,
    createdAt: new Date('2025-12-30T02:00:00Z'),
    validFrom: VALID_FROM,
    validTo: VALID_TO,
    picture: {
      type: 'svg',
      data: options.picture ?? Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 42 42"/>'),
      widthMm: 42,
      heightMm: 42,
    },
  });
  return { maker, sealKeys, sealCertificateDer, sesSeal };
}

export const SAMPLE_DOCUMENT = Buffer.from('%PDF-1.7\n% 营业执照 sample bytes\n%%EOF\n', 'utf8');

export function signSample(fixture: SealFixture, document: Buffer = SAMPLE_DOCUMENT): Buffer {
  return signDocument({
    sesSeal: fixture.sesSeal,
    sealPrivateKeyPem: fixture.sealKeys.privateKeyPem,
    documentSm3: sm3(document),
    signedAt: SIGNED_AT,
    propertyInfo: '1.2.156.3005.2.11100000000013338W001.11120000MB0000001K.0001.001.K',
  });
}
