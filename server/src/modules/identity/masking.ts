// Masking for API responses: ID numbers keep their first and last four characters
// (1201**********123X), mainland mobile numbers their first three and last four (138****0001).
export { maskIdentityNumber } from '../../platform/identifiers/identity-document.ts';

export function maskPhone(phone: string): string {
  const chars = [...phone];
  if (chars.length < 8) return '*'.repeat(chars.length);
  return chars.slice(0, 3).join('') + '*'.repeat(chars.length - 7) + chars.slice(-4).join('');
}
