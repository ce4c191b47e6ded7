// ISO/IEC 7064 MOD 37,36 (the hybrid system over 0-9 A-Z), the check character of GB/T 36904
// e-license identifiers. Hybrid: P₁ = M; for each character Sⱼ = (Pⱼ mod (M+1)) + aⱼ,
// Pⱼ₊₁ = ((Sⱼ mod M) || M) × 2; the check character a makes (Pₙ₊₁ mod (M+1)) + a ≡ 1 (mod M).
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const M = 36;

/** The MOD 37,36 check character of `payload` (0-9, A-Z; lower case is read as upper case). */
export function mod3736CheckChar(payload: string): string {
  let p = M;
  for (const ch of payload.toUpperCase()) {
    const a = ALPHABET.indexOf(ch);
    if (a < 0) throw new Error(`MOD 37,36: '${ch}' is not in 0-9 A-Z`);
    p = (((p % (M + 1)) + a) % M || M) * 2;
  }
  return ALPHABET[(M + 1 - (p % (M + 1))) % M]!;
}

/** True when the last character of `value` is the MOD 37,36 check character of the rest. */
export function isValidMod3736(value: string): boolean {
  if (value.length < 2 || !/^[0-9A-Za-z]+$/.test(value)) return false;
  return mod3736CheckChar(value.slice(0, -1)) === value.slice(-1).toUpperCase();
}
