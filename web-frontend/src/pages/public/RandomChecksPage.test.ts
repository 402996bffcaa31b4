import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import RandomChecksPage from './RandomChecksPage.vue';

const page1 = {
  items: [
    { licenseNumber: '330106202600001', businessName: '西湖烟酒店', checkedOn: '2026-11-12', result: 'PASSED' },
    { licenseNumber: '330106202600002', businessName: '文三路便利店', checkedOn: '2026-11-20', result: 'VIOLATION' },
  ],
  total: 3, limit: 50, nextCursor: 'c2',
};
const page2 = { items: [{ licenseNumber: '330106202600003', businessName: '留下超市', checkedOn: '2026-11-25', result: 'SHOP_CLOSED' }], total: 3, limit: 50 };

describe('RandomChecksPage (公示, no sign-in)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists a district's published results of a month with the true total, by name and label, and pages on", async () => {
    const urls: URL[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      urls.push(url);
      return jsonResponse(url.searchParams.get('cursor') ? page2 : page1);
    }));
    const { wrapper, router } = await mountWithApp(RandomChecksPage, { path: '/random-checks?jurisdiction=330106&month=2026-11' });
    await flushPromises();
    expect(urls[0]!.pathname).toBe('/api/licensing/public/random-checks');
    expect(urls[0]!.searchParams.get('jurisdiction')).toBe('330106');
    expect(urls[0]!.searchParams.get('month')).toBe('2026-11');
    const results = wrapper.get('[data-testid="public-results"]');
    expect(results.text()).toContain('杭州市 西湖区 2026-11 抽查结果');
    expect(results.text()).toContain('共 3 条');
    expect(wrapper.findAll('[data-testid="public-result"]').map((r) => r.text())).toEqual([
      expect.stringContaining('合格'), expect.stringContaining('违规'),
    ]);
    await wrapper.get('[data-testid="public-results"] .page-actions button').trigger('click');
    await flushPromises();
    expect(urls.at(-1)!.searchParams.get('cursor')).toBe('c2');
    expect(wrapper.findAll('[data-testid="public-result"]')).toHaveLength(3);
    expect(wrapper.text()).toContain('未营业');
    expect(router.currentRoute.value.query).toEqual({ jurisdiction: '330106', month: '2026-11' });
    wrapper.unmount();
  });

  it('asks for a district before it asks the server, and says when nothing was published', async () => {
    const fetch = vi.fn(async () => jsonResponse({ items: [], total: 0, limit: 50 }));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(RandomChecksPage, { path: '/random-checks' });
    await wrapper.get('form').trigger('submit');
    expect(wrapper.text()).toContain('请选择区县');
    expect(fetch).not.toHaveBeenCalled();

    await wrapper.get('[data-testid="division-city"]').setValue('330100');
    await wrapper.get('[data-testid="division-district"]').setValue('330106');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(wrapper.text()).toContain('该区县该月暂无公示的抽查结果');
    wrapper.unmount();
  });
});
