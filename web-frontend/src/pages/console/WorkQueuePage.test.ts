import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { loadSession } from '@/auth/session';
import WorkQueuePage from './WorkQueuePage.vue';

const overdue = {
  id: '7d4c1e8a-1111-4222-8333-944455550001', number: 'ZJ-2026-000101', type: 'NEW', state: 'UNDER_REVIEW', risk: 'OVERDUE',
  businessName: '西湖烟酒店', operatorName: '张三', creditCode: '91350100M000100Y43', jurisdiction: '330106',
  submittedOn: '2026-05-01', currentDue: '2026-05-15', version: 3, retailer: 'retailer.xihu',
};
const walkIn = { ...overdue, id: '7d4c1e8a-1111-4222-8333-944455550002', number: 'ZJ-2026-000102', risk: 'LATER', businessName: '留下便利店', retailer: undefined };
const clerk = { sub: 'clerk.xihu', name: '西湖区许可窗口', roles: ['CLERK'], permissions: [], jurisdiction: '330106' };

function api(pages: object[]) {
  let call = 0;
  return vi.fn(async (request: Request | string) => {
    if (typeof request === 'string') return jsonResponse({ signedIn: true, user: clerk });
    return jsonResponse(pages[Math.min(call++, pages.length - 1)]);
  });
}

const lists = (fetch: ReturnType<typeof api>) =>
  fetch.mock.calls.filter(([r]) => r instanceof Request).map(([r]) => new URL((r as Request).url));

describe('WorkQueuePage', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('links an item to the applicant’s credit profile where the queue names the account', async () => {
    vi.stubGlobal('fetch', api([{ items: [overdue, walkIn], total: 2, limit: 20 }]));
    await loadSession(true);
    const { wrapper, router } = await mountWithApp(WorkQueuePage);
    expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(2);
    const link = wrapper.get(`[data-testid="queue-profile-${overdue.id}"]`);
    expect(link.text()).toBe('查看信用档案');
    expect(link.attributes('href')).toBe('/console/credit-profiles/retailer.xihu');
    expect(router.resolve(link.attributes('href')!).name).toBe('credit-profile');
    expect(wrapper.find(`[data-testid="queue-profile-${walkIn.id}"]`).exists()).toBe(false);
    wrapper.unmount();
  });

  it("offers a district clerk only their own district, by name, and never shows a code", async () => {
    vi.stubGlobal('fetch', api([{ items: [overdue], total: 1, limit: 20 }]));
    await loadSession(true);
    const { wrapper } = await mountWithApp(WorkQueuePage);
    const options = wrapper.findAll('[data-testid="queue-district"] option');
    expect(options.map((o) => o.attributes('value'))).toEqual(['', '330106']);
    expect(options[1]!.text()).toBe('杭州市 西湖区');
    expect(wrapper.get('[data-testid="queue-row"]').text()).toContain('杭州市 西湖区');
    expect(wrapper.text()).not.toMatch(/3301\d\d/);
    wrapper.unmount();
  });

  it('filters by state and search, and appends the next page on "load more"', async () => {
    const fetch = api([
      { items: [overdue], total: 2, limit: 20, nextCursor: 'c2' },
      { items: [overdue], total: 2, limit: 20, nextCursor: 'c2' },
      { items: [overdue], total: 2, limit: 20, nextCursor: 'c2' },
      { items: [walkIn], total: 2, limit: 20 },
    ]);
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(WorkQueuePage);
    expect(lists(fetch)[0]!.pathname).toBe('/api/licensing/queue');

    await wrapper.get('[data-testid="queue-state"]').setValue('UNDER_REVIEW');
    await flushPromises();
    expect(lists(fetch).at(-1)!.searchParams.get('state')).toBe('UNDER_REVIEW');
    await wrapper.get('[data-testid="queue-search"]').setValue(' 西湖 ');
    await wrapper.get('form.filters').trigger('submit');
    await flushPromises();
    expect(lists(fetch).at(-1)!.searchParams.get('q')).toBe('西湖');
    expect(wrapper.text()).toContain('共 2 条');

    const more = wrapper.findAll('button').find((b) => b.text() === '加载更多')!;
    await more.trigger('click');
    await flushPromises();
    expect(lists(fetch).at(-1)!.searchParams.get('cursor')).toBe('c2');
    expect(wrapper.findAll('[data-testid="queue-row"]').map((r) => r.text().includes('留下便利店'))).toEqual([false, true]);
    wrapper.unmount();
  });

  it('filters by licensed item and shows what each application asks for', async () => {
    const eCigarette = { ...walkIn, id: '7d4c1e8a-1111-4222-8333-944455550003', number: 'ZJ-2026-000103', items: ['CIGARETTE', 'E_CIGARETTE'] };
    const fetch = api([{ items: [overdue, eCigarette], total: 2, limit: 20 }, { items: [eCigarette], total: 1, limit: 20 }]);
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(WorkQueuePage);
    expect(lists(fetch)[0]!.searchParams.has('item')).toBe(false);
    const options = wrapper.findAll('[data-testid="queue-item"] option').map((o) => o.text());
    expect(options).toEqual(['全部', '卷烟、雪茄烟', '电子烟']);
    // an application without items of its own shows none (a NEW asks for cigarettes)
    expect(wrapper.findAll('[data-testid="queue-items"]').map((i) => i.text())).toEqual(['卷烟、雪茄烟；电子烟']);

    await wrapper.get('[data-testid="queue-item"]').setValue('E_CIGARETTE');
    await flushPromises();
    expect(lists(fetch).at(-1)!.searchParams.get('item')).toBe('E_CIGARETTE');
    expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(1);
    wrapper.unmount();
  });
});
