import { describe, expect, it } from 'vitest';
import { isValidCitizenId } from './citizen-id.ts';
import { gb11643CheckChar } from './gb11643.ts';
import {
  IDENTITY_DOCUMENT_TYPES,
  findIdentityDocumentType,
  maskIdentityNumber,
  validateIdentityDocument,
} from './identity-document.ts';

const now = new Date('2025-06-15T12:00:00+08:00');
const validate = (type: string, number: string) => validateIdentityDocument(type, number, now);
const withCheck = (first17: string) => first17 + gb11643CheckChar(first17);

function expectOk(type: string, number: string, normalized = number) {
  expect(validate(type, number), `${type} ${number}`).toEqual({ ok: true, normalized });
}

function expectRejected(type: string, number: string) {
  const result = validate(type, number);
  expect(result.ok, `${type} ${number}`).toBe(false);
  if (!result.ok) {
    expect(result.reason.zh).not.toBe('');
    expect(result.reason.en).not.toBe('');
  }
}

describe('the code table', () => {
  it('has unique codes and the national values', () => {
    const codes = IDENTITY_DOCUMENT_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of ['111', '414', '516', '511', '553', '001']) expect(codes).toContain(code);
    expect(findIdentityDocumentType('001')?.holder).toBe('organization');
    expect(findIdentityDocumentType('111')?.holder).toBe('person');
    expect(findIdentityDocumentType('111')?.nameZh).toBe('居民身份证');
  });

  it('refuses an unknown type', () => {
    expectRejected('999', '11010519491231002X');
    expectRejected('', 'x');
  });

  it('refuses an empty number for every type', () => {
    for (const { code } of IDENTITY_DOCUMENT_TYPES) expectRejected(code, '  ');
  });
});

describe('111 居民身份证', () => {
  it('accepts valid numbers and normalizes x, spaces and full-width characters', () => {
    expectOk('111', '11010519491231002X');
    expectOk('111', ' 110105 19491231 002x', '11010519491231002X');
    expectOk('111', '１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X');
    expectOk('111', withCheck('12010719800101001')); // retired 塘沽 prefix
  });

  it('says what is wrong', () => {
    expect(validate('111', '11010519491231002')).toMatchObject({
      ok: false,
      reason: { en: expect.stringMatching(/18/) },
    });
    expect(validate('111', withCheck('99010519491231002'))).toMatchObject({
      reason: { en: expect.stringMatching(/province/) },
    });
    expect(validate('111', withCheck('11010519491331002'))).toMatchObject({
      reason: { en: expect.stringMatching(/birth/) },
    });
    expect(validate('111', '110105194912310021')).toMatchObject({
      reason: { en: expect.stringMatching(/check/) },
    });
  });

  it('agrees with isValidCitizenId', () => {
    const samples = [
      '11010519491231002X',
      '110105194912310021',
      withCheck('12010320250616001'),
      withCheck('83000019900101001'),
    ];
    for (const sample of samples)
      expect(validate('111', sample).ok, sample).toBe(isValidCitizenId(sample, now));
  });
});

describe('414 普通护照', () => {
  it('accepts Chinese and foreign passport numbers', () => {
    for (const number of ['E12345678', 'EA1234567', 'G12345678', '123456789', 'C01X00T47', 'AB12345'])
      expectOk('414', number);
    expectOk('414', 'e1234 5678', 'E12345678');
  });

  it('refuses too short, too long or punctuated numbers', () => {
    for (const number of ['E123', 'A'.repeat(18), 'E1234-5678', 'E1234567/']) expectRejected('414', number);
  });
});

describe('516 港澳居民来往内地通行证', () => {
  it('accepts H/M with 8 or 10 digits', () => {
    for (const number of ['H12345678', 'M12345678', 'H1234567801']) expectOk('516', number);
    expectOk('516', 'h12345678', 'H12345678');
  });

  it('refuses other prefixes and lengths', () => {
    for (const number of ['K12345678', 'H1234567', 'H123456789', 'H12345678901', '12345678'])
      expectRejected('516', number);
  });
});

describe('511 台湾居民来往大陆通行证', () => {
  it('accepts 8 digits and older 10-character numbers', () => {
    for (const number of ['01234567', '0123456701', '01234567B1']) expectOk('511', number);
  });

  it('refuses other shapes', () => {
    for (const number of ['1234567', '123456789', 'T1234567', '012345678901']) expectRejected('511', number);
  });
});

describe('559 港澳台居民居住证', () => {
  it('accepts 18-character numbers starting with 81, 82 or 83', () => {
    for (const prefix of ['810000', '820000', '830000']) expectOk('559', withCheck(`${prefix}19900101001`));
  });

  it('refuses other prefixes, bad dates and wrong check characters', () => {
    expectRejected('559', withCheck('12010319900101001'));
    expectRejected('559', withCheck('84000019900101001'));
    expectRejected('559', withCheck('81000019900231001'));
    const valid = withCheck('81000019900101001');
    expectRejected('559', valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0'));
  });
});

describe('553 外国人永久居留身份证', () => {
  it('accepts the 2017 format: 3 letters + 12 digits', () => {
    expectOk('553', 'USA310085050010');
    expectOk('553', 'usa 310085050010', 'USA310085050010');
  });

  it('accepts the 2023 format: 18 characters starting with 9 with a GB 11643 check', () => {
    expectOk('553', withCheck('93184019850312001')); // 9 + 31 上海 + 840 USA + 1985-03-12 + 001
  });

  it('refuses malformed numbers of either format', () => {
    expectRejected('553', 'US310085050010'); // 2 letters
    expectRejected('553', 'USA31008505001'); // 11 digits
    expectRejected('553', withCheck('83184019850312001')); // 18 characters not starting with 9
    expectRejected('553', withCheck('99984019850312001')); // 99 is not a province
    expectRejected('553', withCheck('93184019851312001')); // month 13
    const valid = withCheck('93184019850312001');
    expectRejected('553', valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0'));
  });
});

describe('001 统一社会信用代码', () => {
  it('accepts valid codes and upper-cases input', () => {
    expectOk('001', '11120000MB1571593F');
    expectOk('001', '11120000mb1571593f', '11120000MB1571593F');
  });

  it('refuses a wrong check character or length', () => {
    expectRejected('001', '11120000MB1571593G');
    expectRejected('001', '11120000MB157159');
  });
});

describe('maskIdentityNumber', () => {
  it('keeps the first and last 4 characters of long numbers', () => {
    expect(maskIdentityNumber('12010319900101123X')).toBe('1201**********123X');
    expect(maskIdentityNumber('9131840198503120011')).toBe('9131***********0011');
  });

  it('hides at least half of shorter numbers', () => {
    expect(maskIdentityNumber('USA310085050010')).toBe('USA*********010');
    expect(maskIdentityNumber('E12345678')).toBe('E1*****78');
    expect(maskIdentityNumber('01234567')).toBe('01****67');
    expect(maskIdentityNumber('ABCD')).toBe('A**D');
    expect(maskIdentityNumber('ABC')).toBe('***');
    expect(maskIdentityNumber('')).toBe('');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(maskIdentityNumber('𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀')).toBe('𠀀𠀀****𠀀𠀀');
  });
});
