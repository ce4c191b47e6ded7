import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidMod3736, mod3736CheckChar } from './iso7064.ts';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('ISO/IEC 7064 MOD 37,36', () => {
  it('matches the standard example (also the GRid example A1-2425G-ABC1234002-M)', () => {
    expect(mod3736CheckChar('A12425GABC1234002')).toBe('M');
    expect(isValidMod3736('A12425GABC1234002M')).toBe(true);
    expect(isValidMod3736('a12425gabc1234002m')).toBe(true);
  });

  it('refuses characters outside 0-9 A-Z', () => {
    expect(() => mod3736CheckChar('12.3')).toThrow(/not in 0-9 A-Z/);
    expect(isValidMod3736('12.3')).toBe(false);
    expect(isValidMod3736('M')).toBe(false);
  });

  // A hybrid system catches every single substitution; adjacent transpositions only mostly
  // (about 1 in 600 slips through), so only the substitution guarantee is a property.
  it('detects every single-character substitution', () => {
    const payload = fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(payload, fc.nat(), fc.integer({ min: 1, max: 35 }), (p, at, shift) => {
        const value = p + mod3736CheckChar(p);
        const i = at % value.length;
        const changed = ALNUM[(ALNUM.indexOf(value[i]!) + shift) % 36]!;
        expect(isValidMod3736(value.slice(0, i) + changed + value.slice(i + 1))).toBe(false);
      }),
    );
  });
});
