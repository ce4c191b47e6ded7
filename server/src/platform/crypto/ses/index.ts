// GB/T 38540-2020 electronic seals: the public surface. SES_Seal (made by the platform's seal
// maker) and SES_Signature (a document signed with a seal) as DER, SM3withSM2 per GM/T 0003 with
// the default user ID 1234567812345678, and minimal X.509 certificates for the SM2 keys.
// The structures are in seal.ts and signature.ts, certificates in x509.ts, checks in verify.ts;
// docs/e-seals.md describes the format and how to verify a signature with openssl.
import { AppError } from '../../errors/app-error.ts';
import { sm2PublicKeyFromPrivate } from '../sm2.ts';
import { OID, wholeSeconds } from './asn1.ts';
import {
  CERT_LIST_CERTIFICATES,
  SES_VERSION,
  SES_VID,
  decodeSesSeal,
  encodeSesSeal,
  signSealInfo,
} from './seal.ts';
import type { SesSealInfo } from './seal.ts';
import { decodeSesSignature, signTbs } from './signature.ts';
import { verifySesSignature } from './verify.ts';
import {
  buildCertificate,
  isIssuedBy,
  keyMatchesCertificate,
  parseCertificate,
  spkiDerOf,
  type ParsedCertificate,
} from './x509.ts';

export interface CertSubject {
  commonName: string;
  organization: string;
  /** The agency's USCC, written as organizationIdentifier (2.5.4.97). */
  organizationId?: string;
}

export interface Validity {
  from: Date;
  to: Date;
}

export interface SealMaker {
  privateKeyPem: string;
  publicKeyPem: string;
  /** The maker's self-signed CA certificate (DER). */
  certificateDer: Buffer;
}

export interface SealPicture {
  type: 'svg' | 'png';
  data: Buffer;
  widthMm: number;
  heightMm: number;
}

export interface SealProperties {
  esId: string;
  /** SES_ESPropertyInfo.type (codes.ts SEAL_TYPES). */
  type: number;
  name: string;
  /** The seal's own certificate (its SM2 public key), issued by the maker. */
  certificateDer: Buffer;
  createdAt: Date;
  validFrom: Date;
  validTo: Date;
  picture: SealPicture;
}

export interface SesProblem {
  code:
    | 'malformed'
    | 'algorithm-unsupported'
    | 'document-hash-mismatch'
    | 'signature-invalid'
    | 'seal-signature-invalid'
    | 'untrusted-maker'
    | 'certificate-invalid'
    | 'seal-not-valid-at-signing';
  zh: string;
  en: string;
}

export interface SignatureCheck {
  valid: boolean;
  problems: SesProblem[];
  esId: string | null;
  sealName: string | null;
  signedAt: Date | null;
  propertyInfo: string | null;
  sealValidFrom: Date | null;
  sealValidTo: Date | null;
  signerSubject: string | null;
  makerSubject: string | null;
  /** Hex SM3 the signature binds (compare with the file's). */
  documentSm3: string | null;
}

/** The maker certificate, checked to belong to the maker's private key. */
function makerCertificate(maker: SealMaker): ParsedCertificate {
  const cert = parseCertificate(maker.certificateDer);
  if (!keyMatchesCertificate(maker.privateKeyPem, cert)) {
    throw new Error("the seal maker's private key does not belong to its certificate");
  }
  return cert;
}

/** A self-signed X.509 v3 CA certificate (SM2-with-SM3) for the maker's key. */
export function makeMakerCertificate(
  privateKeyPem: string,
  subject: CertSubject,
  validity: Validity,
): Buffer {
  const publicKeyPem = sm2PublicKeyFromPrivate(privateKeyPem);
  return buildCertificate({
    issuerPrivateKeyPem: privateKeyPem,
    issuerNameDer: null,
    issuerSpkiDer: spkiDerOf(publicKeyPem),
    subject,
    subjectPublicKeyPem: publicKeyPem,
    notBefore: wholeSeconds(validity.from),
    notAfter: wholeSeconds(validity.to),
    ca: true,
  });
}

