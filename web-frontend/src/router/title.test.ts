import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { RouterView } from 'vue-router';
import { flushPromises, mountWithApp } from '@/test/mount';
import { setLocale } from '@/i18n';
import { usePageTitle } from './title';

const Shell = defineComponent({
  setup() {
    usePageTitle();
    return () => h(RouterView);
  },
});

describe('document.title', () => {
  it('names the page and the platform, follows navigation and the language', async () => {
    // the pages ask who is signed in: nobody
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    const { router, wrapper } = await mountWithApp(Shell, { path: '/report' });
    expect(document.title).toBe('12313 举报投诉 - 烟草专卖政务服务');

    await router.push('/verify');
    await flushPromises();
    expect(document.title).toBe('许可证核验 - 烟草专卖政务服务');

    setLocale('en');
    await nextTick();
    expect(document.title).toMatch(/^Verify a license - /);

    await router.push('/');
    await flushPromises();
    expect(document.title).not.toContain(' - ');
    wrapper.unmount();
    setLocale('zh-CN');
  });
});
