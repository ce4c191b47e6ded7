// Identity documents as (type code, number) pairs, the way government-service data exchange
// records an applicant, an agent or a licence holder. Type codes are those of the national
// exchange tables (numbering from GA/T 517 常用证件代码: 111, 414, 511, 516, 553), plus 001 统一社会信用代码
// for organisations, as e-licence holder fields use them (DOMAIN.md §6). The table is data: add
// types here rather than special-casing them elsewhere.
import { gb11643CheckChar, parseBirthDate } from './gb11643.ts';
import { isProvinceCode } from './region-code.ts';
import { isValidUscc } from './uscc.ts';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface IdentityDocumentType {
  code: string;
  nameZh: string;
  nameEn: string;
  holder: 'person' | 'organization';
  /** Checks a normalized number; returns why it is invalid, or null when it is valid. */
  validate(number: string, now: Date): LocalizedText | null;
}

export type IdentityDocumentResult = { ok: true; normalized: string } | { ok: false; reason: LocalizedText };

const text = (zh: string, en: string): LocalizedText => ({ zh, en });

function shape(pattern: RegExp, zh: string, en: string) {
  return (number: string): LocalizedText | null => (pattern.test(number) ? null : text(zh, en));
}

/** Numbers built on GB 11643 (birth date in positions 7–14, MOD 11-2 check character). */
function gb11643Number(prefixOk: (code: string) => boolean, prefixReason: LocalizedText) {
  return (number: string, now: Date): LocalizedText | null => {
    if (!/^\d{17}[\dX]$/.test(number)) {
      return text(
        '应为18位，前17位为数字，最后一位为数字或X',
        'must be 18 characters: 17 digits, then a digit or X',
      );
    }
    if (!prefixOk(number)) return prefixReason;
    if (!parseBirthDate(number.slice(6, 14), now)) return text('出生日期无效', 'the birth date is not valid');
    if (gb11643CheckChar(number.slice(0, 17)) !== number[17])
      return text('校验码错误', 'the check character is wrong');
    return null;
  };
}

const citizenId = gb11643Number(
  (n) => isProvinceCode(n.slice(0, 2)),
  text('前两位不是有效的省级行政区划代码', 'the first two digits are not a province-level region code'),
);

const permanentResidence2023 = gb11643Number(
  (n) => isProvinceCode(n.slice(1, 3)),
  text('第2、3位不是有效的省级行政区划代码', 'digits 2–3 are not a province-level region code'),
);

export const IDENTITY_DOCUMENT_TYPES: readonly IdentityDocumentType[] = [
  {
    code: '111',
    nameZh: '居民身份证',
    nameEn: 'Resident identity card',
    holder: 'person',
    // Same rules as parseCitizenId, spelled out step by step to say what is wrong.
    validate: citizenId,
  },
  {
    code: '414',
    nameZh: '普通护照',
    nameEn: 'Passport',
    holder: 'person',
    // Chinese (E/G + 8) and foreign passports alike; foreign formats vary too much to check more.
    validate: shape(/^[A-Z0-9]{5,17}$/, '应为5至17位字母或数字', 'must be 5 to 17 letters or digits'),
  },
  {
    code: '516',
    nameZh: '港澳居民来往内地通行证',
    nameEn: 'Mainland travel permit for Hong Kong and Macao residents',
    holder: 'person',
    // H (Hong Kong) or M (Macao) + 8 digits; older permits add a 2-digit issue count (10 digits).
    validate: shape(
      /^[HM](?:\d{8}|\d{10})$/,
      '应为H或M后接8位或10位数字',
      'must be H or M followed by 8 or 10 digits',
    ),
  },
  {
    code: '511',
    nameZh: '台湾居民来往大陆通行证',
    nameEn: 'Mainland travel permit for Taiwan residents',
    holder: 'person',
    // The card of 2015 has 8 digits. Older booklets had 10 characters (8 digits + a 2-character
    // issue count, sometimes printed in brackets); we accept 2 trailing digits or letters. Unsure.
    validate: shape(
      /^\d{8}(?:[0-9A-Z]{2})?$/,
      '应为8位数字（旧版为10位）',
      'must be 8 digits (10 characters on older permits)',
    ),
  },
  {
    // No national exchange code found for the 2018 residence permit. 5xx is GA/T 517's block for
    // documents of non-mainland holders and 551–558 are taken as far as we know, so 559 is our
    // local extension. Unsure: replace it if the exchange partner's table gives another code.
    code: '559',
    nameZh: '港澳台居民居住证',
    nameEn: 'Residence permit for Hong Kong, Macao and Taiwan residents',
    holder: 'person',
    // A GB 11643 number with region 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).
    validate: gb11643Number(
      (n) => /^8[123]/.test(n),
      text('应以81、82或83开头', 'must start with 81, 82 or 83'),
    ),
  },
  {
    code: '553',
    nameZh: '外国人永久居留身份证',
    nameEn: 'Foreign permanent resident ID card',
    holder: 'person',
    validate: (number, now) => {
      // 2017 card: ISO 3166 alpha-3 nationality + 12 digits (its check digit is not published).
      if (/^[A-Z]{3}\d{12}$/.test(number)) return null;
      // 2023 card: "9" + issuing province + 3-digit nationality + birth date + sequence + check.
      if (number.length === 18 && number.startsWith('9')) return permanentResidence2023(number, now);
      return text(
        '应为3位字母加12位数字（2017版），或以9开头的18位号码（2023版）',
        'must be 3 letters + 12 digits (2017 card) or 18 characters starting with 9 (2023 card)',
      );
    },
  },
  {
    code: '001',
    nameZh: '统一社会信用代码',
    nameEn: 'Unified social credit code',
    holder: 'organization',
    validate: (number) =>
      isValidUscc(number)
        ? null
        : text('统一社会信用代码无效（18位，校验码须正确）', 'not a valid 18-character USCC'),
  },
];

const TYPES_BY_CODE = new Map(IDENTITY_DOCUMENT_TYPES.map((type) => [type.code, type]));

export function findIdentityDocumentType(code: string): IdentityDocumentType | undefined {
  return TYPES_BY_CODE.get(code);
}

/** Full-width folded (NFKC), all whitespace removed, upper case: how numbers are stored. */
export function normalizeIdentityNumber(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Validate a (type, number) pair; on success returns the number in its stored form. */
export function validateIdentityDocument(
  typeCode: string,
  number: string,
  now: Date = new Date(),
): IdentityDocumentResult {
  const type = TYPES_BY_CODE.get(typeCode);
  if (!type)
    return { ok: false, reason: text(`未知的证件类型：${typeCode}`, `unknown document type: ${typeCode}`) };
  const normalized = normalizeIdentityNumber(number);
  if (normalized === '') return { ok: false, reason: text('证件号码为空', 'the number is empty') };
  const reason = type.validate(normalized, now);
  return reason ? { ok: false, reason } : { ok: true, normalized };
}

/**
 * For lists and logs: keep the first and last 4 characters (1201**********123X). Numbers under
 * 16 characters keep ⌊length/4⌋ at each end instead, so at least half of any number stays hidden.
 */
export function maskIdentityNumber(number: string): string {
  const chars = [...number];
  const keep = Math.min(4, Math.floor(chars.length / 4));
  if (keep === 0) return '*'.repeat(chars.length);
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - 2 * keep) + chars.slice(-keep).join('');
}
