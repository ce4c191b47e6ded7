// Small typed helpers over asn1js for the GB/T 38540 structures and the X.509 certificates:
// building DER (definite lengths, minimal INTEGERs — asn1js writes both) and reading it back
// field by field with a precise complaint when something is not what the structure says.
// Strictness (DER, not just BER) is enforced by the callers: they decode into plain objects,
// encode those again and require the very same bytes.
import * as asn1js from 'asn1js';

/** The input is not the expected DER structure; `message` says where. */
export class SesFormatError extends Error {
  override name = 'SesFormatError';
}

export type Block = asn1js.AsnType;

export const OID = {
  /** SM2 signature with SM3 (GM/T 0006). */
  sm2WithSm3: '1.2.156.10197.1.501',
} as const;

export function toDer(block: Block): Buffer {
  return Buffer.from((block as asn1js.BaseBlock).toBER(false));
}

/** One element filling the whole input (no trailing bytes). */
export function parseDer(bytes: Uint8Array, what: string): Block {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parsed = asn1js.fromBER(view);
  if (parsed.offset === -1 || parsed.result.error) {
    throw new SesFormatError(`${what}: not DER (${parsed.result.error || 'undecodable'})`);
  }
  if (parsed.offset !== bytes.length) throw new SesFormatError(`${what}: trailing bytes`);
  return parsed.result;
}

/** Re-reads raw DER so it can sit inside a structure being built. */
export function rawBlock(der: Uint8Array, what: string): Block {
  return parseDer(der, what);
}

/** The exact bytes an element was decoded from (what a signature over it covers). */
export function encodedBytes(block: Block): Buffer {
  return Buffer.from((block as asn1js.BaseBlock).valueBeforeDecodeView);
}

/** The children of a SEQUENCE, at least `min` and at most `max` of them. */
export function sequence(block: Block | undefined, what: string, min: number, max = min): Block[] {
  if (!(block instanceof asn1js.Sequence)) throw new SesFormatError(`${what}: expected a SEQUENCE`);
  const items = block.valueBlock.value;
  if (items.length < min || items.length > max) {
    throw new SesFormatError(`${what}: expected ${min === max ? min : `${min}..${max}`} fields`);
  }
  return items;
}

export function readInteger(block: Block | undefined, what: string): bigint {
  if (!(block instanceof asn1js.Integer)) throw new SesFormatError(`${what}: expected an INTEGER`);
  return block.toBigInt();
}

/** A small INTEGER (version, type, size) as a number. */
export function readSmallInt(block: Block | undefined, what: string): number {
  const value = readInteger(block, what);
  if (value < 0n || value > 0xffffffffn) throw new SesFormatError(`${what}: out of range`);
  return Number(value);
}

export function readOctets(block: Block | undefined, what: string): Buffer {
  if (!(block instanceof asn1js.OctetString)) throw new SesFormatError(`${what}: expected an OCTET STRING`);
  return Buffer.from(block.valueBlock.valueHexView);
}

/** A BIT STRING holding whole bytes (signatures and hashes always do). */
export function readBits(block: Block | undefined, what: string): Buffer {
  if (!(block instanceof asn1js.BitString)) throw new SesFormatError(`${what}: expected a BIT STRING`);
  if (block.valueBlock.unusedBits !== 0) throw new SesFormatError(`${what}: partial byte`);
  return Buffer.from(block.valueBlock.valueHexView);
}

export function readOid(block: Block | undefined, what: string): string {
  if (!(block instanceof asn1js.ObjectIdentifier)) {
    throw new SesFormatError(`${what}: expected an OBJECT IDENTIFIER`);
  }
  return block.valueBlock.toString();
}

export function readIa5(block: Block | undefined, what: string): string {
  if (!(block instanceof asn1js.IA5String)) throw new SesFormatError(`${what}: expected an IA5String`);
  return block.valueBlock.value;
}

export function readUtf8(block: Block | undefined, what: string): string {
  if (!(block instanceof asn1js.Utf8String)) throw new SesFormatError(`${what}: expected a UTF8String`);
  return block.valueBlock.value;
}

