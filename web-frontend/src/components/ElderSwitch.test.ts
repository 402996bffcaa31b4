import { afterEach, describe, expect, it, vi } from 'vitest';
import zhCN from '@/i18n/locales/zh-CN';
import en from '@/i18n/locales/en';
import { elderMessages } from '@/i18n/elder';
import { i18n } from '@/i18n';
import { ELDER_STORAGE_KEY, elderMode, setElderMode } from '@/features/elderMode';
import { flushPromises, mountWithApp } from '@/test/mount';
import ElderSwitch from './ElderSwitch.vue';

/** Every leaf key of a message tree, dotted. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('elder-friendly mode', () => {
  afterEach(() => {
    setElderMode(false);
    localStorage.clear();
  });

  it('is switched on and off from the header button, with larger styles, plainer words and the choice remembered', async () => {
    const { wrapper } = await mountWithApp(ElderSwitch);
    const button = wrapper.get('[data-testid="elder-switch"]');
    const t = i18n.global.t;
    expect(button.attributes('aria-pressed')).toBe('false');
    expect(button.text()).toBe('长辈模式');
    expect(document.documentElement.classList.contains('elder')).toBe(false);
    expect(t('report.title')).toBe('12313 举报投诉');

    await button.trigger('click');
    await flushPromises();
    expect(button.attributes('aria-pressed')).toBe('true');
    expect(elderMode.value).toBe(true);
    expect(document.documentElement.classList.contains('elder')).toBe(true);
    expect(localStorage.getItem(ELDER_STORAGE_KEY)).toBe('1');
    expect(t('report.title')).toBe('我要举报');
    // keys the overlay leaves alone keep their text
    expect(t('report.caseNumber')).toBe('案件编号');

    await button.trigger('click');
    await flushPromises();
    expect(button.attributes('aria-pressed')).toBe('false');
    expect(document.documentElement.classList.contains('elder')).toBe(false);
    expect(localStorage.getItem(ELDER_STORAGE_KEY)).toBeNull();
    expect(t('report.title')).toBe('12313 举报投诉');
    wrapper.unmount();
  });

  it('applies to both languages', async () => {
    const { wrapper } = await mountWithApp(ElderSwitch, { locale: 'en' });
    expect(wrapper.text()).toBe('Senior');
    await wrapper.get('[data-testid="elder-switch"]').trigger('click');
    expect(i18n.global.t('report.title')).toBe('Report a problem');
    wrapper.unmount();
  });

  it('comes back on at the next visit when it was left on', async () => {
    localStorage.setItem(ELDER_STORAGE_KEY, '1');
    vi.resetModules();
    const fresh = await import('@/features/elderMode');
    const freshI18n = (await import('@/i18n')).i18n;
    expect(fresh.elderMode.value).toBe(true);
    expect(document.documentElement.classList.contains('elder')).toBe(true);
    expect(freshI18n.global.t('home.report')).toBe('我要举报');
    fresh.setElderMode(false);
  });

  it('rewords only texts that exist, in both languages', () => {
    const all = { 'zh-CN': new Set(keys(zhCN)), en: new Set(keys(en)) };
    for (const locale of ['zh-CN', 'en'] as const) {
      const overlay = keys(elderMessages[locale]);
      expect(overlay.length).toBeGreaterThan(20);
      expect(overlay.filter((k) => !all[locale].has(k))).toEqual([]);
    }
    expect(keys(elderMessages['zh-CN']).sort()).toEqual(keys(elderMessages.en).sort());
  });
});
