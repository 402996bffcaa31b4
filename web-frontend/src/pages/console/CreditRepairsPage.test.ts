import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import { loadSession } from '@/auth/session';
import CreditRepairsPage from './CreditRepairsPage.vue';

const repair = {
  id: '6c0d0000-1111-4222-8333-944455550001', recordId: '5b0c0000-1111-4222-8333-944455550002', reason: '已整改，附培训记录',
  status: 'PENDING', requestedAt: '2026-05-01T02:00:00Z', subject: '91350100M000100Y43', businessName: '西湖便利店',
  recordKind: 'SUBSTANTIATED_REPORT', jurisdiction: '330106', retailer: 'retailer.xihu',
};

function api(user: object, decision: () => Response = () => jsonResponse({ ...repair, status: 'GRANTED', decision: '整改到位', decidedAt: '2026-05-20T02:00:00Z' })) {
  return vi.fn(async (request: Request | string) => {
    if (typeof request === 'string') return jsonResponse({ signedIn: true, user });
    if (request.method === 'POST') return decision();
    return jsonResponse({ items: [repair], total: 1, limit: 20 });
  });
}

const clerk = { sub: 'clerk.xihu', name: '西湖区许可窗口', roles: ['CLERK'], permissions: [], jurisdiction: '330106' };

describe('CreditRepairsPage', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('lists pending requests first by default and lets a clerk grant one with a reason', async () => {
    const fetch = api(clerk);
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(CreditRepairsPage);
    const list = new URL((fetch.mock.calls.find(([r]) => r instanceof Request)![0] as Request).url);
    expect(list.pathname).toBe('/api/licensing/credit/repair-requests');
    expect(list.searchParams.get('status')).toBe('PENDING');
    expect(wrapper.get('[data-testid="repair-row"]').text()).toContain('西湖便利店');

    await wrapper.get(`[data-testid="repair-decide-${repair.id}"]`).trigger('click');
    await wrapper.get('[data-testid="repair-decision"]').trigger('submit');
    expect(wrapper.text()).toContain('请选择准予或不予修复');
    expect(wrapper.text()).toContain('请填写处理意见');
    await wrapper.get('[data-testid="repair-grant"]').setValue(true);
    await wrapper.get('[data-testid="repair-decision-reason"]').setValue('整改到位');
    await wrapper.get('[data-testid="repair-decision"]').trigger('submit');
    await flushPromises();

    const post = fetch.mock.calls.find(([r]) => r instanceof Request && r.method === 'POST')![0] as Request;
    expect(new URL(post.url).pathname).toBe(`/api/licensing/credit/repair-requests/${repair.id}/decision`);
    expect(await post.json()).toEqual({ granted: true, reason: '整改到位' });
    const row = wrapper.get('[data-testid="repair-row"]').text();
    expect(row).toContain('准予修复');
    expect(row).toContain('整改到位');
    wrapper.unmount();
  });

  it('shows a 409 title when a colleague decided first', async () => {
    vi.stubGlobal('fetch', api(clerk, () => problemResponse(409, '该申请已处理')));
    await loadSession(true);
    const { wrapper } = await mountWithApp(CreditRepairsPage);
    await wrapper.get(`[data-testid="repair-decide-${repair.id}"]`).trigger('click');
    await wrapper.get('[data-testid="repair-refuse"]').setValue(true);
    await wrapper.get('[data-testid="repair-decision-reason"]').setValue('证明不足');
    await wrapper.get('[data-testid="repair-decision"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('该申请已处理');
    wrapper.unmount();
  });

  it('lets a supervisor read but not decide', async () => {
    vi.stubGlobal('fetch', api({ ...clerk, sub: 'supervisor', roles: ['SUPERVISOR'] }));
    await loadSession(true);
    const { wrapper } = await mountWithApp(CreditRepairsPage);
    expect(wrapper.findAll('[data-testid="repair-row"]')).toHaveLength(1);
    expect(wrapper.find(`[data-testid="repair-decide-${repair.id}"]`).exists()).toBe(false);
    wrapper.unmount();
  });

  it('links a request to the retailer’s credit profile', async () => {
    vi.stubGlobal('fetch', api(clerk));
    await loadSession(true);
    const { wrapper, router } = await mountWithApp(CreditRepairsPage);
    const link = wrapper.get(`[data-testid="repair-profile-${repair.id}"]`);
    expect(link.attributes('href')).toBe('/console/credit-profiles/retailer.xihu');
    expect(router.resolve(link.attributes('href')!).name).toBe('credit-profile');
    wrapper.unmount();
  });
});
