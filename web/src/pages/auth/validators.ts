// Client-side checks that mirror the server's (the server still decides): mobile number,
// GB 11643 citizen ID with its ISO 7064 MOD 11-2 check character, username and password shape.
export const phonePattern = /^1[3-9]\d{9}$/;
export const codePattern = /^\d{6}$/;
export const usernamePattern = /^[a-z0-9_-]{3,32}$/;
export const staffUsernamePattern = /^[a-z0-9][a-z0-9._-]{2,63}$/;

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

export function isCitizenId(value: string): boolean {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return checkChars[sum % 11] === id[17];
}

/** Persons choose at least 8 characters; staff passwords (set by an administrator) at least 10. */
export function isStrongPassword(value: string, min = 8): boolean {
  return value.length >= min && value.length <= 128 && /[A-Za-z]/.test(value) && /\d/.test(value);
}
