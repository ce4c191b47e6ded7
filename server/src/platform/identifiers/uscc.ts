// Unified social credit code (统一社会信用代码), GB 32100-2015.
// 18 characters over a 31-symbol alphabet (no I, O, S, V, Z); the last one is a check character.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/** The check character for the first 17 characters; throws on a character outside the alphabet. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('USCC body must have 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`USCC character not allowed: ${first17[i]}`);
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** True when `code` is a well-formed USCC whose check character matches. Upper case only, as issued. */
export function isValidUscc(code: string): boolean {
  return SHAPE.test(code) && usccCheckChar(code.slice(0, 17)) === code[17];
}
