import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import PremisesLocation from './PremisesLocation.vue';
import PremisesMap from './PremisesMap.vue';

const mountLocation = (props: Record<string, unknown> = {}) =>
  mountWithApp(PremisesLocation, { props: { modelValue: undefined, address: '', label: '店铺位置', required: true, ...props } as never });

describe('PremisesLocation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says in words whether the shop is placed, never as a field to type', async () => {
    const { wrapper } = await mountLocation();
    expect(wrapper.get('[data-testid="location-status"]').text()).toContain('尚未标注');
    expect(wrapper.find('[data-testid="field-location"] input').exists()).toBe(false);
    expect(wrapper.find('[data-testid="field-location"] .van-field__label--required').exists()).toBe(true);
    await wrapper.setProps({ modelValue: { latitude: 30.2772, longitude: 120.1425 } } as never);
    const status = wrapper.get('[data-testid="location-status"]').text();
    expect(status).toContain('已在地图上标注');
    expect(status).toContain('纬度 30.27720，经度 120.14250');
    wrapper.unmount();
  });

  it('takes the point tapped or dragged on the map', async () => {
    const { wrapper } = await mountLocation();
    await vi.waitFor(() => expect(wrapper.findComponent(PremisesMap).exists()).toBe(true));
    wrapper.findComponent(PremisesMap).vm.$emit('update:modelValue', { latitude: 30.26, longitude: 120.05 });
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ latitude: 30.26, longitude: 120.05 }]]);
    wrapper.unmount();
  });

  it('offers the places the geocoder finds for the typed address, a moment after typing stops', async () => {
    const fetch = vi.fn(async () =>
      jsonResponse({ results: [{ formattedAddress: '浙江省杭州市西湖区文三路100号', divisionCode: '330106', latitude: 30.2772, longitude: 120.1425 }] }),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountLocation();
    vi.useFakeTimers();
    await wrapper.setProps({ address: '文三' } as never);
    await wrapper.setProps({ address: '文三路100号' } as never);
    vi.advanceTimersByTime(700);
    vi.useRealTimers();
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(1);
    const request = (fetch.mock.calls as unknown as [Request][])[0]![0];
    expect(new URL(request.url).searchParams.get('address')).toBe('文三路100号');
    const suggestion = wrapper.get('[data-testid="geocode-suggestion"]');
    expect(suggestion.text()).toContain('文三路100号');
    await suggestion.trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ latitude: 30.2772, longitude: 120.1425 }]]);
    expect(wrapper.emitted('division')).toEqual([['330106']]);
    expect(wrapper.find('[data-testid="geocode-suggestion"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('says plainly when the geocoder is down, and the map still takes a tap', async () => {
    vi.stubGlobal('fetch', async () => problemResponse(503, '地址定位服务暂时不可用', { detail: 'geocoder:9300 refused' }));
    const { wrapper } = await mountLocation();
    await wrapper.setProps({ address: '文三路100号' } as never);
    await vi.waitFor(() => expect(wrapper.find('[data-testid="geocode-problem"]').exists()).toBe(true), { timeout: 3000 });
    const text = wrapper.get('[data-testid="geocode-problem"]').text();
    expect(text).toContain('地址定位服务暂时不可用');
    expect(text).toContain('直接在地图上点按');
    expect(text).not.toContain('9300');
    await vi.waitFor(() => expect(wrapper.findComponent(PremisesMap).exists()).toBe(true));
    wrapper.findComponent(PremisesMap).vm.$emit('update:modelValue', { latitude: 30.27, longitude: 120.14 });
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ latitude: 30.27, longitude: 120.14 }]]);
    wrapper.unmount();
  });

  it("uses the device's location, and says so when it is refused", async () => {
    const getCurrentPosition = vi.fn((ok: PositionCallback) =>
      ok({ coords: { latitude: 30.2741234, longitude: 120.1551234 } } as GeolocationPosition),
    );
    vi.stubGlobal('navigator', { ...navigator, geolocation: { getCurrentPosition } });
    const { wrapper } = await mountLocation();
    await wrapper.get('[data-testid="use-my-location"]').trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ latitude: 30.274123, longitude: 120.155123 }]]);

    getCurrentPosition.mockImplementation(((_ok: PositionCallback, fail: PositionErrorCallback) =>
      fail({ code: 1 } as GeolocationPositionError)) as never);
    await wrapper.get('[data-testid="use-my-location"]').trigger('click');
    expect(wrapper.get('[data-testid="location-problem"]').text()).toContain('未获得定位权限');
    wrapper.unmount();
  });
});
