// Verification of a document against its SES_Signature, in the order GB/T 38540-2020 §8 lists
// (signature value, signer certificate against the seal, the seal itself, its validity, the
// document hash). Every check runs and every failure is reported, so a verifier sees all that
// is wrong at once; the SES surface in index.ts returns this report.
import { sm3 } from '../sm3.ts';
import { OID, SesFormatError } from './asn1.ts';
import { sealSignatureValid } from './seal.ts';
import { decodeSesSignature } from './signature.ts';
import { isIssuedBy, parseCertificate, type ParsedCertificate } from './x509.ts';
import { sm2Verify } from '../sm2.ts';
import type { SesProblem, SignatureCheck } from './index.ts';

const problem = (code: SesProblem['code'], zh: string, en: string): SesProblem => ({ code, zh, en });

const stamp = (date: Date) => date.toISOString().replace('.000Z', 'Z');

function tryParse(der: Buffer): ParsedCertificate | null {
  try {
    return parseCertificate(der);
  } catch {
    return null;
  }
}

/** SM2 verification with the certificate's key; a key that is not SM2 simply fails. */
function verifiesWith(cert: ParsedCertificate, message: Buffer, signature: Buffer): boolean {
  try {
    return sm2Verify(message, signature, cert.publicKeyPem);
  } catch {
    return false;
  }
}

export function verifySesSignature(
  document: Uint8Array,
  sesSignature: Uint8Array,
  trust: { makerCertificateDer?: Uint8Array } = {},
): SignatureCheck {
  const problems: SesProblem[] = [];
  const report: SignatureCheck = {
    valid: false,
    problems,
    esId: null,
    sealName: null,
    signedAt: null,
    propertyInfo: null,
    sealValidFrom: null,
    sealValidTo: null,
    signerSubject: null,
    makerSubject: null,
    documentSm3: null,
  };

  let decoded: ReturnType<typeof decodeSesSignature>;
  try {
    decoded = decodeSesSignature(sesSignature);
  } catch (error) {
    const reason = error instanceof SesFormatError ? error.message : 'undecodable';
    problems.push(
      problem('malformed', `签章数据格式错误，无法解析（${reason}）`, `Malformed signature data (${reason})`),
    );
    return report;
  }
  const { signature, tbsDer } = decoded;
  const { toSign } = signature;
  const seal = toSign.eseal;
  const property = seal.sealInfo.property;
  Object.assign(report, {
    esId: seal.sealInfo.esId,
    sealName: property.name,
    signedAt: toSign.timeInfo,
    propertyInfo: toSign.propertyInfo,
    sealValidFrom: property.validStart,
    sealValidTo: property.validEnd,
    documentSm3: toSign.dataHash.toString('hex'),
  });

  if (!sm3(document).equals(toSign.dataHash)) {
    problems.push(
      problem(
        'document-hash-mismatch',
        '文件与签章不符：文件的 SM3 杂凑值与签章中记录的不一致（文件已被改动或不是所签文件）',
        'The file does not match the signature: its SM3 differs from the one signed (altered or another file)',
      ),
    );
  }

  const signatureAlgorithmOk = signature.signatureAlgId === OID.sm2WithSm3;
  const sealAlgorithmOk = seal.signAlgId === OID.sm2WithSm3;
  for (const [ok, id] of [
    [signatureAlgorithmOk, signature.signatureAlgId],
    [sealAlgorithmOk, seal.signAlgId],
  ] as const) {
    if (!ok) {
      problems.push(
        problem(
          'algorithm-unsupported',
          `不支持的签名算法 ${id}（仅支持 SM3withSM2 ${OID.sm2WithSm3}）`,
          `Unsupported signature algorithm ${id} (only SM3withSM2 ${OID.sm2WithSm3})`,
        ),
      );
    }
  }

  const signer = tryParse(signature.cert);
  const maker = tryParse(seal.cert);
  report.signerSubject = signer?.subject ?? null;
  report.makerSubject = maker?.subject ?? null;

  if (!signer) {
    problems.push(
      problem('certificate-invalid', '签章人证书无法解析', 'The signer certificate is unreadable'),
    );
  } else if (signatureAlgorithmOk) {
    if (!verifiesWith(signer, tbsDer, signature.signature)) {
      problems.push(
        problem(
          'signature-invalid',
          '签章签名值验证失败：签章信息被改动或不是该证书的密钥所签',
          'The signature value does not verify: the signed data was altered or signed with another key',
        ),
      );
    }
  }

  if (!property.certList.some((cert) => cert.equals(signature.cert))) {
    problems.push(
      problem(
        'certificate-invalid',
        '签章人证书不在电子印章的证书列表中',
        "The signer certificate is not in the seal's certificate list",
      ),
    );
  }

  if (!maker) {
    problems.push(
      problem('certificate-invalid', '制章人证书无法解析', "The seal maker's certificate is unreadable"),
    );
  } else {
    if (sealAlgorithmOk && !sealSignatureValid(seal, maker.publicKeyPem)) {
      problems.push(
        problem(
          'seal-signature-invalid',
          '电子印章的制章人签名无效：印章数据被改动',
          "The seal maker's signature on the seal does not verify: the seal data was altered",
        ),
      );
    }
    if (!maker.isCa) {
      problems.push(
        problem('certificate-invalid', '制章人证书不是 CA 证书', "The seal maker's certificate is not a CA"),
      );
    }
    if (signer && !isIssuedBy(signer, maker)) {
      problems.push(
        problem(
          'certificate-invalid',
          '签章人证书不是制章人签发的',
          'The signer certificate was not issued by the seal maker',
        ),
      );
    }
  }

  const at = toSign.timeInfo;
  if (at < property.validStart || at > property.validEnd) {
    problems.push(
      problem(
        'seal-not-valid-at-signing',
        `签章时间 ${stamp(at)} 不在印章有效期 ${stamp(property.validStart)} 至 ${stamp(property.validEnd)} 内`,
        `Signed at ${stamp(at)}, outside the seal's validity ${stamp(property.validStart)} to ${stamp(property.validEnd)}`,
      ),
    );
  }
  if (signer && (at < signer.notBefore || at > signer.notAfter)) {
    problems.push(
      problem(
        'certificate-invalid',
        '签章时签章人证书不在有效期内',
        'The signer certificate was not valid at the signing time',
      ),
    );
  }

  if (trust.makerCertificateDer) {
    const trusted = Buffer.from(trust.makerCertificateDer);
    if (!trusted.equals(seal.cert) || !maker || !isIssuedBy(maker, maker)) {
      problems.push(
        problem(
          'untrusted-maker',
          '制章人不受信任：印章不是由所信任的制章人证书制作的',
          'Untrusted seal maker: the seal was not made with the trusted maker certificate',
        ),
      );
    }
  }

  report.valid = problems.length === 0;
  return report;
}
