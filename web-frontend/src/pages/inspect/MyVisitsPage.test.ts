import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { loadSession } from '@/auth/session';
import MyVisitsPage from './MyVisitsPage.vue';

const inspector = { sub: 'inspector.xihu', name: '西湖区检查员', roles: ['INSPECTOR'], permissions: [], jurisdiction: '330106' };
const visit = {
  id: '5e000000-1111-4222-8333-944455550001', month: '2026-12', jurisdiction: '330106', kind: 'KEY', reasons: ['KEY_REPORT'],
  dueOn: '2000-01-31', state: 'PLANNED', licenseNumber: '330106202600001', businessName: '西湖烟酒店', inspector: 'inspector.xihu',
};

describe('MyVisitsPage', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it("lists the inspector's visits still to do with the true total, flags an overdue one, and shows the recorded ones on request", async () => {
    const urls: URL[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request | string) => {
      if (typeof request === 'string') return jsonResponse({ signedIn: true, user: inspector });
      urls.push(new URL(request.url));
      return jsonResponse({ items: [visit], total: 1, limit: 20 });
    }));
    await loadSession(true);
    const { wrapper, router } = await mountWithApp(MyVisitsPage, { path: '/inspect' });
    expect(urls[0]!.searchParams.get('state')).toBe('PLANNED');
    const row = wrapper.get('[data-testid="my-visit"]');
    expect(row.text()).toContain('西湖烟酒店');
    expect(row.text()).toContain('重点监管');
    expect(row.text()).toContain('已超期');
    expect(wrapper.text()).toContain('共 1 条');

    await wrapper.get('[data-testid="my-visits-done"]').trigger('click');
    await flushPromises();
    expect(urls.at(-1)!.searchParams.get('state')).toBe('DONE');
    expect(wrapper.get('[data-testid="my-visits-done"]').attributes('aria-pressed')).toBe('true');

    const cell = wrapper.findAllComponents({ name: 'van-cell' }).find((c) => c.attributes('data-testid') === 'my-visit')!;
    expect(router.resolve(cell.props('to')).path).toBe(`/inspect/visits/${visit.id}`);
    wrapper.unmount();
  });
});
