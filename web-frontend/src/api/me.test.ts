import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '@/test/mount';
import { fetchMe } from './me';

describe('fetchMe', () => {
  it('asks /api/session, which answers 200 for a visitor, so a signed-out page logs no failed request', async () => {
    const fetch = vi.fn(async () => jsonResponse({ signedIn: false, user: null }));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchMe()).toBeNull();
    expect(fetch).toHaveBeenCalledWith('/api/session', expect.objectContaining({ credentials: 'include' }));
  });

  it('reads the signed-in user', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({
      signedIn: true,
      user: { sub: 'clerk.xihu', name: '西湖区许可窗口', roles: ['CLERK'], permissions: [], jurisdiction: '330106' },
    })));
    expect(await fetchMe()).toEqual({
      sub: 'clerk.xihu', name: '西湖区许可窗口', roles: ['CLERK'], permissions: [], jurisdiction: '330106',
    });
  });
});
