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

  it('shows the instant-approval kinds and review days as loaded, and leaves them out of a save that did not change them', async () => {
    const inForce = {
      code: '330102', name: '上城区', promiseDays: 5, schoolDistanceMetres: 50, outletSpacingMetres: 50,
      instantApproval: { kinds: ['RENEWAL', 'CHANGE_SCOPE'], reviewDays: 7 },
    };
    // the service keeps the settings in force for what a PUT leaves out
    let stored: object = inForce;
    const fetch = vi.fn(async (request: Request) => {
      if (request.method === 'PUT') stored = { ...stored, ...(await request.clone().json()) };
      return jsonResponse(stored);
    });
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(JurisdictionSettingsPage);
    await wrapper.get('[data-testid="jurisdiction-code"]').setValue('330102');
    await flushPromises();
    const box = (kind: string) => wrapper.get(`[data-testid="jurisdiction-instant-${kind}"]`).element as HTMLInputElement;
    expect(wrapper.get('[data-testid="jurisdiction-instant"] legend').text()).toBe('即时办结（秒批）');
    expect(wrapper.get('[data-testid="jurisdiction-instant"]').text()).toMatch(/延续.*变更字号名称.*变更经营范围/);
    expect([box('RENEWAL').checked, box('CHANGE_BUSINESS_NAME').checked, box('CHANGE_SCOPE').checked]).toEqual([true, false, true]);
    expect((wrapper.get('[data-testid="jurisdiction-review-days"]').element as HTMLInputElement).value).toBe('7');

    // another field saved: the instant-approval settings in force stay as they are
    await wrapper.get('[data-testid="jurisdiction-promise"]').setValue('4');
    await wrapper.get('[data-testid="jurisdiction-form"]').trigger('submit');
    await flushPromises();
    const puts = () => fetch.mock.calls.map(([r]) => r).filter((r) => r.method === 'PUT');
    expect(await puts()[0]!.json()).toEqual({ name: '上城区', promiseDays: 4, schoolDistanceMetres: 50, outletSpacingMetres: 50 });

    // RENEWAL off, business-name changes on, a window out of range refused before sending
    await wrapper.get('[data-testid="jurisdiction-instant-RENEWAL"]').setValue(false);
    await wrapper.get('[data-testid="jurisdiction-instant-CHANGE_BUSINESS_NAME"]').setValue(true);
    await wrapper.get('[data-testid="jurisdiction-review-days"]').setValue('21');
    await wrapper.get('[data-testid="jurisdiction-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('须为 1–20 之间的整数');
    expect(puts()).toHaveLength(1);
    await wrapper.get('[data-testid="jurisdiction-review-days"]').setValue('3');
    await wrapper.get('[data-testid="jurisdiction-form"]').trigger('submit');
    await flushPromises();
    const sent = await puts()[1]!.json();
    expect(sent.instantApproval.reviewDays).toBe(3);
    expect([...sent.instantApproval.kinds].sort()).toEqual(['CHANGE_BUSINESS_NAME', 'CHANGE_SCOPE']);
    expect(wrapper.find('[data-testid="jurisdiction-saved"]').exists()).toBe(true);

    // saved values are the new baseline: a further save without changes leaves them out again
    await wrapper.get('[data-testid="jurisdiction-form"]').trigger('submit');
    await flushPromises();
    expect(await puts()[2]!.json()).not.toHaveProperty('instantApproval');

    // all unticked: switched off on purpose, sent as an empty list
    for (const kind of ['CHANGE_BUSINESS_NAME', 'CHANGE_SCOPE']) await wrapper.get(`[data-testid="jurisdiction-instant-${kind}"]`).setValue(false);
    await wrapper.get('[data-testid="jurisdiction-form"]').trigger('submit');
    await flushPromises();
    expect((await puts()[3]!.json()).instantApproval).toEqual({ kinds: [], reviewDays: 3 });
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
