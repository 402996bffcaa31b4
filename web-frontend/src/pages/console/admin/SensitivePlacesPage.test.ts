import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import SensitivePlacesPage from './SensitivePlacesPage.vue';

describe('SensitivePlacesPage', () => {
  it('refuses coordinates outside China, then adds a kindergarten and lists it', async () => {
    const fetch = vi.fn(async (request: Request) => jsonResponse({ id: '9f000000-1111-4222-8333-944455550001', ...(await request.clone().json()) }, 201));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(SensitivePlacesPage);
    await wrapper.get('[data-testid="place-kind"]').setValue('KINDERGARTEN');
    await wrapper.get('[data-testid="place-name"]').setValue('西湖区第一幼儿园');
    await wrapper.get('[data-testid="division-city"]').setValue('330100');
    await wrapper.get('[data-testid="division-district"]').setValue('330106');
    await wrapper.get('[data-testid="place-lat"]').setValue('91');
    await wrapper.get('[data-testid="place-lon"]').setValue('120.1');
    await wrapper.get('[data-testid="place-form"]').trigger('submit');
    expect(wrapper.text()).toContain('请填写中国境内的经纬度');
    expect(fetch).not.toHaveBeenCalled();

    await wrapper.get('[data-testid="place-lat"]').setValue('30.262');
    await wrapper.get('[data-testid="place-form"]').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls[0]![0];
    expect(new URL(post.url).pathname).toBe('/api/licensing/admin/sensitive-places');
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({ kind: 'KINDERGARTEN', name: '西湖区第一幼儿园', divisionCode: '330106', latitude: 30.262, longitude: 120.1 });
    expect(wrapper.get('[data-testid="place-row"]').text()).toContain('幼儿园');
    expect(wrapper.get('[data-testid="place-row"]').text()).toContain('西湖区第一幼儿园');
    wrapper.unmount();
  });
});
