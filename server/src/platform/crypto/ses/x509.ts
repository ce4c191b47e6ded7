// Minimal X.509 v3 certificates (RFC 5280) for SM2 keys, signed SM2-with-SM3 (GM/T 0015):
// the seal maker's self-signed CA certificate and the seals' certificates it issues. Only what an
// e-seal needs — subject, validity, key, basicConstraints, keyUsage, key identifiers — so that
// `openssl x509` prints them and `openssl verify -CAfile maker.pem seal.pem` accepts the chain.
import { createHash, createPublicKey, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import { sm2PublicKeyFromPrivate, sm2Sign, sm2Verify } from '../sm2.ts';
import {
  OID,
  SesFormatError,
  bits,
  certificateTime,
  encodedBytes,
  explicit,
  int,
  isContextTag,
  oid,
  octets,
  parseDer,
  rawBlock,
  readBits,
  readCertificateTime,
  readDirectoryString,
  readOctets,
  readOid,
  seq,
  sequence,
  toDer,
  unwrapExplicit,
  utf8,
  type Block,
} from './asn1.ts';

export interface CertificateName {
  commonName: string;
  organization: string;
  organizationId?: string;
}

export interface ParsedCertificate {
  der: Buffer;
  /** The exact TBSCertificate bytes the issuer signed. */
  tbsDer: Buffer;
  signatureAlgorithm: string;
  signature: Buffer;
  serialHex: string;
  issuerDer: Buffer;
  subjectDer: Buffer;
  issuer: string;
  subject: string;
  notBefore: Date;
  notAfter: Date;
  spkiDer: Buffer;
  publicKeyPem: string;
  isCa: boolean;
}

const ATTRIBUTES: Record<string, string> = {
  '2.5.4.6': 'C',
  '2.5.4.3': 'CN',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.97': 'organizationIdentifier',
};

const EXT = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
} as const;

function attribute(type: string, value: Block): asn1js.Set {
  return new asn1js.Set({ value: [seq(oid(type), value)] });
}

/** C=CN, O, organizationIdentifier (the USCC), CN — strings in UTF-8 as GM/T 0015 allows. */
function encodeName(name: CertificateName): asn1js.Sequence {
  const rdns = [
    attribute('2.5.4.6', new asn1js.PrintableString({ value: 'CN' })),
    attribute('2.5.4.10', utf8(name.organization)),
  ];
  if (name.organizationId) rdns.push(attribute('2.5.4.97', utf8(name.organizationId)));
  rdns.push(attribute('2.5.4.3', utf8(name.commonName)));
  return seq(...rdns);
}

function nameText(block: Block, what: string): string {
  const parts: string[] = [];
  for (const rdn of sequence(block, what, 0, 64)) {
    if (!(rdn instanceof asn1js.Set)) throw new SesFormatError(`${what}: expected a SET`);
    for (const pair of rdn.valueBlock.value) {
      const [type, value] = sequence(pair, what, 2);
      const id = readOid(type, what);
      parts.push(`${ATTRIBUTES[id] ?? id}=${readDirectoryString(value, what)}`);
    }
  }
  return parts.join(', ');
}

const SIGNATURE_ALGORITHM = () => seq(oid(OID.sm2WithSm3));

export function spkiDerOf(publicKeyPem: string): Buffer {
  return createPublicKey(publicKeyPem).export({ format: 'der', type: 'spki' });
}

