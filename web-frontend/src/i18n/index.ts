import { createI18n } from 'vue-i18n';
import { Locale } from 'vant';
import vantZhCN from 'vant/es/locale/lang/zh-CN';
import vantEnUS from 'vant/es/locale/lang/en-US';
import zhCN, { type MessageSchema } from './locales/zh-CN';
import en from './locales/en';

export const LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];

const STORAGE_KEY = 'lang';

function initialLocale(): AppLocale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return LOCALES.includes(saved as AppLocale) ? (saved as AppLocale) : 'zh-CN';
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
});

/** The language of the interface, also sent as Accept-Language so problem titles match. */
export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}

export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  // the language choice (never a credential) survives a reload
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLocale(locale);
}

function applyLocale(locale: AppLocale): void {
  if (locale === 'en') Locale.use('en-US', vantEnUS);
  else Locale.use('zh-CN', vantZhCN);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

applyLocale(currentLocale());

export const t = i18n.global.t;
