import { describe, expect, it } from 'vitest';
import { chinaToday, gb11643CheckChar, hasValidGb11643Check, parseBirthDate } from './gb11643.ts';

describe('gb11643CheckChar', () => {
  it('computes the check character, including X and 0', () => {
    expect(gb11643CheckChar('11010519491231002')).toBe('X');
    expect(gb11643CheckChar('44052418800101001')).toBe('4');
    // One non-zero digit at a time, so Σ equals a single weight: Σ mod 11 indexes 1 0 X 9 8 7 6 5 4 3 2.
    expect(gb11643CheckChar('00000000000000000')).toBe('1'); // Σ = 0
    expect(gb11643CheckChar('00000001000000000')).toBe('0'); // weight 1
    expect(gb11643CheckChar('00000000000000001')).toBe('X'); // weight 2
    expect(gb11643CheckChar('10000000000000000')).toBe('5'); // weight 7
    expect(gb11643CheckChar('00100000000000000')).toBe('2'); // weight 10
  });

  it('throws on anything but 17 digits', () => {
    expect(() => gb11643CheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => gb11643CheckChar('1101051949123100X')).toThrow(RangeError);
  });

  it('hasValidGb11643Check requires upper-case X', () => {
    expect(hasValidGb11643Check('11010519491231002X')).toBe(true);
    expect(hasValidGb11643Check('11010519491231002x')).toBe(false);
    expect(hasValidGb11643Check('110105194912310020')).toBe(false);
  });
});

describe('parseBirthDate', () => {
  const now = new Date('2024-03-01T00:00:00+08:00');

  it('returns ISO dates for real dates up to today', () => {
    expect(parseBirthDate('20240229', now)).toBe('2024-02-29');
    expect(parseBirthDate('20240301', now)).toBe('2024-03-01');
    expect(parseBirthDate('20240302', now)).toBeNull();
    expect(parseBirthDate('19000101', now)).toBe('1900-01-01');
    expect(parseBirthDate('18991231', now)).toBeNull();
    expect(parseBirthDate('2024-02-29', now)).toBeNull();
  });
});

describe('chinaToday', () => {
  it('uses UTC+8', () => {
    expect(chinaToday(new Date('2024-12-31T15:59:59Z'))).toBe('2024-12-31');
    expect(chinaToday(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });
});
