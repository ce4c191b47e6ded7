import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_LENGTH, MAX_CASE_SEQUENCE, formatCaseNumber, parseCaseNumber } from './case-number.ts';

describe('formatCaseNumber', () => {
  it('concatenates region, date and a 10-digit sequence', () => {
    const number = formatCaseNumber({ regionCode: '120103', businessDate: '2025-03-07', sequence: 42 });
    expect(number).toBe('120103202503070000000042');
    expect(number).toHaveLength(CASE_NUMBER_LENGTH);
    expect(CASE_NUMBER_LENGTH).toBeLessThanOrEqual(50);
  });

  it('accepts province and city level regions and bigint sequences', () => {
    expect(formatCaseNumber({ regionCode: '120000', businessDate: '2024-02-29', sequence: 1n })).toBe(
      '120000202402290000000001',
    );
    expect(
      formatCaseNumber({ regionCode: '120100', businessDate: '2025-12-31', sequence: MAX_CASE_SEQUENCE }),
    ).toBe('120100202512319999999999');
  });

  it('refuses bad region codes', () => {
    for (const regionCode of ['12010', '1201030', '120103002', '990000', 'abcdef', '120001']) {
      expect(
        () => formatCaseNumber({ regionCode, businessDate: '2025-01-01', sequence: 1 }),
        regionCode,
      ).toThrow(RangeError);
    }
  });

  it('refuses bad dates', () => {
    for (const businessDate of ['2025-02-29', '2025-13-01', '2025-04-31', '20250101', '2025-1-1', '']) {
      expect(
        () => formatCaseNumber({ regionCode: '120103', businessDate, sequence: 1 }),
        businessDate,
      ).toThrow(RangeError);
    }
  });

  it('refuses sequences outside 1 … 9 999 999 999 and fractions', () => {
    for (const sequence of [0, -1, 1.5, MAX_CASE_SEQUENCE + 1, 10n ** 10n]) {
      expect(
        () => formatCaseNumber({ regionCode: '120103', businessDate: '2025-01-01', sequence }),
        String(sequence),
      ).toThrow(RangeError);
    }
  });
});

describe('parseCaseNumber', () => {
  it('inverts formatCaseNumber', () => {
    const parts = { regionCode: '120116', businessDate: '2025-10-08', sequence: 1234567890 };
    expect(parseCaseNumber(formatCaseNumber(parts))).toEqual(parts);
  });

  it('returns null for malformed numbers', () => {
    for (const value of [
      '',
      '12010320250307000000004', // 23 digits
      '1201032025030700000000420', // 25 digits
      '120103202502300000000042', // 30 February
      '990000202503070000000042', // no such province
      '120103202503070000000000', // sequence 0
      '12010320250307000000004X',
      ' 120103202503070000000042',
    ]) {
      expect(parseCaseNumber(value), value).toBeNull();
    }
  });

  it('sorts by region, date, then sequence as plain strings', () => {
    const numbers = [
      formatCaseNumber({ regionCode: '120103', businessDate: '2025-03-07', sequence: 10 }),
      formatCaseNumber({ regionCode: '120103', businessDate: '2025-03-07', sequence: 9 }),
      formatCaseNumber({ regionCode: '120103', businessDate: '2025-03-06', sequence: 99 }),
    ];
    expect([...numbers].sort()).toEqual([numbers[2], numbers[1], numbers[0]]);
  });
});
