/**
 * Mainland mobile numbers, administrative division codes and coordinates inside China.
 * Mirrors platform-data's Places.
 */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
]);

export function isMobileNumber(mobile: string): boolean {
  return /^1[3-9]\d{9}$/.test(mobile);
}

/** A 6-digit division code of a real province with a well-formed city/county part. */
export function isDivisionCode(code: string): boolean {
  return (
    /^\d{6}$/.test(code) &&
    PROVINCES.has(code.slice(0, 2)) &&
    !(code.slice(2, 4) === '00' && code.slice(4) !== '00')
  );
}

/** Inside China's bounding box (WGS-84/GCJ-02 degrees). */
export function isInChina(latitude: number, longitude: number): boolean {
  return latitude >= 3.86 && latitude <= 53.56 && longitude >= 73.66 && longitude <= 135.06;
}
