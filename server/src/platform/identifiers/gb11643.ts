// The numbering scheme of GB 11643-1999 (公民身份号码): 17 digits + ISO 7064 MOD 11-2 check
// character, with a birth date in positions 7–14. Shared by the citizen ID, the residence permit
// for Hong Kong, Macao and Taiwan residents and the 2023 foreign permanent residence ID card,
// which all reuse it with different leading digits.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432'; // indexed by Σ mod 11

/** The check character for 17 digits; throws on anything else. */
export function gb11643CheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('GB 11643 body must be 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** 17 digits then a matching check character (upper-case X only). */
export function hasValidGb11643Check(code: string): boolean {
  return /^\d{17}[\dX]$/.test(code) && gb11643CheckChar(code.slice(0, 17)) === code[17];
}

/** Today's date in China (UTC+8, no daylight saving since 1991) as YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * YYYYMMDD → 'YYYY-MM-DD' when it is a real calendar date from 1900-01-01 up to today in China,
 * else null. Births before 1900 are not expected among living holders and usually mean a typo.
 */
export function parseBirthDate(yyyymmdd: string, now: Date = new Date()): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  if (!match) return null;
  const [, year = '', month = '', day = ''] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  // Day 0 of the next month is the last day of this one; UTC avoids local-time surprises.
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  const iso = `${year}-${month}-${day}`;
  return iso <= chinaToday(now) ? iso : null;
}
