import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import ECigarettePlanPage from './ECigarettePlanPage.vue';

const province = {
  code: '330000', version: 1, name: '浙江省电子烟零售点布局规划', schoolDistanceMetres: 100,
  neverLicensedKinds: ['SELF_SERVICE', 'ENTERTAINMENT_VENUE'], updatedBy: 'system', updatedAt: '2026-11-01T00:00:00Z',
};

function api(history: object[] = []) {
  return vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'PUT') {
      const body = await request.json();
      return jsonResponse({ ...body, code: '330106', version: history.length + 1, updatedBy: 'admin', updatedAt: '2026-12-06T08:00:00Z' });
    }
    return jsonResponse(path.endsWith('/history') ? history : province);
  });
}

describe('ECigarettePlanPage', () => {
  it("shows the plan a district inherits, checks the limits and puts the district's own version in force", async () => {
    const fetch = api();
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(ECigarettePlanPage);
    await wrapper.get('[data-testid="ecig-plan-code"]').setValue('330106');
    await flushPromises();
    const paths = fetch.mock.calls.map(([r]) => new URL(r.url).pathname);
    expect(paths).toEqual([
      '/api/licensing/admin/jurisdictions/330106/e-cigarette-plan',
      '/api/licensing/admin/jurisdictions/330106/e-cigarette-plan/history',
    ]);
    expect(wrapper.get('[data-testid="ecig-plan-inherited"]').text()).toContain('浙江省');
    expect(wrapper.text()).not.toMatch(/330000|330106/);
    expect(wrapper.get('[data-testid="ecig-plan-history-empty"]').text()).toContain('还没有自己的规划');
    expect((wrapper.get('[data-testid="ecig-plan-quota"]').element as HTMLInputElement).value).toBe('');
    const selfService = wrapper.get('[data-testid="ecig-plan-kind-SELF_SERVICE"]').element as HTMLInputElement;
    expect(selfService.checked && selfService.disabled).toBe(true);
    expect((wrapper.get('[data-testid="ecig-plan-kind-ENTERTAINMENT_VENUE"]').element as HTMLInputElement).checked).toBe(true);

    await wrapper.get('[data-testid="ecig-plan-school"]').setValue('3000');
    await wrapper.get('[data-testid="ecig-plan-quota"]').setValue('-1');
    await wrapper.get('[data-testid="ecig-plan-form"]').trigger('submit');
    expect(wrapper.text()).toContain('须为 0–2000 之间的整数');
    expect(wrapper.text()).toContain('须为 0–100000 之间的整数');
    expect(wrapper.findAll('.field-error').map((e) => e.text())).toContain('必填');
    expect(fetch.mock.calls.some(([r]) => r.method === 'PUT')).toBe(false);

    await wrapper.get('[data-testid="ecig-plan-name"]').setValue('西湖区电子烟零售点布局规划');
    await wrapper.get('[data-testid="ecig-plan-quota"]').setValue('12');
    await wrapper.get('[data-testid="ecig-plan-school"]').setValue('200');
    await wrapper.get('[data-testid="ecig-plan-kind-ENTERTAINMENT_VENUE"]').setValue(false);
    await wrapper.get('[data-testid="ecig-plan-kind-MARKET_STALL"]').setValue(true);
    await wrapper.get('[data-testid="ecig-plan-reason"]').setValue('区政府批复 2026 年布局规划');
    await wrapper.get('[data-testid="ecig-plan-form"]').trigger('submit');
    await flushPromises();
    const put = fetch.mock.calls.find(([r]) => r.method === 'PUT')![0];
    expect(new URL(put.url).pathname).toBe('/api/licensing/admin/jurisdictions/330106/e-cigarette-plan');
    expect(await put.clone().json()).toEqual({
      name: '西湖区电子烟零售点布局规划', maxOutletsPerDistrict: 12, schoolDistanceMetres: 200,
      neverLicensedKinds: ['SELF_SERVICE', 'MARKET_STALL'], reason: '区政府批复 2026 年布局规划',
    });
    expect(wrapper.get('[data-testid="ecig-plan-saved"]').text()).toContain('第 1 版');
    expect(wrapper.find('[data-testid="ecig-plan-inherited"]').exists()).toBe(false);
    const versions = wrapper.findAll('[data-testid="ecig-plan-version"]');
    expect(versions).toHaveLength(1);
    expect(versions[0]!.text()).toMatch(/1\s*现行.*西湖区电子烟零售点布局规划.*12 个.*200.*自助售卖点、集贸市场摊位.*区政府批复/);
    wrapper.unmount();
  });

  it('lists the earlier versions newest first, without a quota as no limit', async () => {
    const own = { ...province, code: '330106', name: '西湖区规划' };
    vi.stubGlobal('fetch', api([{ ...own, version: 2, maxOutletsPerDistrict: 5, reason: '收紧' }, { ...own, version: 1, reason: '首版' }]));
    const { wrapper } = await mountWithApp(ECigarettePlanPage);
    await wrapper.get('[data-testid="ecig-plan-code"]').setValue('330106');
    await flushPromises();
    const versions = wrapper.findAll('[data-testid="ecig-plan-version"]').map((v) => v.text());
    expect(versions[0]).toMatch(/^2\s*现行/);
    expect(versions[0]).toContain('5 个');
    expect(versions[1]).toContain('不限');
    expect(versions[1]).not.toContain('现行');
    wrapper.unmount();
  });

  it("shows a 403's title", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(403, '您的角色无权执行此操作')));
    const { wrapper } = await mountWithApp(ECigarettePlanPage);
    await wrapper.get('[data-testid="ecig-plan-code"]').setValue('330100');
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('无权');
    wrapper.unmount();
  });
});
