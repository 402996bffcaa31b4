import { afterEach, describe, expect, it } from 'vitest';
import { currentLocale, i18n, restoreLocale, setLocale } from '@/i18n';
import { setElderMode } from '@/features/elderMode';

describe('languages loaded when chosen', () => {
  afterEach(async () => {
    setElderMode(false);
    await setLocale('zh-CN');
    localStorage.clear();
  });

  it('keeps English out until it is chosen, then installs it with the plainer words of elder mode', async () => {
    // the first chunk carries Chinese only
    expect(Object.keys(i18n.global.getLocaleMessage('en'))).toEqual([]);
    expect(i18n.global.t('report.title')).toBe('12313 举报投诉');

    // elder mode switched on before English arrives still rewrites it
    setElderMode(true);
    await setLocale('en');
    expect(currentLocale()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('lang')).toBe('en');
    expect(i18n.global.t('report.title')).toBe('Report a problem');
    setElderMode(false);
    expect(i18n.global.t('report.title')).toBe('12313 report or complaint');
  });

  it('restores the language chosen on an earlier visit before the app is mounted', async () => {
    localStorage.setItem('lang', 'en');
    await restoreLocale();
    expect(currentLocale()).toBe('en');
    expect(i18n.global.t('app.name')).toBe('Tobacco Monopoly e-Services');
  });
});
