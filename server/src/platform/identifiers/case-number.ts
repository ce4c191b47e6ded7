// Case number (办件编号): region code (6) + business date YYYYMMDD (8) + sequence (10, zero-padded)
// = 24 digits, well within the 50 characters GB/T 39046 allows. Digits only, so it sorts by
// region, then date, then sequence, and can be read aloud at a window. The sequence itself comes
// from the database; this module only formats and parses.
import { regionLevel } from './region-code.ts';

export interface CaseNumberParts {
  /** 6-digit GB/T 2260 code of the handling region (province, city or county level). */
  regionCode: string;
  /** Business date YYYY-MM-DD (the date in China when the case was registered). */
  businessDate: string;
  /** 1 … 9 999 999 999 */
  sequence: number;
}

export const CASE_NUMBER_LENGTH = 24;
export const MAX_CASE_SEQUENCE = 9_999_999_999;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // set separately: Date.UTC maps years 0–99 to 1900–1999
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isSixDigitRegion(code: string): boolean {
  return code.length === 6 && regionLevel(code) !== null;
}

/** Throws RangeError on invalid parts: a malformed case number must never reach the database. */
export function formatCaseNumber(parts: {
  regionCode: string;
  businessDate: string;
  sequence: number | bigint;
}): string {
  const { regionCode, businessDate } = parts;
  if (!isSixDigitRegion(regionCode))
    throw new RangeError(`invalid region code for a case number: ${regionCode}`);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(businessDate);
  if (!date || !isCalendarDate(Number(date[1]), Number(date[2]), Number(date[3]))) {
    throw new RangeError(`invalid business date: ${businessDate}`);
  }
  if (typeof parts.sequence === 'number' && !Number.isInteger(parts.sequence)) {
    throw new RangeError('case sequence must be an integer');
  }
  const sequence = BigInt(parts.sequence);
  if (sequence < 1n || sequence > BigInt(MAX_CASE_SEQUENCE)) {
    throw new RangeError(`case sequence out of range 1…${MAX_CASE_SEQUENCE}: ${sequence}`);
  }
  return `${regionCode}${date[1]}${date[2]}${date[3]}${sequence.toString().padStart(10, '0')}`;
}

/** The parts of a well-formed case number, or null. */
export function parseCaseNumber(caseNumber: string): CaseNumberParts | null {
  const match = /^(\d{6})(\d{4})(\d{2})(\d{2})(\d{10})$/.exec(caseNumber);
  if (!match) return null;
  const [, regionCode = '', year = '', month = '', day = '', sequenceDigits = ''] = match;
  if (!isSixDigitRegion(regionCode) || !isCalendarDate(Number(year), Number(month), Number(day))) return null;
  const sequence = Number(sequenceDigits);
  if (sequence < 1) return null;
  return { regionCode, businessDate: `${year}-${month}-${day}`, sequence };
}
