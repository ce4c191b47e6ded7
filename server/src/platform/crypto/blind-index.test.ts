import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndex, normalizeIdNumber, normalizeText } from './blind-index.ts';

const key = randomBytes(32);

describe('blindIndex', () => {
  it('is deterministic 64-hex HMAC-SM3', () => {
    const index = blindIndex('120103199001011234', key);
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(blindIndex('120103199001011234', key)).toBe(index);
  });

  it('depends on the key', () => {
    expect(blindIndex('120103199001011234', key)).not.toBe(blindIndex('120103199001011234', randomBytes(32)));
  });

  it('distinguishes different values', () => {
    expect(blindIndex('12010319900101123X', key)).not.toBe(blindIndex('120103199001011234', key));
  });

  it('matches ID numbers typed with lower-case x, spaces or full-width digits', () => {
    const canonical = blindIndex('12010319900101123X', key, normalizeIdNumber);
    expect(blindIndex(' 12010319900101123x ', key, normalizeIdNumber)).toBe(canonical);
    expect(blindIndex('120103 19900101 123X', key, normalizeIdNumber)).toBe(canonical);
    expect(blindIndex('１２０１０３１９９００１０１１２３Ｘ', key, normalizeIdNumber)).toBe(canonical);
  });

  it('trims but keeps case for general text by default', () => {
    expect(blindIndex('  张三 ', key)).toBe(blindIndex('张三', key));
    expect(blindIndex('Zhang', key)).not.toBe(blindIndex('ZHANG', key));
    expect(normalizeText(' a b ')).toBe('a b');
  });

  it('refuses a key of the wrong size', () => {
    expect(() => blindIndex('x', randomBytes(16))).toThrow(RangeError);
  });
});