function pemOfSpki(spkiDer: Buffer): string {
  return createPublicKey({ key: spkiDer, format: 'der', type: 'spki' })
    .export({ format: 'pem', type: 'spki' })
    .toString();
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits (an identifier, not security). */
function keyIdentifier(spkiDer: Buffer): Buffer {
  const [, key] = sequence(parseDer(spkiDer, 'SubjectPublicKeyInfo'), 'SubjectPublicKeyInfo', 2);
  return createHash('sha1').update(readBits(key, 'subjectPublicKey')).digest();
}

function extension(id: string, critical: boolean, value: Block): asn1js.Sequence {
  // DER leaves out `critical` when it has its DEFAULT value FALSE.
  const fields: Block[] = [oid(id)];
  if (critical) fields.push(new asn1js.Boolean({ value: true }));
  fields.push(octets(toDer(value)));
  return seq(...fields);
}

/** A 127-bit positive serial number: unique without a counter, minimal as DER INTEGER. */
function serialNumber(): bigint {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x40;
  return BigInt(`0x${bytes.toString('hex')}`);
}

export interface CertificateRequest {
  issuerPrivateKeyPem: string;
  /** The issuer's Name DER (the maker certificate's subject), or null for a self-signed one. */
  issuerNameDer: Buffer | null;
  issuerSpkiDer: Buffer;
  subject: CertificateName;
  subjectPublicKeyPem: string;
  notBefore: Date;
  notAfter: Date;
  ca: boolean;
}

export function buildCertificate(request: CertificateRequest): Buffer {
  if (!(request.notBefore < request.notAfter)) throw new Error('certificate validity: from must precede to');
  const subjectSpki = spkiDerOf(request.subjectPublicKeyPem);
  const subjectName = encodeName(request.subject);
  const issuerName = request.issuerNameDer ? rawBlock(request.issuerNameDer, 'issuer name') : subjectName;
  const keyUsage = request.ca
    ? // digitalSignature (signs SES_Seal), keyCertSign, cRLSign: 1000 0110, one unused bit.
      new asn1js.BitString({ unusedBits: 1, valueHex: new Uint8Array([0x86]) })
    : // digitalSignature, nonRepudiation: 11, six unused bits.
      new asn1js.BitString({ unusedBits: 6, valueHex: new Uint8Array([0xc0]) });
  const extensions: Block[] = [];
  if (request.ca) {
    extensions.push(extension(EXT.basicConstraints, true, seq(new asn1js.Boolean({ value: true }))));
  }
  extensions.push(
    extension(EXT.keyUsage, true, keyUsage),
    extension(EXT.subjectKeyIdentifier, false, octets(keyIdentifier(subjectSpki))),
    extension(
      EXT.authorityKeyIdentifier,
      false,
      seq(
        new asn1js.Primitive({
          idBlock: { tagClass: 3, tagNumber: 0 },
          valueHex: keyIdentifier(request.issuerSpkiDer),
        }),
      ),
    ),
  );
  const tbs = seq(
    explicit(0, int(2)),
    int(serialNumber()),
    SIGNATURE_ALGORITHM(),
    issuerName,
    seq(certificateTime(request.notBefore), certificateTime(request.notAfter)),
    subjectName,
    rawBlock(subjectSpki, 'SubjectPublicKeyInfo'),
    explicit(3, seq(...extensions)),
  );
  const tbsDer = toDer(tbs);
  const signature = sm2Sign(tbsDer, request.issuerPrivateKeyPem);
  return toDer(seq(rawBlock(tbsDer, 'TBSCertificate'), SIGNATURE_ALGORITHM(), bits(signature)));
}

function readIsCa(extensions: Block | undefined): boolean {
  if (!extensions) return false;
  for (const ext of sequence(unwrapExplicit(extensions, 3, 'extensions'), 'extensions', 0, 64)) {
    const fields = sequence(ext, 'extension', 2, 3);
    if (readOid(fields[0], 'extnID') !== EXT.basicConstraints) continue;
    const value = readOctets(fields[fields.length - 1], 'extnValue');
    const [cA] = sequence(parseDer(value, 'basicConstraints'), 'basicConstraints', 0, 2);
    return cA instanceof asn1js.Boolean && cA.valueBlock.value;
  }
  return false;
}

/** Reads a certificate; throws SesFormatError when it is not one. */
export function parseCertificate(der: Uint8Array): ParsedCertificate {
  const [tbs, algorithm, signature] = sequence(parseDer(der, 'certificate'), 'certificate', 3);
  const fields = sequence(tbs, 'TBSCertificate', 6, 10);
  // version [0] is present in v3 certificates (ours); v1 certificates start with the serial.
  const offset = isContextTag(fields[0], 0) ? 1 : 0;
  const [serial, innerAlgorithm, issuer, validity, subject, spki] = fields.slice(offset, offset + 6);
  if (!(serial instanceof asn1js.Integer)) throw new SesFormatError('certificate: expected a serial number');
  const signatureAlgorithm = readOid(
    sequence(algorithm, 'signatureAlgorithm', 1, 2)[0],
    'signatureAlgorithm',
  );
  const tbsAlgorithm = readOid(sequence(innerAlgorithm, 'signature', 1, 2)[0], 'signature');
  if (tbsAlgorithm !== signatureAlgorithm) throw new SesFormatError('certificate: algorithm fields differ');
  const [notBefore, notAfter] = sequence(validity, 'validity', 2);
  const spkiDer = encodedBytes(spki!);
  let publicKeyPem: string;
  try {
    publicKeyPem = pemOfSpki(spkiDer);
  } catch {
    throw new SesFormatError('certificate: unreadable public key');
  }
  const extensions = fields.slice(offset + 6).find((f) => isContextTag(f, 3));
  return {
    der: Buffer.from(der),
    tbsDer: encodedBytes(tbs!),
    signatureAlgorithm,
    signature: readBits(signature, 'signatureValue'),
    serialHex: Buffer.from(serial.valueBlock.valueHexView).toString('hex'),
    issuerDer: encodedBytes(issuer!),
    subjectDer: encodedBytes(subject!),
    issuer: nameText(issuer!, 'issuer'),
    subject: nameText(subject!, 'subject'),
    notBefore: readCertificateTime(notBefore, 'notBefore'),
    notAfter: readCertificateTime(notAfter, 'notAfter'),
    spkiDer,
    publicKeyPem,
    isCa: readIsCa(extensions),
  };
}

/** True when `issuer`'s key signed `cert` with SM2-with-SM3 and the names chain up. */
export function isIssuedBy(cert: ParsedCertificate, issuer: ParsedCertificate): boolean {
  if (cert.signatureAlgorithm !== OID.sm2WithSm3 || !cert.issuerDer.equals(issuer.subjectDer)) return false;
  try {
    return sm2Verify(cert.tbsDer, cert.signature, issuer.publicKeyPem);
  } catch {
    return false; // the issuer's key is not an SM2 key
  }
}

/** True when the private key belongs to the certificate's public key. */
export function keyMatchesCertificate(privateKeyPem: string, cert: ParsedCertificate): boolean {
  return spkiDerOf(sm2PublicKeyFromPrivate(privateKeyPem)).equals(cert.spkiDer);
}
