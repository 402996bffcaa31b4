/**
 * 居民身份证号码 (GB 11643-1999): 17 digits, a check character by ISO 7064 MOD 11-2, and a
 * real birth date (year ≥ 1900, not in the future) at positions 7–14. Mirrors
 * platform-data's ResidentIdNumber (an upper-case X only).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK.charAt(sum % 11);
}

/** The birth date encoded in the ID, if it is a real calendar date. */
export function residentIdBirthDate(id: string): Date | undefined {
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

export function isResidentId(id: string, today: Date = new Date()): boolean {
  if (!/^\d{17}[0-9X]$/.test(id)) return false;
  const birth = residentIdBirthDate(id);
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  if (!birth || birth.getUTCFullYear() < 1900 || birth.getTime() > todayUtc) return false;
  return residentIdCheckCharacter(id) === id.charAt(17);
}
