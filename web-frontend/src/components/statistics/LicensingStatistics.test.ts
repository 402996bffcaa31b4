import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { loadSession } from '@/auth/session';
import StatisticsPage from '@/pages/console/StatisticsPage.vue';
import LicensingStatistics from './LicensingStatistics.vue';

const types = ['NEW', 'RENEWAL', 'CHANGE', 'SUSPENSION', 'RESUMPTION', 'CLOSURE'];
const figures = (received: number, approved: number, refused: number, eReceived: number, eApproved: number) => ({
  received, approved, refused,
  byType: types.map((type) => (type === 'NEW' ? { type, received, approved, refused } : { type, received: 0, approved: 0, refused: 0 })),
  byItem: [
    { item: 'CIGARETTE', received: received - eReceived, approved: approved - eApproved, refused },
    { item: 'E_CIGARETTE', received: eReceived, approved: eApproved, refused: 0 },
  ],
});
const licenses = (total: number, e: number) => ({ total, byItem: [{ item: 'CIGARETTE', count: total - e }, { item: 'E_CIGARETTE', count: e }] });
const stats = {
  from: '2026-10-13', to: '2026-12-07',
  applications: figures(7, 4, 1, 3, 2),
  activeLicenses: licenses(40, 6),
  districts: [
    { district: '330102', applications: figures(2, 1, 0, 1, 1), activeLicenses: licenses(15, 2) },
    { district: '330106', applications: figures(5, 3, 1, 2, 1), activeLicenses: licenses(25, 4) },
  ],
};
const empty = {
  from: '2026-10-13', to: '2026-12-07', applications: figures(0, 0, 0, 0, 0), activeLicenses: licenses(0, 0), districts: [],
};

const noCases = { total: 0, byKind: [], byCategory: [], byDistrict: [], byWeek: [], hotspots: [], districtRates: [] };

function api(user: object | null, body: object = stats) {
  return vi.fn(async (request: Request | string) => {
    if (typeof request === 'string') return jsonResponse(user ? { signedIn: true, user } : { signedIn: false });
    return jsonResponse(request.url.includes('/api/complaints/') ? noCases : body);
  });
}
const calls = (fetch: ReturnType<typeof api>, path: string) =>
  fetch.mock.calls
    .map(([r]) => r)
    .filter((r): r is Request => r instanceof Request && r.url.includes(path))
    .map((r) => new URL(r.url));

const clerk = { sub: 'clerk.xihu', name: '陈静', roles: ['CLERK'], permissions: [], jurisdiction: '330106' };
const supervisor = { sub: 'supervisor', name: '吴刚', roles: ['SUPERVISOR'], permissions: [], jurisdiction: '330100' };

describe('LicensingStatistics', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('shows the figures by type, by item and per district by name, with the active e-cigarette licenses', async () => {
    const fetch = api(null);
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(LicensingStatistics, {
      props: { from: '2026-10-13', to: '2026-12-07' },
      global: { stubs: { EChart: true } },
    });
    const query = calls(fetch, '/api/licensing/statistics')[0]!.searchParams;
    expect([query.get('from'), query.get('to')]).toEqual(['2026-10-13', '2026-12-07']);
    expect(wrapper.get('[data-testid="licensing-kpis"]').text()).toMatch(/受理\s*7.*准予许可\s*4.*不予许可\s*1.*有效许可证\s*40\s*其中电子烟 6 家/);
    expect(wrapper.findAllComponents({ name: 'EChart' })).toHaveLength(2);
    const items = wrapper.get('[data-testid="licensing-items"]').findAll('tbody tr').map((r) => r.text());
    expect(items[0]).toMatch(/卷烟、雪茄烟\s*4\s*2\s*1\s*34/);
    expect(items[1]).toMatch(/电子烟\s*3\s*2\s*0\s*6/);
    const districts = wrapper.get('[data-testid="licensing-districts"]').findAll('tbody tr').map((r) => r.text());
    expect(districts[0]).toMatch(/杭州市 上城区\s*2\s*1\s*0\s*1\s*15\s*2/);
    expect(districts[1]).toMatch(/杭州市 西湖区\s*5\s*3\s*1\s*2\s*25\s*4/);
    expect(wrapper.text()).not.toMatch(/3301\d\d/);
    wrapper.unmount();
  });

  it('says so when nothing was received or decided and no license is active, without empty charts', async () => {
    vi.stubGlobal('fetch', api(null, empty));
    const { wrapper } = await mountWithApp(LicensingStatistics, {
      props: { from: '2026-10-13', to: '2026-12-07' },
      global: { stubs: { EChart: true } },
    });
    expect(wrapper.get('[data-testid="licensing-empty"]').text()).toContain('没有受理或办结的申请');
    expect(wrapper.findComponent({ name: 'EChart' }).exists()).toBe(false);
    wrapper.unmount();
  });

  it('is all a clerk sees on the statistics page: complaints answer supervisors only', async () => {
    const fetch = api(clerk);
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(StatisticsPage, { global: { stubs: { EChart: true } } });
    expect(calls(fetch, '/api/complaints/statistics')).toHaveLength(0);
    expect(calls(fetch, '/api/licensing/statistics')).toHaveLength(1);
    expect(wrapper.find('[data-testid="statistics-tab-complaints"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="licensing-statistics"]').exists()).toBe(true);

    await wrapper.get('form.range').trigger('submit');
    await flushPromises();
    expect(calls(fetch, '/api/licensing/statistics')).toHaveLength(2);
    wrapper.unmount();
  });

  it('gives a supervisor both, the 12313 figures first', async () => {
    const fetch = api(supervisor);
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(StatisticsPage, { global: { stubs: { EChart: true } } });
    expect(calls(fetch, '/api/complaints/statistics')).toHaveLength(1);
    expect(calls(fetch, '/api/licensing/statistics')).toHaveLength(0);
    expect(wrapper.get('[data-testid="statistics-tab-complaints"]').attributes('aria-pressed')).toBe('true');

    await wrapper.get('[data-testid="statistics-tab-licensing"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="statistics-tab-licensing"]').attributes('aria-pressed')).toBe('true');
    expect(calls(fetch, '/api/licensing/statistics')).toHaveLength(1);
    expect(wrapper.find('[data-testid="statistics-empty"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="licensing-kpis"]').text()).toContain('40');
    wrapper.unmount();
  });
});