/** Any of the directory string types a certificate name may use, as text. */
export function readDirectoryString(block: Block | undefined, what: string): string {
  if (
    block instanceof asn1js.Utf8String ||
    block instanceof asn1js.PrintableString ||
    block instanceof asn1js.IA5String ||
    block instanceof asn1js.BmpString ||
    block instanceof asn1js.TeletexString
  ) {
    return block.valueBlock.value;
  }
  throw new SesFormatError(`${what}: expected a string`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The whole-second UTC form DER requires: YYYYMMDDHHMMSSZ. */
function timeText(date: Date): string {
  return (
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds()) +
    'Z'
  );
}

/** Drops the milliseconds: every time in these structures has whole seconds. */
export function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

export function generalizedTime(date: Date): asn1js.GeneralizedTime {
  return new asn1js.GeneralizedTime({ value: timeText(date) });
}

/** X.509 (RFC 5280): UTCTime up to 2049, GeneralizedTime from 2050. */
export function certificateTime(date: Date): asn1js.UTCTime | asn1js.GeneralizedTime {
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return new asn1js.UTCTime({ value: timeText(date).slice(2) });
  return generalizedTime(date);
}

function parseTimeDigits(digits: string, what: string): Date {
  const date = new Date(
    `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}T` +
      `${digits.slice(8, 10)}:${digits.slice(10, 12)}:${digits.slice(12, 14)}Z`,
  );
  if (Number.isNaN(date.getTime()) || timeText(date) !== `${digits}Z`) {
    throw new SesFormatError(`${what}: not a valid time`);
  }
  return date;
}

/** GeneralizedTime in the DER form YYYYMMDDHHMMSSZ (no fraction, UTC). */
export function readGeneralizedTime(block: Block | undefined, what: string): Date {
  if (!(block instanceof asn1js.GeneralizedTime)) {
    throw new SesFormatError(`${what}: expected a GeneralizedTime`);
  }
  const text = Buffer.from(block.valueBlock.valueHexView).toString('latin1');
  if (!/^\d{14}Z$/.test(text)) throw new SesFormatError(`${what}: expected YYYYMMDDHHMMSSZ`);
  return parseTimeDigits(text.slice(0, 14), what);
}

/** UTCTime (YYMMDDHHMMSSZ, 1950–2049) or GeneralizedTime, as certificates carry them. */
export function readCertificateTime(block: Block | undefined, what: string): Date {
  if (block instanceof asn1js.GeneralizedTime) return readGeneralizedTime(block, what);
  if (!(block instanceof asn1js.UTCTime)) throw new SesFormatError(`${what}: expected a time`);
  const text = Buffer.from(block.valueBlock.valueHexView).toString('latin1');
  if (!/^\d{12}Z$/.test(text)) throw new SesFormatError(`${what}: expected YYMMDDHHMMSSZ`);
  const century = Number(text.slice(0, 2)) < 50 ? '20' : '19';
  return parseTimeDigits(century + text.slice(0, 12), what);
}

/** IA5String accepts only 7-bit characters; refuse others instead of mangling them. */
export function ia5(value: string, what: string): asn1js.IA5String {
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(value)) throw new SesFormatError(`${what}: only ASCII characters are allowed`);
  return new asn1js.IA5String({ value });
}

export const utf8 = (value: string) => new asn1js.Utf8String({ value });
export const int = (value: number | bigint) => asn1js.Integer.fromBigInt(value);
export const octets = (bytes: Uint8Array) => new asn1js.OctetString({ valueHex: bytes });
export const bits = (bytes: Uint8Array) => new asn1js.BitString({ valueHex: bytes });
export const oid = (value: string) => new asn1js.ObjectIdentifier({ value });
export const seq = (...value: Block[]) => new asn1js.Sequence({ value: value as asn1js.BaseBlock[] });

/** [n] EXPLICIT wrapping. */
export function explicit(tagNumber: number, inner: Block): asn1js.Constructed {
  return new asn1js.Constructed({
    idBlock: { tagClass: 3, tagNumber },
    value: [inner as asn1js.BaseBlock],
  });
}

/** True when the element is the context-specific [n] tag. */
export function isContextTag(block: Block | undefined, tagNumber: number): boolean {
  const id = (block as asn1js.BaseBlock | undefined)?.idBlock;
  return id?.tagClass === 3 && id.tagNumber === tagNumber;
}

/** The single element inside [n] EXPLICIT. */
export function unwrapExplicit(block: Block | undefined, tagNumber: number, what: string): Block {
  if (!isContextTag(block, tagNumber) || !(block instanceof asn1js.Constructed)) {
    throw new SesFormatError(`${what}: expected [${tagNumber}]`);
  }
  const [inner, extra] = block.valueBlock.value;
  if (!inner || extra) throw new SesFormatError(`${what}: expected one element in [${tagNumber}]`);
  return inner;
}
