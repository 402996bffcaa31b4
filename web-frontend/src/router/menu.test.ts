import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { CONSOLE_MENU, menuFor } from './menu';
import { createAppRouter } from './index';
import { homeFor } from '@/auth/session';
import { submissionKeys } from '@/features/submission';

describe('role-aware navigation', () => {
  it('shows each console function to the roles that use it', () => {
    expect(menuFor(['HOTLINE_AGENT']).map((m) => m.to)).toEqual(['/console/calls/new', '/console/cases']);
    expect(menuFor(['HANDLER']).map((m) => m.to)).toEqual(['/console/cases', '/console/complaints-queue']);
    expect(menuFor(['CLERK']).map((m) => m.to)).toEqual([
      '/console/queue', '/console/post-verifications', '/console/credit-repairs', '/console/statistics',
      '/console/admin/sensitive-places',
    ]);
    expect(menuFor(['APPROVER']).map((m) => m.to)).toEqual([
      '/console/queue', '/console/inspection/visits', '/console/inspection/rectifications', '/console/statistics',
    ]);
    expect(menuFor(['INSPECTOR']).map((m) => m.to)).toEqual([
      '/console/site-checks', '/console/post-verifications', '/inspect', '/console/inspection/rectifications',
    ]);
    expect(menuFor(['SUPERVISOR']).map((m) => m.to)).toEqual([
      '/console/cases', '/console/queue', '/console/supervision', '/console/post-verifications',
      '/console/credit-repairs', '/console/inspection/plans', '/console/inspection/visits', '/console/inspection/warnings',
      '/console/inspection/rectifications', '/console/inspection/statistics', '/console/statistics',
      '/console/admin/sensitive-places', '/console/admin/deadline-settings',
    ]);
    expect(menuFor(['ADMIN']).map((m) => m.to)).toEqual([
      '/console/credit-repairs', '/console/inspection/visits', '/console/inspection/rectifications',
      '/console/inspection/statistics', '/console/statistics', '/console/admin/calendar', '/console/admin/jurisdictions',
      '/console/admin/e-cigarette-plan', '/console/admin/sensitive-places', '/console/admin/barred-applicants',
      '/console/admin/commitment-templates',
      '/console/admin/categories', '/console/admin/deadline-settings',
    ]);
    expect(menuFor(['RETAILER'])).toEqual([]);
  });

  it('guards every menu entry with the same roles as its route', () => {
    const router = createAppRouter(createMemoryHistory());
    for (const item of CONSOLE_MENU) {
      const route = router.resolve(item.to);
      expect(route.name, item.to).not.toBe('not-found');
      expect([...(route.meta.roles ?? [])].sort(), item.to).toEqual(expect.arrayContaining([...item.roles].sort()));
    }
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
