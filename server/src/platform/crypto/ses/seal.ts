// SES_Seal, the electronic seal of GB/T 38540-2020 (version 4): the seal's information signed by
// the seal maker. Encoded and decoded here as plain objects; decoding is strict — the bytes must
// be exactly what encoding the decoded object gives (DER, nothing unknown slipped in).
//
//   SES_Seal ::= SEQUENCE { eSealInfo SES_SealInfo, cert OCTET STRING, signAlgID OBJECT IDENTIFIER,
//                           signedValue BIT STRING }
//   SES_SealInfo ::= SEQUENCE { header SES_Header, esID IA5String, property SES_ESPropertyInfo,
//                               picture SES_ESPictureInfo, extDatas ExtensionDatas OPTIONAL }
//   SES_Header ::= SEQUENCE { ID IA5String ("ES"), version INTEGER (4), Vid IA5String }
//   SES_ESPropertyInfo ::= SEQUENCE { type INTEGER, name UTF8String, certListType INTEGER,
//                                     certList SES_CertList, createDate GeneralizedTime,
//                                     validStart GeneralizedTime, validEnd GeneralizedTime }
//   SES_CertList ::= CHOICE { certs SEQUENCE OF OCTET STRING,  -- certListType 1 (used here)
//                             certDigestList SEQUENCE OF CertDigestObj }  -- type 2 (refused)
//   SES_ESPictureInfo ::= SEQUENCE { type IA5String, data OCTET STRING, width INTEGER (mm),
//                                    height INTEGER (mm) }
import { sm2Sign, sm2Verify } from '../sm2.ts';
import {
  OID,
  SesFormatError,
  bits,
  generalizedTime,
  ia5,
  int,
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
  readUtf8,
  seq,
  sequence,
  toDer,
  utf8,
  encodedBytes,
  type Block,
} from './asn1.ts';

export const SES_VERSION = 4;
/** Who wrote the structure (SES_Header.Vid): a vendor identifier. */
export const SES_VID = 'Tongban';
/** SES_ESPropertyInfo.certListType: 1 = the certificates themselves, 2 = their digests. */
export const CERT_LIST_CERTIFICATES = 1;

export interface SesSealInfo {
  header: { id: string; version: number; vid: string };
  esId: string;
  property: {
    type: number;
    name: string;
    certListType: number;
    /** DER certificates of the signers allowed to use the seal. */
    certList: Buffer[];
    createDate: Date;
    validStart: Date;
    validEnd: Date;
  };
  picture: { type: string; data: Buffer; width: number; height: number };
  /** ExtensionDatas, kept as DER (never written by Tongban). */
  extDatas?: Buffer;
}

export interface SesSeal {
  sealInfo: SesSealInfo;
  /** The seal maker's certificate (DER). */
  cert: Buffer;
  signAlgId: string;
  /** The maker's SM2 signature (DER) over DER(SES_SealInfo). */
  signedValue: Buffer;
}

export function encodeSealInfo(info: SesSealInfo): Block {
  const { header, property, picture } = info;
  const fields: Block[] = [
    seq(ia5(header.id, 'SES_Header.ID'), int(header.version), ia5(header.vid, 'SES_Header.Vid')),
    ia5(info.esId, 'esID'),
    seq(
      int(property.type),
      utf8(property.name),
      int(property.certListType),
      seq(...property.certList.map((cert) => octets(cert))),
      generalizedTime(property.createDate),
      generalizedTime(property.validStart),
      generalizedTime(property.validEnd),
    ),
    seq(ia5(picture.type, 'picture.type'), octets(picture.data), int(picture.width), int(picture.height)),
  ];
  if (info.extDatas) fields.push(rawBlock(info.extDatas, 'extDatas'));
  return seq(...fields);
}

export function sealBlock(seal: SesSeal): Block {
  return seq(encodeSealInfo(seal.sealInfo), octets(seal.cert), oid(seal.signAlgId), bits(seal.signedValue));
}

