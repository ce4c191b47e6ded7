import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { ImplementationCode } from './guide.routes.ts';
import { agencyUsccOf, implementationCode, isImplementationCode } from './implementation-code.ts';

const USCC = '11120000MB00000013'; // check-valid
const BAD_CHECK = '11120000MB00000014';

describe('implementationCode', () => {
  it('appends a zero-padded 6-digit serial to the USCC', () => {
    expect(implementationCode(USCC, 1)).toBe(`${USCC}000001`);
    expect(implementationCode(USCC, 999_999)).toBe(`${USCC}999999`);
    expect(implementationCode(USCC, 4321)).toHaveLength(24);
  });

  it('throws on serials out of range or not integers, and on a bad USCC', () => {
    for (const serial of [0, -1, 1_000_000, 1.5, Number.NaN]) {
      expect(() => implementationCode(USCC, serial), String(serial)).toThrow(RangeError);
    }
    expect(() => implementationCode(BAD_CHECK, 1)).toThrow(RangeError);
  });
});

describe('isImplementationCode', () => {
  const cases: [string, boolean][] = [
    [`${USCC}000001`, true],
    [`${USCC}0001`, true], // 4 digits: shortest layout
    [`${USCC}${'9'.repeat(16)}`, true],
    [`${USCC}001`, false],
    [`${USCC}${'9'.repeat(17)}`, false],
    [`${BAD_CHECK}000001`, false], // wrong check character
    [`${USCC}00000A`, false],
    [`${USCC.toLowerCase()}000001`, false],
    [`${USCC.slice(0, 17)}I000001`, false], // I is not in the alphabet
    ['', false],
    [` ${USCC}000001`, false],
  ];

  it('checks the USCC part and 4–16 trailing digits', () => {
    for (const [code, valid] of cases) expect(isImplementationCode(code), code).toBe(valid);
  });

  it('accepts only what the route pattern accepts (the route does not see the check character)', () => {
    for (const [code, valid] of cases) {
      if (valid) expect(Value.Check(ImplementationCode, code), code).toBe(true);
    }
    expect(Value.Check(ImplementationCode, implementationCode(USCC, 42))).toBe(true);
  });

  it('round-trips with implementationCode and gives back the agency', () => {
    expect(agencyUsccOf(implementationCode(USCC, 7))).toBe(USCC);
    expect(agencyUsccOf('nope')).toBeNull();
  });
});
