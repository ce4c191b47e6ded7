// A minimal, strict DER reader: just enough ASN.1 to pull the SM2 scalar out of PKCS#8 and the
// point out of SPKI, because Node cannot export SM2 keys as JWK. Anything unexpected throws.

/** One decoded tag-length-value element; `content` is a view into the input, not a copy. */
export interface DerElement {
  tag: number;
  content: Uint8Array;
  /** Offset of the byte following this element in the buffer it was read from. */
  end: number;
}

export const DER_TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  oid: 0x06,
  sequence: 0x30,
} as const;

/** Read the element starting at `offset`; with `expectedTag`, a different tag is an error. */
export function readDer(bytes: Uint8Array, offset: number, expectedTag?: number): DerElement {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined) throw new Error('DER: truncated element');
  if (expectedTag !== undefined && tag !== expectedTag) {
    throw new Error(`DER: expected tag 0x${expectedTag.toString(16)}, found 0x${tag.toString(16)}`);
  }
  let length = first;
  let start = offset + 2;
  if (first & 0x80) {
    // Long form; 0x80 alone would be BER's indefinite length, which DER forbids. Keys are small,
    // so more than 3 length bytes means garbage rather than a real key.
    const count = first & 0x7f;
    if (count === 0 || count > 3) throw new Error('DER: unsupported length encoding');
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = bytes[start + i];
      if (b === undefined) throw new Error('DER: truncated length');
      length = length * 256 + b;
    }
    if (length < 0x80) throw new Error('DER: non-minimal length');
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) throw new Error('DER: element runs past the end of the input');
  return { tag, content: bytes.subarray(start, end), end };
}

/** All elements directly inside a constructed element's content, in order. */
export function readDerChildren(content: Uint8Array): DerElement[] {
  const children: DerElement[] = [];
  let offset = 0;
  while (offset < content.length) {
    const child = readDer(content, offset);
    children.push(child);
    offset = child.end;
  }
  return children;
}

/** Read exactly one element that must fill the whole input (no trailing bytes). */
export function readDerWhole(bytes: Uint8Array, expectedTag: number): DerElement {
  const element = readDer(bytes, 0, expectedTag);
  if (element.end !== bytes.length) throw new Error('DER: trailing bytes after element');
  return element;
}
