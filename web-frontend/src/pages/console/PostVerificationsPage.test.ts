import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { loadSession } from '@/auth/session';
import PostVerificationsPage from './PostVerificationsPage.vue';

const overdue = {
  id: '7a000000-1111-4222-8333-944455550001', applicationId: '7d4c1e8a-1111-4222-8333-944455556666', licenseNo: '330106202600001',
  jurisdiction: '330106', dueOn: '2026-05-01', status: 'PENDING', overdue: true, businessName: '西湖烟酒店', retailer: 'retailer.xihu',
};
const later = {
  ...overdue, id: '7a000000-1111-4222-8333-944455550002', licenseNo: '330106202600002', dueOn: '2026-06-01', overdue: false,
  businessName: '留下便利店', retailer: undefined,
};
const inspector = { sub: 'inspector.xihu', name: '西湖区核查员', roles: ['INSPECTOR'], permissions: [], jurisdiction: '330106' };
const clerk = { sub: 'clerk.xihu', name: '陈静', roles: ['CLERK'], permissions: [], jurisdiction: '330106' };

function api(user: object = inspector) {
  return vi.fn(async (request: Request | string) => {
    if (typeof request === 'string') return jsonResponse({ signedIn: true, user });
    if (request.method === 'POST') {
      return jsonResponse({ ...overdue, status: 'BREACHED', overdue: false, findings: '现场为他人经营场所', recordedBy: 'inspector.xihu' });
    }
    return jsonResponse({ items: [overdue, later], total: 2, limit: 20 });
  });
}

describe('PostVerificationsPage', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it("lists pending tasks in the server's order (overdue first, flagged) and filters by overdue", async () => {
    const fetch = api();
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(PostVerificationsPage);
    const lists = () => fetch.mock.calls.filter(([r]) => r instanceof Request).map(([r]) => new URL((r as Request).url));
    expect(lists()[0]!.pathname).toBe('/api/licensing/post-verifications');
    expect(lists()[0]!.searchParams.get('status')).toBe('PENDING');
    const rows = wrapper.findAll('[data-testid="pv-row"]');
    expect(rows.map((r) => r.text().includes('已超期'))).toEqual([true, false]);
    expect(rows[0]!.text()).toContain('西湖烟酒店');

    await wrapper.get('[data-testid="pv-overdue-filter"]').setValue('true');
    await wrapper.get('form.filters').trigger('submit');
    await flushPromises();
    expect(lists().at(-1)!.searchParams.get('overdue')).toBe('true');
    wrapper.unmount();
  });

  it('links a task to the license holder’s credit profile for a clerk, where the task names the account', async () => {
    vi.stubGlobal('fetch', api(clerk));
    await loadSession(true);
    const { wrapper, router } = await mountWithApp(PostVerificationsPage);
    const link = wrapper.get(`[data-testid="pv-profile-${overdue.id}"]`);
    expect(link.text()).toBe('查看信用档案');
    expect(link.attributes('href')).toBe('/console/credit-profiles/retailer.xihu');
    expect(router.resolve(link.attributes('href')!).name).toBe('credit-profile');
    expect(wrapper.find(`[data-testid="pv-profile-${later.id}"]`).exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows an inspector no credit profile link (credit profiles are for caseworkers)', async () => {
    vi.stubGlobal('fetch', api(inspector));
    await loadSession(true);
    const { wrapper } = await mountWithApp(PostVerificationsPage);
    expect(wrapper.findAll('[data-testid="pv-row"]')).toHaveLength(2);
    expect(wrapper.find(`[data-testid="pv-profile-${overdue.id}"]`).exists()).toBe(false);
    wrapper.unmount();
  });

  it('records a false commitment only after the inspector confirms what follows', async () => {
    const fetch = api();
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(PostVerificationsPage);
    await wrapper.get(`[data-testid="pv-record-${overdue.id}"]`).trigger('click');
    await wrapper.get('[data-testid="pv-false"]').setValue(true);
    await wrapper.get('[data-testid="pv-findings"]').setValue('现场为他人经营场所');
    await wrapper.get('[data-testid="pv-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('请确认撤销的后果');
    expect(fetch.mock.calls.some(([r]) => r instanceof Request && r.method === 'POST')).toBe(false);

    await wrapper.get('[data-testid="pv-confirm"]').setValue(true);
    await wrapper.get('[data-testid="pv-form"]').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls.find(([r]) => r instanceof Request && r.method === 'POST')![0] as Request;
    expect(new URL(post.url).pathname).toBe(`/api/licensing/post-verifications/${overdue.id}/findings`);
    expect(await post.json()).toEqual({ truthful: false, findings: '现场为他人经营场所' });
    expect(wrapper.findAll('[data-testid="pv-row"]')[0]!.text()).toContain('承诺不实');
    wrapper.unmount();
  });
});
