/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters of `0-9A-HJ-NPQRTUWXY`; the last is a check
 * character over the first 17 with weights 3^(i-1) mod 31, check = 31 − (Σ mod 31), 31 → 0.
 * Mirrors platform-data's UnifiedSocialCreditCode.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or `undefined` if one is outside the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = 31 - (sum % 31);
  return ALPHABET.charAt(check === 31 ? 0 : check);
}

export function isCreditCode(code: string): boolean {
  return code.length === 18 && creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17);
}
