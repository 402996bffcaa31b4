import { describe, expect, it, vi } from 'vitest';
import MobileLayout from './MobileLayout.vue';
import { mountWithApp } from '@/test/mount';

describe('the mobile layout', () => {
  it('offers "back" as a real button a keyboard reaches, and none on the home page', async () => {
    const { wrapper, router } = await mountWithApp(MobileLayout, { path: '/report' });
    const back = wrapper.get('header button.mobile__back');
    expect(back.text()).toBe('返回');
    expect(wrapper.get('[data-testid="page-heading"]').text()).toBe('12313 举报投诉');
    await back.trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/'), { timeout: 10_000 });
    await vi.waitFor(() => expect(wrapper.find('header button.mobile__back').exists()).toBe(false));
    wrapper.unmount();
  });
});
