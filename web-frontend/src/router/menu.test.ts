import { describe, expect, it } from 'vitest';
import { menuFor } from './menu';
import { homeFor } from '@/auth/session';
import { submissionKeys } from '@/features/submission';

describe('role-aware navigation', () => {
  it('shows each console function to the roles that use it', () => {
    expect(menuFor(['HOTLINE_AGENT']).map((m) => m.to)).toEqual(['/console/calls/new', '/console/cases']);
    expect(menuFor(['HANDLER']).map((m) => m.to)).toEqual(['/console/cases', '/console/complaints-queue']);
    expect(menuFor(['CLERK']).map((m) => m.to)).toEqual(['/console/queue']);
    expect(menuFor(['SUPERVISOR']).map((m) => m.to)).toEqual([
      '/console/cases', '/console/queue', '/console/supervision', '/console/statistics',
    ]);
    expect(menuFor(['RETAILER'])).toEqual([]);
  });

  it('starts retailers in the portal and staff in the console', () => {
    expect(homeFor({ roles: ['RETAILER'] })).toBe('/portal');
    expect(homeFor({ roles: ['CLERK'] })).toBe('/console');
    expect(homeFor({ roles: ['CITIZEN'] })).toBe('/');
    expect(homeFor(null)).toBe('/');
  });
});

describe('submission keys', () => {
  it('reuse the key for a retry of the same content and make a new one otherwise', () => {
    let n = 0;
    const keys = submissionKeys(() => `key-${++n}`);
    expect(keys.keyFor('a')).toBe('key-1');
    expect(keys.keyFor('a')).toBe('key-1');
    expect(keys.keyFor('b')).toBe('key-2');
    keys.reset();
    expect(keys.keyFor('b')).toBe('key-3');
  });
});