/** An X.509 v3 certificate for a seal's public key, signed by the maker. */
export function issueSealCertificate(
  maker: SealMaker,
  sealPublicKeyPem: string,
  subject: CertSubject,
  validity: Validity,
): Buffer {
  const issuer = makerCertificate(maker);
  return buildCertificate({
    issuerPrivateKeyPem: maker.privateKeyPem,
    issuerNameDer: issuer.subjectDer,
    issuerSpkiDer: issuer.spkiDer,
    subject,
    subjectPublicKeyPem: sealPublicKeyPem,
    notBefore: wholeSeconds(validity.from),
    notAfter: wholeSeconds(validity.to),
    ca: false,
  });
}

/** SES_Seal DER, signed by the maker. */
export function makeSesSeal(maker: SealMaker, props: SealProperties): Buffer {
  const issuer = makerCertificate(maker);
  if (!isIssuedBy(parseCertificate(props.certificateDer), issuer)) {
    throw new Error("the seal's certificate was not issued by this seal maker");
  }
  const validStart = wholeSeconds(props.validFrom);
  const validEnd = wholeSeconds(props.validTo);
  if (!(validStart < validEnd)) throw new Error('seal validity: from must precede to');
  const sealInfo: SesSealInfo = {
    header: { id: 'ES', version: SES_VERSION, vid: SES_VID },
    esId: props.esId,
    property: {
      type: props.type,
      name: props.name,
      certListType: CERT_LIST_CERTIFICATES,
      certList: [props.certificateDer],
      createDate: wholeSeconds(props.createdAt),
      validStart,
      validEnd,
    },
    picture: {
      type: props.picture.type.toUpperCase(),
      data: props.picture.data,
      width: Math.round(props.picture.widthMm),
      height: Math.round(props.picture.heightMm),
    },
  };
  return encodeSesSeal({
    sealInfo,
    cert: maker.certificateDer,
    signAlgId: OID.sm2WithSm3,
    signedValue: signSealInfo(sealInfo, maker.privateKeyPem),
  });
}

/**
 * SES_Signature DER binding the document's SM3, the time and the seal, signed with the seal's key.
 * Throws when `signedAt` lies outside the seal's validity (callers also refuse revoked seals).
 */
export function signDocument(input: {
  sesSeal: Buffer;
  sealPrivateKeyPem: string;
  documentSm3: Buffer;
  signedAt: Date;
  propertyInfo: string;
}): Buffer {
  const seal = decodeSesSeal(input.sesSeal);
  const { validStart, validEnd } = seal.sealInfo.property;
  const signedAt = wholeSeconds(input.signedAt);
  if (signedAt < validStart || signedAt > validEnd) {
    throw new AppError('SEAL_NOT_USABLE', {
      detail: `The seal is valid from ${validStart.toISOString()} to ${validEnd.toISOString()}, not at ${signedAt.toISOString()}`,
    });
  }
  if (input.documentSm3.length !== 32) throw new Error('documentSm3 must be the 32-byte SM3 digest');
  const signerCert = seal.sealInfo.property.certList.find((der) =>
    keyMatchesCertificate(input.sealPrivateKeyPem, parseCertificate(der)),
  );
  if (!signerCert) throw new Error("the private key does not belong to the seal's certificate");
  return signTbs(
    {
      version: SES_VERSION,
      eseal: seal,
      timeInfo: signedAt,
      dataHash: Buffer.from(input.documentSm3),
      propertyInfo: input.propertyInfo,
    },
    signerCert,
    input.sealPrivateKeyPem,
  );
}

/** Checks a document against its SES_Signature; with `makerCertificateDer`, also the maker. */
export function verifyDocumentSignature(
  document: Uint8Array,
  sesSignature: Uint8Array,
  trust?: { makerCertificateDer?: Uint8Array },
): SignatureCheck {
  return verifySesSignature(document, sesSignature, trust);
}

/** The parts an independent verifier needs: DER of TBS_Sign, the SM2 signature, the signer cert. */
export function extractSignedParts(sesSignature: Uint8Array): {
  tbsSignDer: Buffer;
  signatureDer: Buffer;
  signerCertificateDer: Buffer;
} {
  const { signature, tbsDer } = decodeSesSignature(sesSignature);
  return { tbsSignDer: tbsDer, signatureDer: signature.signature, signerCertificateDer: signature.cert };
}
