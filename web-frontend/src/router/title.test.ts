import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter, RouterView, type RouteRecordRaw } from 'vue-router';
import { i18n, setLocale } from '@/i18n';
import { routes } from './index';
import { usePageTitle } from './title';

const Page = defineComponent({ render: () => h('p', 'page') });
// the app's routes and their meta, without loading the pages
const stubbed = routes.map((r) => ({ ...r, component: Page, children: undefined, redirect: undefined }) as RouteRecordRaw);

const Shell = defineComponent({
  setup() {
    usePageTitle();
    return () => h(RouterView);
  },
});

describe('document.title', () => {
  it('names the page and the platform, follows navigation and the language', async () => {
    await setLocale('zh-CN');
    const router = createRouter({ history: createMemoryHistory(), routes: stubbed });
    await router.push('/report');
    await router.isReady();
    const wrapper = mount(Shell, { global: { plugins: [i18n, router] } });
    await nextTick();
    expect(document.title).toBe('12313 举报投诉 - 烟草专卖政务服务');

    await router.push('/verify');
    await nextTick();
    expect(document.title).toBe('许可证核验 - 烟草专卖政务服务');

    await setLocale('en');
    await nextTick();
    expect(document.title).toBe('Verify a license - Tobacco Monopoly e-Services');

    await router.push('/');
    await nextTick();
    expect(document.title).toBe('Tobacco Monopoly e-Services');
    wrapper.unmount();
    await setLocale('zh-CN');
  }, 20_000);
});
