import { mount, flushPromises, type ComponentMountingOptions } from '@vue/test-utils';
import { createMemoryHistory } from 'vue-router';
import type { Component } from 'vue';
import { i18n, setLocale, type AppLocale } from '@/i18n';
import { vantPlugin } from '@/plugins/vant';
import { createAppRouter } from '@/router';

/** Mounts a page or component with the app's plugins: i18n, Vant and a router in memory. */
export async function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: AppLocale; path?: string } = {},
) {
  await setLocale(options.locale ?? 'zh-CN');
  const router = createAppRouter(createMemoryHistory());
  await router.push(options.path ?? '/');
  await router.isReady();
  const wrapper = mount(component, {
    ...options,
    attachTo: document.body,
    global: { plugins: [i18n, vantPlugin, router], ...(options.global ?? {}) },
  } as ComponentMountingOptions<C>);
  await flushPromises();
  return { wrapper, router };
}

/** A problem+json response as the platform sends it. */
export function problemResponse(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: '/problems/test', title, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export { flushPromises };
