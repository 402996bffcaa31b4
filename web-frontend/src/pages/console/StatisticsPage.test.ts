import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mountWithApp } from '@/test/mount';
import StatisticsPage from './StatisticsPage.vue';

const none = { total: 0, byKind: [], byCategory: [], byDistrict: [], byWeek: [], hotspots: [], districtRates: [] };
const some = {
  total: 9,
  byKind: [{ key: 'REPORT', count: 9 }],
  byCategory: [{ key: 'SALES_TO_MINORS', count: 8 }, { key: 'COUNTERFEIT', count: 1 }],
  byDistrict: [{ key: '330106', count: 8 }, { key: '330102', count: 1 }],
  byWeek: [{ key: '2026-W48', count: 9 }],
  overdueRate: 0.2,
  satisfactionRate: 0.75,
  hotspots: [
    { week: '2026-W47', district: '330106', category: 'SALES_TO_MINORS', count: 3 },
    { week: '2026-W48', district: '330106', category: 'SALES_TO_MINORS', count: 5 },
    { week: '2026-W48', district: '330102', category: 'COUNTERFEIT', count: 1 },
  ],
  districtRates: [
    { district: '330106', count: 8, overdueRate: 0.25, satisfactionRate: 0.5 },
    { district: '330102', count: 1 },
  ],
};

function api(body: object) {
  return vi.fn(async (request: Request | string) =>
    typeof request === 'string' ? jsonResponse({ signedIn: false }) : jsonResponse(body),
  );
}

const statisticsCalls = (fetch: ReturnType<typeof api>) =>
  fetch.mock.calls
    .map(([r]) => r)
    .filter((r): r is Request => r instanceof Request && r.url.includes('/api/complaints/statistics'))
    .map((r) => new URL(r.url));

describe('StatisticsPage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks up to today in Beijing at 01:00 Beijing time and says so when there are no cases, without empty axes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T17:00:00Z'));
    const fetch = api(none);
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(StatisticsPage, { global: { stubs: { EChart: true } } });
    const query = statisticsCalls(fetch)[0]!.searchParams;
    expect(query.get('to')).toBe('2026-12-07');
    expect(query.get('from')).toBe('2026-10-13');
    expect(wrapper.get('[data-testid="statistics-empty"]').text()).toContain('所选期间没有案件');
    expect(wrapper.findComponent({ name: 'EChart' }).exists()).toBe(false);
    expect(wrapper.find('[data-testid="statistics-hotspots"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows the hotspots and each district’s rates by name, never by code', async () => {
    vi.stubGlobal('fetch', api(some));
    const { wrapper } = await mountWithApp(StatisticsPage, { global: { stubs: { EChart: true } } });
    expect(wrapper.find('[data-testid="statistics-empty"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="statistics-hotspots"]').exists()).toBe(true);
    // four overview charts and the hotspot trend
    expect(wrapper.findAllComponents({ name: 'EChart' })).toHaveLength(5);
    const matrix = wrapper.get('[data-testid="statistics-matrix"]');
    expect(matrix.findAll('tbody th').map((th) => th.text())).toEqual(['西湖区', '上城区']);
    expect(matrix.findAll('tbody tr')[0]!.findAll('td').map((td) => td.text())).toEqual(['8', '0']);
    const rates = wrapper.get('[data-testid="statistics-rates"]').findAll('tbody tr').map((tr) => tr.text());
    expect(rates[0]).toMatch(/西湖区\s*8\s*25\.0%\s*50\.0%/);
    expect(rates[1]).toMatch(/上城区\s*1\s*—\s*—/);
    expect(wrapper.text()).not.toMatch(/3301\d\d/);
    wrapper.unmount();
  });
});
