import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mountWithApp } from '@/test/mount';
import RefusalChecks from './RefusalChecks.vue';

const checks = [
  { code: 'SCHOOL_DISTANCE', passed: true, measured: 420.5, limit: 50, unit: 'm', detail: '最近：文三路小学' },
  {
    code: 'ECIG_QUOTA', passed: false, measured: 3, limit: 3, unit: 'outlets',
    detail: '本区（330106）电子烟零售点数量上限 3 个，现有 3 个，已满',
  },
  { code: 'ECIG_SCHOOL_DISTANCE', passed: true, measured: 812, limit: 100, unit: 'm', detail: '最近：文三路小学（小学），电子烟规划最小距离 100 米' },
  { code: 'ECIG_PREMISES_KIND', passed: false, detail: '经营场所类型为自助售卖点，电子烟零售点布局规划不予许可' },
];

describe('RefusalChecks', () => {
  it('shows each e-cigarette check like the cigarette ones, the quota with the current count', async () => {
    const fetch = vi.fn(async () => jsonResponse(checks));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(RefusalChecks, { props: { applicationId: '7d4c1e8a-1111-4222-8333-944455556666' } });
    const rows = wrapper.findAll('[data-testid="refusal-checks"] tr').map((r) => r.text());
    expect(rows).toHaveLength(4);
    expect(rows[1]).toContain('不通过');
    expect(rows[1]).toContain('电子烟零售点数量（总量控制）');
    expect(wrapper.get('[data-testid="check-quota"]').text()).toBe('现有 3 个，上限 3 个');
    expect(rows[2]).toContain('实测 812 米，限值 100 米');
    expect(rows[3]).toContain('电子烟经营场所类型');
    expect(rows[3]).toContain('不予许可');
    expect(wrapper.text()).not.toContain('outlets');
    wrapper.unmount();
  });

  it('says when the plan sets no quota', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse([{ code: 'ECIG_QUOTA', passed: true, measured: 2, unit: 'outlets' }])));
    const { wrapper } = await mountWithApp(RefusalChecks, { props: { applicationId: 'x' }, locale: 'en' });
    expect(wrapper.get('[data-testid="check-quota"]').text()).toBe('2 outlets licensed now, no quota');
    wrapper.unmount();
  });
});
