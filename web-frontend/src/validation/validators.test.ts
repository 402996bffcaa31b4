import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, isCreditCode } from './creditCode';
import { isResidentId, residentIdBirthDate, residentIdCheckCharacter } from './residentId';
import { isDivisionCode, isInChina, isMobileNumber } from './places';

describe('Unified Social Credit Code (GB 32100-2015)', () => {
  it('accepts a code with the right check character', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true);
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });
  it('refuses a wrong check character', () => {
    expect(isCreditCode('91350100M000100Y42')).toBe(false);
  });
  it('refuses characters outside the alphabet and wrong lengths', () => {
    expect(isCreditCode('91350100I000100Y43')).toBe(false);
    expect(isCreditCode('91350100m000100Y43')).toBe(false);
    expect(isCreditCode('91350100M000100Y4')).toBe(false);
    expect(isCreditCode('')).toBe(false);
  });
});

describe('resident ID (GB 11643-1999)', () => {
  const today = new Date(2026, 4, 20);
  it('accepts an ID with the right check character and birth date', () => {
    expect(isResidentId('11010519491231002X', today)).toBe(true);
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
  });
  it('refuses a wrong check character', () => {
    expect(isResidentId('110105194912310021', today)).toBe(false);
  });
  it('refuses a lower-case x, as the server does', () => {
    expect(isResidentId('11010519491231002x', today)).toBe(false);
  });
  it('refuses impossible and future birth dates even with a matching check character', () => {
    const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);
    expect(isResidentId(withCheck('11010519490230002'), today)).toBe(false); // 30 Feb
    expect(isResidentId(withCheck('11010518991231002'), today)).toBe(false); // before 1900
    expect(isResidentId(withCheck('11010520270101002'), today)).toBe(false); // future
    expect(isResidentId(withCheck('11010520000229002'), today)).toBe(true); // leap day
  });
  it('reads the birth date', () => {
    expect(residentIdBirthDate('11010519491231002X')?.toISOString().slice(0, 10)).toBe('1949-12-31');
  });
});

describe('places', () => {
  it('accepts mainland mobile numbers only', () => {
    expect(isMobileNumber('13812345678')).toBe(true);
    expect(isMobileNumber('12812345678')).toBe(false);
    expect(isMobileNumber('1381234567')).toBe(false);
    expect(isMobileNumber('+8613812345678')).toBe(false);
  });
  it('accepts division codes of real provinces', () => {
    expect(isDivisionCode('330106')).toBe(true);
    expect(isDivisionCode('330000')).toBe(true);
    expect(isDivisionCode('990106')).toBe(false);
    expect(isDivisionCode('330006')).toBe(false);
    expect(isDivisionCode('33010')).toBe(false);
  });
  it('accepts coordinates inside China only', () => {
    expect(isInChina(30.27, 120.15)).toBe(true);
    expect(isInChina(48.85, 2.35)).toBe(false);
    expect(isInChina(-30.27, 120.15)).toBe(false);
  });
});
