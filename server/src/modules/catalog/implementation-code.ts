// Implementation codes (实施编码): nationally the implementing agency's 18-character unified
// social credit code followed by item/situation digits (DOMAIN.md §2). The exact digit layout
// differs by province, so we issue USCC + a 6-digit serial and accept any 4–16 digits on input
// (imports from other systems); the USCC part is always checked, including its check character.
import { isValidUscc } from '../../platform/identifiers/uscc.ts';

export const SERIAL_DIGITS = 6;
export const MAX_SERIAL = 10 ** SERIAL_DIGITS - 1;

/** The code for the agency's n-th implementation; throws on a bad USCC or serial (never stored). */
export function implementationCode(agencyUscc: string, serial: number): string {
  if (!isValidUscc(agencyUscc)) throw new RangeError('invalid agency USCC for an implementation code');
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL) {
    throw new RangeError(`implementation serial out of range 1…${MAX_SERIAL}: ${serial}`);
  }
  return agencyUscc + String(serial).padStart(SERIAL_DIGITS, '0');
}

/** Agrees with `ImplementationCode` in guide.routes.ts, plus the USCC check character. */
export function isImplementationCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}[0-9]{4,16}$/.test(code) && isValidUscc(code.slice(0, 18));
}

/** The agency USCC part of a well-formed code, or null. */
export function agencyUsccOf(code: string): string | null {
  return isImplementationCode(code) ? code.slice(0, 18) : null;
}
