import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import BundlesPage from './BundlesPage.vue';

const bundle = (n: number, byState: Record<string, number>) => ({
  id: `7a000000-1111-4222-8333-94445555000${n}`, items: [], total: Object.values(byState).reduce((a, b) => a + b, 0),
  byState, nextDue: '2026-06-10', createdAt: `2026-05-0${n}T02:00:00Z`,
});

describe('BundlesPage', () => {
  it('lists the retailer’s bundles newest first with each state summary, then the next page', async () => {
    const fetch = vi.fn(async (request: Request) =>
      new URL(request.url).searchParams.get('cursor')
        ? jsonResponse({ items: [bundle(1, { APPROVED: 1 })], total: 2, limit: 10 })
        : jsonResponse({ items: [bundle(2, { DRAFT: 1, SUBMITTED: 1 })], total: 2, limit: 10, nextCursor: 'next' }),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(BundlesPage);
    const first = new URL(fetch.mock.calls[0]![0].url);
    expect(first.pathname).toBe('/api/licensing/bundles');
    expect(first.searchParams.get('limit')).toBe('10');
    expect(wrapper.text()).toContain('我的打包事项 · 共 2 条');
    const top = wrapper.get('[data-testid="bundle-item"]');
    expect(top.text()).toContain('共 2 项');
    expect(top.findAll('[data-testid="bundle-state"]').map((x) => x.text())).toEqual(['草稿 1', '已提交 1']);

    await wrapper.get('[data-testid="bundles-more"]').trigger('click');
    await flushPromises();
    expect(new URL(fetch.mock.calls[1]![0].url).searchParams.get('cursor')).toBe('next');
    const items = wrapper.findAll('[data-testid="bundle-item"]');
    expect(items).toHaveLength(2);
    expect(items[1]!.text()).toContain('准予许可');
    expect(wrapper.find('[data-testid="bundles-more"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
