// The formats a data element may declare, as ajv formats, and the ajv instance that checks and
// compiles application forms. Only these formats exist in forms: an unknown format is a schema
// error (strict mode), so a form can never silently skip a check it seems to make.
import { Ajv } from 'ajv';
import { isValidCitizenId } from '../../platform/identifiers/citizen-id.ts';
import { isWellFormedRegionCode } from '../../platform/identifiers/region-code.ts';
import { isValidUscc } from '../../platform/identifiers/uscc.ts';

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export interface FormFormat {
  validate: (value: string) => boolean;
  en: string;
  zh: string;
}

export const FORM_FORMATS: Readonly<Record<string, FormFormat>> = {
  'citizen-id': {
    validate: (v) => isValidCitizenId(v),
    en: 'must be a valid citizen ID number',
    zh: '应为有效的公民身份号码',
  },
  uscc: {
    validate: isValidUscc,
    en: 'must be a valid unified social credit code',
    zh: '应为有效的统一社会信用代码',
  },
  phone: {
    // Mainland mobile numbers, or a landline with its area code (022-88908890).
    validate: (v) => /^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}$/.test(v),
    en: 'must be a mobile number or a landline with area code',
    zh: '应为手机号码或带区号的固定电话',
  },
  'region-code': {
    validate: isWellFormedRegionCode,
    en: 'must be a 6, 9 or 12 digit administrative division code',
    zh: '应为6位、9位或12位行政区划代码',
  },
  email: {
    validate: (v) => v.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v),
    en: 'must be an email address',
    zh: '应为电子邮箱地址',
  },
  'postal-code': {
    validate: (v) => /^\d{6}$/.test(v),
    en: 'must be a 6-digit postal code',
    zh: '应为6位邮政编码',
  },
  date: {
    validate: isCalendarDate,
    en: 'must be a date YYYY-MM-DD',
    zh: '应为日期（YYYY-MM-DD）',
  },
};

/** Strict (unknown keywords and formats are errors), every error reported, no coercion. */
export function makeFormAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, coerceTypes: false, useDefaults: false });
  for (const [name, f] of Object.entries(FORM_FORMATS))
    ajv.addFormat(name, { type: 'string', validate: f.validate });
  return ajv;
}
