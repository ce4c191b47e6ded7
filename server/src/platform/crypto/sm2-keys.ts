// SM2 key material from PEM. Node's KeyObject parses the PEM armour and re-exports the key as
// PKCS#8 / SPKI DER, but it cannot export SM2 keys as JWK (the key type is unknown to Node), so
// the private scalar and the public point are read from that DER here.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { bytesToNumberBE } from '@noble/curves/utils.js';
import { DER_TAG, readDerChildren, readDerWhole, type DerElement } from './der-reader.ts';
import { SM2_CURVE, assertPrivateScalar, pointFromBytes, type Sm2Point } from './sm2-core.ts';

// OID contents (without tag and length).
const OID_EC_PUBLIC_KEY = Buffer.from('2a8648ce3d0201', 'hex'); // 1.2.840.10045.2.1
const OID_SM2 = Buffer.from('2a811ccf5501822d', 'hex'); // 1.2.156.10197.1.301

function isOid(element: DerElement | undefined, oid: Buffer): boolean {
  return element?.tag === DER_TAG.oid && oid.equals(element.content);
}

/**
 * The AlgorithmIdentifier OpenSSL writes: id-ecPublicKey with the SM2 curve OID as parameter.
 * (Some toolkits put the SM2 OID in the algorithm slot; Node cannot load such keys at all.)
 * Any other curve is refused: its scalar would silently be used on the wrong curve.
 */
function assertSm2Algorithm(algorithm: DerElement | undefined): void {
  if (algorithm?.tag !== DER_TAG.sequence) throw new Error('not an SM2 key: missing algorithm identifier');
  const [oid, parameters] = readDerChildren(algorithm.content);
  if (!isOid(oid, OID_EC_PUBLIC_KEY) || !isOid(parameters, OID_SM2)) {
    throw new Error('not an SM2 key: the key is for another algorithm or curve');
  }
}

/** The private scalar d of an SM2 private key: PKCS#8 PEM, or OpenSSL's "SM2 PRIVATE KEY" PEM. */
export function readSm2PrivateScalar(privateKeyPem: string): bigint {
  const der = createPrivateKey(privateKeyPem).export({ format: 'der', type: 'pkcs8' });
  // PrivateKeyInfo ::= SEQUENCE { version, AlgorithmIdentifier, privateKey OCTET STRING, ... }
  const [, algorithm, wrapped] = readDerChildren(readDerWhole(der, DER_TAG.sequence).content);
  assertSm2Algorithm(algorithm);
  if (wrapped?.tag !== DER_TAG.octetString) throw new Error('PKCS#8: missing private key');
  // ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] params, [1] publicKey }
  const [version, scalar] = readDerChildren(readDerWhole(wrapped.content, DER_TAG.sequence).content);
  if (version?.tag !== DER_TAG.integer || scalar?.tag !== DER_TAG.octetString) {
    throw new Error('ECPrivateKey: unexpected structure');
  }
  const d = bytesToNumberBE(scalar.content);
  assertPrivateScalar(SM2_CURVE, d);
  return d;
}

/** The public point of an SM2 public key (SPKI "PUBLIC KEY" PEM), validated to lie on the curve. */
export function readSm2PublicPoint(publicKeyPem: string): Sm2Point {
  const der = createPublicKey(publicKeyPem).export({ format: 'der', type: 'spki' });
  // SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier, subjectPublicKey BIT STRING }
  const [algorithm, bits] = readDerChildren(readDerWhole(der, DER_TAG.sequence).content);
  assertSm2Algorithm(algorithm);
  if (bits?.tag !== DER_TAG.bitString || bits.content[0] !== 0) throw new Error('SPKI: malformed public key');
  return pointFromBytes(SM2_CURVE, bits.content.subarray(1));
}

/** The SPKI PEM of the public key belonging to an SM2 private key. */
export function sm2PublicKeyFromPrivate(privateKeyPem: string): string {
  readSm2PrivateScalar(privateKeyPem); // refuse non-SM2 keys before deriving anything
  return createPublicKey(privateKeyPem).export({ format: 'pem', type: 'spki' }).toString();
}
