import { describe, expect, it } from 'vitest';
import { isValidCitizenId, normalizeCitizenId, parseCitizenId } from './citizen-id.ts';

// Independent of the module: ISO 7064 MOD 11-2 written with powers of two instead of the
// weight table, so a wrong weight in the module would not be reproduced here.
function withCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return first17 + (check === 10 ? 'X' : String(check));
}

const now = new Date('2025-06-15T12:00:00+08:00');
const parse = (id: string) => parseCitizenId(id, now);

describe('parseCitizenId', () => {
  it('accepts the examples of GB 11643-1999', () => {
    expect(parse('11010519491231002X')).toEqual({
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('rejects the standard’s 1880 example because births before 1900 are refused', () => {
    expect(withCheck('44052418800101001')).toBe('440524188001010014'); // the helper agrees with the standard
    expect(parse('440524188001010014')).toBeNull();
  });

  it('reads region, birth date and sex', () => {
    expect(parse(withCheck('12010319900307123'))).toEqual({
      regionCode: '120103',
      birthDate: '1990-03-07',
      sex: 'male',
    });
    expect(parse(withCheck('12011620010101008'))?.sex).toBe('female');
  });

  it('keeps retired county prefixes valid', () => {
    for (const prefix of ['120107', '120108', '120109', '120225']) {
      expect(parse(withCheck(`${prefix}19750615003`)), prefix).not.toBeNull();
    }
  });

  it('accepts every province-level code and refuses others', () => {
    const good =
      '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82';
    for (const province of good.split(' ')) {
      expect(parse(withCheck(`${province}010119800101001`)), province).not.toBeNull();
    }
    for (const province of [
      '00',
      '10',
      '16',
      '20',
      '24',
      '30',
      '38',
      '40',
      '47',
      '55',
      '60',
      '66',
      '70',
      '83',
      '91',
      '99',
    ]) {
      expect(parse(withCheck(`${province}010119800101001`)), province).toBeNull();
    }
  });

  it('checks 29 February against leap years', () => {
    expect(parse(withCheck('12010320000229001'))?.birthDate).toBe('2000-02-29'); // divisible by 400
    expect(parse(withCheck('12010320240229001'))?.birthDate).toBe('2024-02-29');
    expect(parse(withCheck('12010320230229001'))).toBeNull();
    expect(parse(withCheck('12010319000229001'))).toBeNull(); // 1900 is not a leap year
  });

  it('refuses impossible dates', () => {
    for (const date of ['19900001', '19901301', '19900100', '19900431', '19900632', '18991231']) {
      expect(parse(withCheck(`120103${date}001`)), date).toBeNull();
    }
    expect(parse(withCheck('12010319000101001'))?.birthDate).toBe('1900-01-01');
  });

  it('refuses birth dates after today in China', () => {
    expect(parse(withCheck('12010320250615001'))?.birthDate).toBe('2025-06-15');
    expect(parse(withCheck('12010320250616001'))).toBeNull();
    expect(parse(withCheck('12010330000101001'))).toBeNull();
    // 2025-06-15 17:00 UTC is already 2025-06-16 in China.
    expect(parseCitizenId(withCheck('12010320250616001'), new Date('2025-06-15T17:00:00Z'))).not.toBeNull();
  });

  it('refuses a wrong check character', () => {
    const valid = withCheck('12010319900307123');
    for (const check of '0123456789X') {
      if (check !== valid[17]) expect(parse(valid.slice(0, 17) + check)).toBeNull();
    }
  });

  it('refuses other shapes', () => {
    const valid = withCheck('12010319900307123');
    expect(parse(valid.slice(0, 17))).toBeNull();
    expect(parse(valid + '0')).toBeNull();
    expect(parse('120103900307123')).toBeNull(); // 15-digit first-generation number
    expect(parse(` ${valid}`)).toBeNull();
    expect(parse(valid.slice(0, 5) + 'A' + valid.slice(6))).toBeNull();
    expect(parse('')).toBeNull();
  });
});

describe('normalizeCitizenId', () => {
  it('upper-cases x so that it validates', () => {
    expect(isValidCitizenId('11010519491231002x', now)).toBe(false);
    expect(normalizeCitizenId('11010519491231002x')).toBe('11010519491231002X');
    expect(isValidCitizenId(normalizeCitizenId('11010519491231002x'), now)).toBe(true);
  });

  it('removes spaces and folds full-width characters', () => {
    expect(normalizeCitizenId(' 110105 19491231 002X ')).toBe('11010519491231002X');
    expect(normalizeCitizenId('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
  });
});

describe('isValidCitizenId', () => {
  it('uses the current date by default', () => {
    expect(isValidCitizenId('11010519491231002X')).toBe(true);
    expect(isValidCitizenId(withCheck('12010329991231001'))).toBe(false);
  });
});
