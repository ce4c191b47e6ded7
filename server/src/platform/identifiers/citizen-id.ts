// Citizen identity number (公民身份号码), GB 11643-1999: 6-digit region code (GB/T 2260) +
// 8-digit birth date + 3-digit sequence (odd = male) + check character.
// The region part is only checked at province level on purpose: numbers keep the county code
// valid at issue time, and retired codes (120107 塘沽, 120108 汉沽, 120109 大港, 120225 蓟县…)
// stay on living people's IDs for life. The 15-digit numbers of before 1999 are not accepted.
import { hasValidGb11643Check, parseBirthDate } from './gb11643.ts';
import { isProvinceCode } from './region-code.ts';

export interface CitizenIdInfo {
  /** The 6-digit region code at issue time; may be a retired code. */
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'male' | 'female';
}

/**
 * Canonical form for storage and comparison: full-width characters folded (NFKC), surrounding
 * and inner spaces removed, lower-case x upper-cased. Does not validate.
 */
export function normalizeCitizenId(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/**
 * Parse a citizen ID in canonical form (see normalizeCitizenId); null when invalid.
 * `now` decides which birth dates lie in the future (tests pass a fixed date).
 */
export function parseCitizenId(id: string, now: Date = new Date()): CitizenIdInfo | null {
  if (!hasValidGb11643Check(id) || !isProvinceCode(id.slice(0, 2))) return null;
  const birthDate = parseBirthDate(id.slice(6, 14), now);
  if (!birthDate) return null;
  return {
    regionCode: id.slice(0, 6),
    birthDate,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}

export function isValidCitizenId(id: string, now: Date = new Date()): boolean {
  return parseCitizenId(id, now) !== null;
}
