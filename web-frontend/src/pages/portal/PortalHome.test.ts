import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import PortalHome from './PortalHome.vue';

const app = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  number: `SQ2026052000000${n}`,
  type: 'NEW',
  state: 'DRAFT',
  version: 0,
  businessName: `西湖便利店 ${n}`,
  createdAt: '2026-05-20T02:00:00Z',
  updatedAt: '2026-05-20T02:00:00Z',
  ...extra,
});

describe('PortalHome', () => {
  it('puts the main action first, one line per row, and pages the applications with "load more"', async () => {
    const fetch = vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/licensing/licenses') {
        return jsonResponse({
          items: [{ number: '330106202600001', businessName: '西湖烟酒店', status: 'ACTIVE', validFrom: '2026-01-01', validUntil: '2031-01-01' }],
          total: 1,
          limit: 20,
        });
      }
      if (url.searchParams.get('cursor') === 'page-2') return jsonResponse({ items: [app(3)], total: 3, limit: 20 });
      return jsonResponse({
        items: [app(1, { state: 'CORRECTION_REQUESTED', deadlines: { currentDue: '2026-05-30' } }), app(2)],
        total: 3,
        limit: 20,
        nextCursor: 'page-2',
      });
    });
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(PortalHome, { path: '/portal' });
    await flushPromises();

    const html = wrapper.html();
    const first = html.indexOf('data-testid="new-application"');
    expect(first).toBeGreaterThan(-1);
    expect(first).toBeLessThan(html.indexOf('data-testid="license-item"'));
    expect(first).toBeLessThan(html.indexOf('data-testid="application-item"'));

    const row = wrapper.findAll('[data-testid="application-item"]')[0]!.get('.row');
    expect(row.text()).toContain('西湖便利店 1');
    expect(row.text()).toContain('新办');
    expect(row.text()).toContain('待补正');
    expect(row.text()).toContain('期限');
    expect(wrapper.get('[data-testid="license-item"] .row').text()).toContain('西湖烟酒店');

    await wrapper.get('[data-testid="load-more"]').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="application-item"]')).toHaveLength(3);
    expect(wrapper.find('[data-testid="load-more"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
