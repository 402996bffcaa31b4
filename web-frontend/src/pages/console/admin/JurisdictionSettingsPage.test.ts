import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import JurisdictionSettingsPage from './JurisdictionSettingsPage.vue';

describe('JurisdictionSettingsPage', () => {
  it("shows the inherited settings of a district, checks the ranges and saves the district's own", async () => {
    const fetch = vi.fn(async (request: Request) =>
      request.method === 'PUT'
        ? jsonResponse({ code: '330106', name: '西湖区', promiseDays: 3, schoolDistanceMetres: 100, outletSpacingMetres: 50 })
        : jsonResponse({ code: '330100', name: '杭州市', promiseDays: 5, schoolDistanceMetres: 50, outletSpacingMetres: 50 }),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(JurisdictionSettingsPage);
    await wrapper.get('[data-testid="jurisdiction-code"]').setValue('330106');
    await flushPromises();
    expect(new URL(fetch.mock.calls[0]![0].url).pathname).toBe('/api/licensing/admin/jurisdictions/330106/settings');
    expect(wrapper.get('[data-testid="jurisdiction-inherited"]').text()).toContain('杭州市');
    expect(wrapper.text()).not.toContain('330100');
    expect((wrapper.get('[data-testid="jurisdiction-promise"]').element as HTMLInputElement).value).toBe('5');

    await wrapper.get('[data-testid="jurisdiction-promise"]').setValue('30');
    await wrapper.get('[data-testid="jurisdiction-form"]').trigger('submit');
    expect(wrapper.text()).toContain('须为 1–20 之间的整数');
    expect(fetch.mock.calls.some(([r]) => r.method === 'PUT')).toBe(false);

    await wrapper.get('[data-testid="jurisdiction-name"]').setValue('西湖区');
    await wrapper.get('[data-testid="jurisdiction-promise"]').setValue('3');
    await wrapper.get('[data-testid="jurisdiction-school"]').setValue('100');
    await wrapper.get('[data-testid="jurisdiction-form"]').trigger('submit');
    await flushPromises();
    const put = fetch.mock.calls.find(([r]) => r.method === 'PUT')![0];
    expect(new URL(put.url).pathname).toBe('/api/licensing/admin/jurisdictions/330106/settings');
    expect(await put.json()).toEqual({ name: '西湖区', promiseDays: 3, schoolDistanceMetres: 100, outletSpacingMetres: 50 });
    expect(wrapper.find('[data-testid="jurisdiction-saved"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="jurisdiction-inherited"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it("shows a 403's title", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(403, '无权访问')));
    const { wrapper } = await mountWithApp(JurisdictionSettingsPage);
    await wrapper.get('[data-testid="jurisdiction-code"]').setValue('330100');
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('无权访问');
    wrapper.unmount();
  });
});
