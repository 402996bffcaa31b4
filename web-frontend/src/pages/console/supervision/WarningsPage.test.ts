import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { loadSession } from '@/auth/session';
import WarningsPage from './WarningsPage.vue';

const supervisor = { sub: 'supervisor', name: '督查员', roles: ['SUPERVISOR'], permissions: [], jurisdiction: '330100' };
const warning = {
  id: 'w1000000-1111-4222-8333-944455550001', kind: 'REPEATED_REPORTS', state: 'OPEN', jurisdiction: '330106',
  licenseNumber: '330106202600001', businessName: '西湖烟酒店', reason: '90 天内 3 起举报查实', link: '/console/cases', raisedOn: '2026-12-05',
};

function api() {
  const calls: Request[] = [];
  const fetch = vi.fn(async (request: Request | string) => {
    if (typeof request === 'string') return jsonResponse({ signedIn: true, user: supervisor });
    calls.push(request.clone());
    const path = new URL(request.url).pathname;
    if (path.endsWith('/closure')) {
      return jsonResponse({ ...warning, state: 'CLOSED', closureReason: (await request.json()).reason, closedBy: 'supervisor', closedAt: '2026-12-06T02:00:00Z' });
    }
    if (path.endsWith('/visit')) {
      return jsonResponse({ id: '5e000000-1111-4222-8333-944455550077', month: '2026-12', jurisdiction: '330106', kind: 'WARNING', reasons: ['WARNING'], dueOn: '2026-12-12', state: 'PLANNED' }, 201);
    }
    if (path.startsWith('/api/licensing/supervision/settings/')) {
      return jsonResponse({ jurisdiction: '330106', randomShare: 0.05, inspectors: ['inspector.xihu'], rectificationDays: 15 });
    }
    if (path.startsWith('/api/licensing/supervision/visits/')) return new Response(null, { status: 404 });
    return jsonResponse({ items: [warning], total: 1, limit: 20 });
  });
  return { fetch, calls };
}

describe('WarningsPage', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('lists open warnings with their kind and district by name and closes one off-site with a reason', async () => {
    const { fetch, calls } = api();
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(WarningsPage);
    expect(new URL(calls[0]!.url).searchParams.get('state')).toBe('OPEN');
    const row = wrapper.get('[data-testid="warning-row"]');
    expect(row.text()).toContain('90 日内多次被查实举报');
    expect(row.text()).toContain('西湖区');
    expect(row.text()).not.toContain('REPEATED_REPORTS');

    await wrapper.get(`[data-testid="warning-close-${warning.id}"]`).trigger('click');
    await wrapper.get('[data-testid="warning-close-form"]').trigger('submit');
    expect(wrapper.get('[data-testid="warning-close-form"]').text()).toContain('必填');
    await wrapper.get('[data-testid="warning-close-reason"]').setValue('已电话核实，举报人撤回');
    await wrapper.get('[data-testid="warning-close-form"]').trigger('submit');
    await flushPromises();
    const closure = calls.find((c) => c.url.endsWith('/closure'))!;
    expect(await closure.json()).toEqual({ reason: '已电话核实，举报人撤回' });
    expect(wrapper.get('[data-testid="warning-row"]').text()).toContain('已关闭');
    wrapper.unmount();
  });

  it('turns a warning into a visit for an inspector of the roster and opens it', async () => {
    const { fetch, calls } = api();
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper, router } = await mountWithApp(WarningsPage);
    await wrapper.get(`[data-testid="warning-visit-${warning.id}"]`).trigger('click');
    await flushPromises();
    await wrapper.get('[data-testid="warning-visit-inspector"]').setValue('inspector.xihu');
    await wrapper.get('[data-testid="warning-visit-form"]').trigger('submit');
    await flushPromises();
    const post = calls.find((c) => c.url.endsWith('/visit'))!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({ inspector: 'inspector.xihu' });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('inspection-visit'), { timeout: 5_000 });
    expect(router.currentRoute.value.params.id).toBe('5e000000-1111-4222-8333-944455550077');
    wrapper.unmount();
  });
});
