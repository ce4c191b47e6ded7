// GB/T 38540-2020 electronic seals: the public surface. SES_Seal (made by the platform's seal
// maker) and SES_Signature (a document signed with a seal) as DER, SM3withSM2 per GM/T 0003 with
// the default user ID 1234567812345678, and minimal X.509 certificates for the SM2 keys.
// CONTRACT STUB — the implementation replaces these bodies (see the helper brief).

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

const todo = (): never => {
  throw new Error('not implemented yet');
};

/** A self-signed X.509 v3 CA certificate (SM2-with-SM3) for the maker's key. */
export function makeMakerCertificate(
  _privateKeyPem: string,
  _subject: CertSubject,
  _validity: Validity,
): Buffer {
  return todo();
}

/** An X.509 v3 certificate for a seal's public key, signed by the maker. */
export function issueSealCertificate(
  _maker: SealMaker,
  _sealPublicKeyPem: string,
  _subject: CertSubject,
  _validity: Validity,
): Buffer {
  return todo();
}

/** SES_Seal DER, signed by the maker. */
export function makeSesSeal(_maker: SealMaker, _props: SealProperties): Buffer {
  return todo();
}

/**
 * SES_Signature DER binding the document's SM3, the time and the seal, signed with the seal's key.
 * Throws when `signedAt` lies outside the seal's validity (callers also refuse revoked seals).
 */
export function signDocument(_input: {
  sesSeal: Buffer;
  sealPrivateKeyPem: string;
  documentSm3: Buffer;
  signedAt: Date;
  propertyInfo: string;
}): Buffer {
  return todo();
}

/** Checks a document against its SES_Signature; with `makerCertificateDer`, also the maker. */
export function verifyDocumentSignature(
  _document: Uint8Array,
  _sesSignature: Uint8Array,
  _trust?: { makerCertificateDer?: Uint8Array },
): SignatureCheck {
  return todo();
}

/** The parts an independent verifier needs: DER of TBS_Sign, the SM2 signature, the signer cert. */
export function extractSignedParts(_sesSignature: Uint8Array): {
  tbsSignDer: Buffer;
  signatureDer: Buffer;
  signerCertificateDer: Buffer;
} {
  return todo();
}
