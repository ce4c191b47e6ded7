import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckChar } from './uscc.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Independent of the module: GB 32100's weights are 3^i mod 31, computed here instead of listed.
function withCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * (3 ** i % 31);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

describe('isValidUscc', () => {
  it('accepts the Tianjin Government Service Office code', () => {
    expect(isValidUscc('11120000MB1571593F')).toBe(true);
  });

  it('accepts other published codes', () => {
    for (const code of [
      '914403001922038216', // 华为技术有限公司
      '91440300708461136T', // 腾讯科技（深圳）有限公司
      '91110108551385082Q', // 小米科技有限责任公司
      '91110000802100433B', // 百度在线网络技术（北京）有限公司
    ]) {
      expect(isValidUscc(code), code).toBe(true);
      expect(withCheck(code.slice(0, 17)), code).toBe(code);
    }
  });

  it('rejects every wrong check character', () => {
    for (const check of ALPHABET) {
      if (check !== 'F') expect(isValidUscc(`11120000MB1571593${check}`), check).toBe(false);
    }
  });

  it('rejects lower case', () => {
    expect(isValidUscc('11120000mb1571593f')).toBe(false);
    expect(isValidUscc('11120000MB1571593f')).toBe(false);
  });

  it('rejects the letters I, O, S, V and Z anywhere, without throwing', () => {
    for (const letter of 'IOSVZ') {
      expect(isValidUscc(`11120000${letter}B1571593F`), letter).toBe(false);
      expect(isValidUscc(`11120000MB1571593${letter}`), letter).toBe(false);
      expect(isValidUscc(`${letter}1120000MB1571593F`), letter).toBe(false);
    }
  });

  it('rejects a letter inside the 6-digit region part', () => {
    const body = '9112A000MB1571593';
    expect(isValidUscc(withCheck(body))).toBe(false);
  });

  it('rejects wrong lengths', () => {
    expect(isValidUscc('')).toBe(false);
    expect(isValidUscc('11120000MB1571593')).toBe(false);
    expect(isValidUscc('11120000MB1571593F0')).toBe(false);
    expect(isValidUscc(' 11120000MB1571593F')).toBe(false);
  });

  it('accepts generated codes whose check character is 0 (sum ≡ 0 mod 31)', () => {
    const found = Array.from({ length: 31 }, (_, i) => withCheck(`91120116MA0${ALPHABET[i]}XXXXX`)).find(
      (c) => c.endsWith('0'),
    );
    expect(found).toBeDefined();
    expect(isValidUscc(found!)).toBe(true);
  });
});

describe('usccCheckChar', () => {
  it('computes the 18th character', () => {
    expect(usccCheckChar('11120000MB1571593')).toBe('F');
  });

  it('throws on a wrong length or a character outside the alphabet', () => {
    expect(() => usccCheckChar('11120000MB157159')).toThrow(RangeError);
    expect(() => usccCheckChar('11120000MB1571593F')).toThrow(RangeError);
    expect(() => usccCheckChar('11120000OB1571593')).toThrow(RangeError);
  });
});