export function encodeSesSeal(seal: SesSeal): Buffer {
  return toDer(sealBlock(seal));
}

function decodeSealInfo(block: Block): SesSealInfo {
  const [header, esId, property, picture, extDatas] = sequence(block, 'SES_SealInfo', 4, 5);
  const [id, version, vid] = sequence(header, 'SES_Header', 3);
  const [type, name, certListType, certList, createDate, validStart, validEnd] = sequence(
    property,
    'SES_ESPropertyInfo',
    7,
  );
  const listType = readSmallInt(certListType, 'certListType');
  if (listType !== CERT_LIST_CERTIFICATES) {
    throw new SesFormatError('certListType: only 1 (certificates) is supported, not certificate digests');
  }
  const [pictureType, data, width, height] = sequence(picture, 'SES_ESPictureInfo', 4);
  return {
    header: {
      id: readIa5(id, 'SES_Header.ID'),
      version: readSmallInt(version, 'SES_Header.version'),
      vid: readIa5(vid, 'SES_Header.Vid'),
    },
    esId: readIa5(esId, 'esID'),
    property: {
      type: readSmallInt(type, 'property.type'),
      name: readUtf8(name, 'property.name'),
      certListType: listType,
      certList: sequence(certList, 'certList', 1, 64).map((cert) => readOctets(cert, 'certList')),
      createDate: readGeneralizedTime(createDate, 'createDate'),
      validStart: readGeneralizedTime(validStart, 'validStart'),
      validEnd: readGeneralizedTime(validEnd, 'validEnd'),
    },
    picture: {
      type: readIa5(pictureType, 'picture.type'),
      data: readOctets(data, 'picture.data'),
      width: readSmallInt(width, 'picture.width'),
      height: readSmallInt(height, 'picture.height'),
    },
    ...(extDatas ? { extDatas: encodedBytes(extDatas) } : {}),
  };
}

/** Reads an SES_Seal element (inside TBS_Sign, or on its own). */
export function decodeSealBlock(block: Block): SesSeal {
  const [info, cert, algorithm, signedValue] = sequence(block, 'SES_Seal', 4);
  const sealInfo = decodeSealInfo(info!);
  if (sealInfo.header.id !== 'ES') throw new SesFormatError('SES_Header.ID: expected "ES"');
  if (sealInfo.header.version !== SES_VERSION) {
    throw new SesFormatError(`SES_Header.version: expected ${SES_VERSION} (GB/T 38540-2020)`);
  }
  return {
    sealInfo,
    cert: readOctets(cert, 'SES_Seal.cert'),
    signAlgId: readOid(algorithm, 'SES_Seal.signAlgID'),
    signedValue: readBits(signedValue, 'SES_Seal.signedValue'),
  };
}

/** Decodes SES_Seal DER strictly (throws SesFormatError). */
export function decodeSesSeal(der: Uint8Array): SesSeal {
  const seal = decodeSealBlock(parseDer(der, 'SES_Seal'));
  if (!encodeSesSeal(seal).equals(der)) throw new SesFormatError('SES_Seal: not in DER form');
  return seal;
}

/** The maker signs DER(SES_SealInfo) — as ofdrw and the GM/T 0031 / 38540 verifiers do. */
export function signSealInfo(sealInfo: SesSealInfo, makerPrivateKeyPem: string): Buffer {
  return sm2Sign(toDer(encodeSealInfo(sealInfo)), makerPrivateKeyPem);
}

export function sealSignatureValid(seal: SesSeal, makerPublicKeyPem: string): boolean {
  if (seal.signAlgId !== OID.sm2WithSm3) return false;
  try {
    return sm2Verify(toDer(encodeSealInfo(seal.sealInfo)), seal.signedValue, makerPublicKeyPem);
  } catch {
    return false; // the maker's key is not an SM2 key
  }
}
