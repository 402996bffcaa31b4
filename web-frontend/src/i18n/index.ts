import { createI18n } from 'vue-i18n';
import { Locale } from 'vant/es/locale';
import vantZhCN from 'vant/es/locale/lang/zh-CN';
import zhCN, { type MessageSchema } from './locales/zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];

const STORAGE_KEY = 'lang';

type VantMessages = Parameters<typeof Locale.use>[1];
interface Bundle {
  messages: MessageSchema;
  vant: VantMessages;
  vantName: string;
}

/**
 * The languages' messages. Chinese is in the first chunk; English (41 kB) is fetched the first
 * time it is chosen, so a first paint in Chinese does not download or evaluate it.
 */
const loaded: Partial<Record<AppLocale, Bundle>> = { 'zh-CN': { messages: zhCN, vant: vantZhCN, vantName: 'zh-CN' } };
const loaders: Record<Exclude<AppLocale, 'zh-CN'>, () => Promise<Bundle>> = {
  en: async () => {
    const [messages, vant] = await Promise.all([import('./locales/en'), import('vant/es/locale/lang/en-US')]);
    return { messages: messages.default, vant: vant.default, vantName: 'en-US' };
  },
};
const loading: Partial<Record<AppLocale, Promise<Bundle>>> = {};

/** Rewrites a language's messages as they are installed (elder-friendly mode's plainer words). */
type Overlay = (locale: AppLocale, messages: MessageSchema) => MessageSchema;
let overlay: Overlay | undefined;

function savedLocale(): AppLocale {
  try {
    const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
    return LOCALES.includes(saved as AppLocale) ? (saved as AppLocale) : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  // English is added by loadLocale
  messages: { 'zh-CN': zhCN } as Record<AppLocale, MessageSchema>,
});

function install(locale: AppLocale, bundle: Bundle): void {
  i18n.global.setLocaleMessage(locale, overlay ? overlay(locale, bundle.messages) : bundle.messages);
}

/** Makes a language's messages available (a no-op for Chinese and for one already loaded). */
export function loadLocale(locale: AppLocale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  const load = (loading[locale] ??= loaders[locale as Exclude<AppLocale, 'zh-CN'>]());
  return load.then(
    (bundle) => {
      loaded[locale] = bundle;
      install(locale, bundle);
    },
    (error: unknown) => {
      // a failed download may be retried by the next choice
      delete loading[locale];
      throw error;
    },
  );
}

/** The language of the interface, also sent as Accept-Language so problem titles match. */
export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}

/** Switches the language once its messages are there; the choice is remembered on the device. */
export async function setLocale(locale: AppLocale): Promise<void> {
  await loadLocale(locale);
  i18n.global.locale.value = locale;
  // the language choice (never a credential) survives a reload
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLocale(locale);
}

/**
 * The language chosen on an earlier visit, loaded before the app is mounted (main.ts), so an
 * English page never shows Chinese first. If English cannot be fetched, the page stays Chinese.
 */
export function restoreLocale(): Promise<void> {
  const saved = savedLocale();
  return saved === currentLocale() ? Promise.resolve() : setLocale(saved).catch(() => undefined);
}

/** Sets (or with `undefined` removes) the rewrite applied to every loaded language, now and later. */
export function setMessageOverlay(next: Overlay | undefined): void {
  overlay = next;
  for (const locale of LOCALES) {
    const bundle = loaded[locale];
    if (bundle) install(locale, bundle);
  }
}

function applyLocale(locale: AppLocale): void {
  const bundle = loaded[locale];
  if (bundle) Locale.use(bundle.vantName, bundle.vant);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

applyLocale(currentLocale());

export const t = i18n.global.t;

