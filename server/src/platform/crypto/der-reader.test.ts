import { describe, expect, it } from 'vitest';
import { DER_TAG, readDer, readDerChildren, readDerWhole } from './der-reader.ts';

const bytes = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex');

describe('readDer', () => {
  it('reads short-form elements and their children', () => {
    const seq = readDerWhole(bytes('3006 020101 040100'), DER_TAG.sequence);
    const [integer, octets] = readDerChildren(seq.content);
    expect(integer).toMatchObject({ tag: DER_TAG.integer, end: 3 });
    expect([...integer!.content]).toEqual([1]);
    expect([...octets!.content]).toEqual([0]);
  });

  it('reads long-form lengths', () => {
    const content = 'ab'.repeat(200);
    const element = readDerWhole(bytes('0481c8' + content), DER_TAG.octetString);
    expect(element.content).toHaveLength(200);
  });

  it('refuses wrong tags, truncation, indefinite and non-minimal lengths, trailing bytes', () => {
    expect(() => readDer(bytes('020101'), 0, DER_TAG.sequence)).toThrow(/expected tag/);
    expect(() => readDer(bytes('30'), 0)).toThrow(/truncated/);
    expect(() => readDer(bytes('3005 020101'), 0)).toThrow(/past the end/);
    expect(() => readDer(bytes('3080 020101 0000'), 0)).toThrow(/length encoding/);
    expect(() => readDer(bytes('308103 020101'), 0)).toThrow(/non-minimal/);
    expect(() => readDer(bytes('3084 00000001 00'), 0)).toThrow(/length encoding/);
    expect(() => readDerWhole(bytes('3000 00'), DER_TAG.sequence)).toThrow(/trailing/);
  });
});
