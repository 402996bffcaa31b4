import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { loadSession } from '@/auth/session';
import SupervisionStatisticsPage from './SupervisionStatisticsPage.vue';

const supervisor = { sub: 'supervisor', name: '督查员', roles: ['SUPERVISOR'], permissions: [], jurisdiction: '330100' };
const stats = {
  from: '2026-12-01', to: '2026-12-06', jurisdiction: '330100',
  byDistrict: [{ jurisdiction: '330106', visits: { planned: 10, done: 6, overdue: 1 }, activeLicenses: 40, randomlyChecked: 2, randomCoverage: 0.05 }],
  byInspector: [{ inspector: 'inspector.xihu', visits: { planned: 8, done: 6, overdue: 1 } }, { inspector: '', visits: { planned: 2, done: 0, overdue: 0 } }],
  byGrade: [{ grade: 'C', recorded: 3, violations: 1, violationRate: 1 / 3 }],
};

describe('SupervisionStatisticsPage', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('shows visits per district and inspector, coverage and violation rate by grade, in words and percentages', async () => {
    const urls: URL[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request | string) => {
      if (typeof request === 'string') return jsonResponse({ signedIn: true, user: supervisor });
      urls.push(new URL(request.url));
      return jsonResponse(stats);
    }));
    await loadSession(true);
    const { wrapper } = await mountWithApp(SupervisionStatisticsPage);
    expect(urls[0]!.pathname).toBe('/api/licensing/supervision/statistics');
    expect(urls[0]!.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-01$/);
    expect(wrapper.get('[data-testid="sstats-districts"] tbody tr').text()).toContain('杭州市 西湖区');
    expect(wrapper.get('[data-testid="sstats-districts"] tbody tr').text()).toContain('5.0%');
    expect(wrapper.findAll('[data-testid="sstats-inspectors"] tbody tr').map((r) => r.find('th').text())).toEqual(['inspector.xihu', '未分配']);
    expect(wrapper.get('[data-testid="sstats-grades"] tbody tr').text()).toContain('33.3%');

    await wrapper.get('[data-testid="sstats-from"]').setValue('2025-01-01');
    await wrapper.get('[data-testid="sstats-to"]').setValue('2026-12-06');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('统计期间不能超过 366 天');
    expect(urls).toHaveLength(1);
    wrapper.unmount();
  });
});
