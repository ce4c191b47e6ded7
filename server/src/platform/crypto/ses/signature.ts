// SES_Signature, the electronic signature (签章) of GB/T 38540-2020 (version 4): the seal, the
// time and the document's SM3 in TBS_Sign, signed by the seal's key (SM3withSM2, GM/T 0003, user
// ID 1234567812345678). Decoding is strict in the same way as SES_Seal's.
//
//   SES_Signature ::= SEQUENCE { toSign TBS_Sign, cert OCTET STRING, signatureAlgID OBJECT IDENTIFIER,
//                                signature BIT STRING, timeStamp [0] BIT STRING OPTIONAL }
//   TBS_Sign ::= SEQUENCE { version INTEGER (4), eseal SES_Seal, timeInfo GeneralizedTime,
//                           dataHash BIT STRING, propertyInfo IA5String, extDatas OPTIONAL }
import { sm2Sign } from '../sm2.ts';
import {
  OID,
  SesFormatError,
  bits,
  encodedBytes,
  generalizedTime,
  ia5,
  int,
  isContextTag,
  octets,
  oid,
  parseDer,
  rawBlock,
  readBits,
  readGeneralizedTime,
  readIa5,
  readOctets,
  readOid,
  readSmallInt,
  seq,
  sequence,
  toDer,
  type Block,
} from './asn1.ts';
import { SES_VERSION, decodeSealBlock, sealBlock, type SesSeal } from './seal.ts';

export interface TbsSign {
  version: number;
  eseal: SesSeal;
  timeInfo: Date;
  /** SM3 of the signed document (32 bytes). */
  dataHash: Buffer;
  /** What was signed, e.g. the file name or the license number (ASCII). */
  propertyInfo: string;
  /** ExtensionDatas, kept as DER (never written by Tongban). */
  extDatas?: Buffer;
}

export interface SesSignature {
  toSign: TbsSign;
  /** The signer's certificate (DER): the seal's certificate, listed in the seal's certList. */
  cert: Buffer;
  signatureAlgId: string;
  /** SM2 signature (DER SEQUENCE { r, s }) over DER(TBS_Sign). */
  signature: Buffer;
  /** [0] timeStamp, kept as DER (never written by Tongban). */
  timeStamp?: Buffer;
}

function tbsBlock(tbs: TbsSign): Block {
  const fields: Block[] = [
    int(tbs.version),
    sealBlock(tbs.eseal),
    generalizedTime(tbs.timeInfo),
    bits(tbs.dataHash),
    ia5(tbs.propertyInfo, 'propertyInfo'),
  ];
  if (tbs.extDatas) fields.push(rawBlock(tbs.extDatas, 'extDatas'));
  return seq(...fields);
}

export function encodeTbsSign(tbs: TbsSign): Buffer {
  return toDer(tbsBlock(tbs));
}

export function encodeSesSignature(signature: SesSignature): Buffer {
  const fields: Block[] = [
    tbsBlock(signature.toSign),
    octets(signature.cert),
    oid(signature.signatureAlgId),
    bits(signature.signature),
  ];
  if (signature.timeStamp) fields.push(rawBlock(signature.timeStamp, 'timeStamp'));
  return toDer(seq(...fields));
}

export interface DecodedSesSignature {
  signature: SesSignature;
  /** The exact bytes of TBS_Sign inside the input: what the signature covers. */
  tbsDer: Buffer;
}

/** Decodes SES_Signature DER strictly (throws SesFormatError). */
export function decodeSesSignature(der: Uint8Array): DecodedSesSignature {
  const [toSign, cert, algorithm, value, timeStamp] = sequence(
    parseDer(der, 'SES_Signature'),
    'SES_Signature',
    4,
    5,
  );
  if (timeStamp && !isContextTag(timeStamp, 0))
    throw new SesFormatError('SES_Signature.timeStamp: expected [0]');
  const [version, eseal, timeInfo, dataHash, propertyInfo, extDatas] = sequence(toSign, 'TBS_Sign', 5, 6);
  const tbs: TbsSign = {
    version: readSmallInt(version, 'TBS_Sign.version'),
    eseal: decodeSealBlock(eseal!),
    timeInfo: readGeneralizedTime(timeInfo, 'timeInfo'),
    dataHash: readBits(dataHash, 'dataHash'),
    propertyInfo: readIa5(propertyInfo, 'propertyInfo'),
    ...(extDatas ? { extDatas: encodedBytes(extDatas) } : {}),
  };
  if (tbs.version !== SES_VERSION) throw new SesFormatError(`TBS_Sign.version: expected ${SES_VERSION}`);
  const signature: SesSignature = {
    toSign: tbs,
    cert: readOctets(cert, 'SES_Signature.cert'),
    signatureAlgId: readOid(algorithm, 'signatureAlgID'),
    signature: readBits(value, 'SES_Signature.signature'),
    ...(timeStamp ? { timeStamp: encodedBytes(timeStamp) } : {}),
  };
  if (!encodeSesSignature(signature).equals(der)) throw new SesFormatError('SES_Signature: not in DER form');
  return { signature, tbsDer: encodedBytes(toSign!) };
}

/** Builds and signs SES_Signature; the caller has checked the seal and the key. */
export function signTbs(tbs: TbsSign, signerCertDer: Buffer, privateKeyPem: string): Buffer {
  const signature = sm2Sign(encodeTbsSign(tbs), privateKeyPem);
  return encodeSesSignature({ toSign: tbs, cert: signerCertDer, signatureAlgId: OID.sm2WithSm3, signature });
}
