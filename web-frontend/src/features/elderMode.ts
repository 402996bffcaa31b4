import { computed, ref, type ComputedRef } from 'vue';
import { setMessageOverlay } from '@/i18n';
import { elderMessages } from '@/i18n/elder';

/**
 * Elder-friendly mode (适老化, after the MIIT guideline for apps): larger text, larger touch
 * targets, higher contrast (the `elder` class on <html>, see styles.css) and plainer wording on
 * the main journeys (an overlay of the messages). The choice is remembered on the device.
 */
export const ELDER_STORAGE_KEY = 'elder';

function saved(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(ELDER_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

const state = ref(saved());

/** A copy of `base` with the overlay's strings put in; `base` itself is never changed. */
function overlaid<T extends Record<string, unknown>>(base: T, overlay: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const inner = out[key];
    out[key] =
      value && typeof value === 'object' && inner && typeof inner === 'object'
        ? overlaid(inner as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out as T;
}

function apply(on: boolean): void {
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('elder', on);
  // every language loaded now or later gets the plainer words; the shipped messages are kept
  setMessageOverlay(on ? (locale, messages) => overlaid(messages, elderMessages[locale]) : undefined);
}

export function setElderMode(on: boolean): void {
  state.value = on;
  try {
    // like the language: a display preference, never a credential
    if (on) localStorage.setItem(ELDER_STORAGE_KEY, '1');
    else localStorage.removeItem(ELDER_STORAGE_KEY);
  } catch {
    // private mode: the choice lasts for this page only
  }
  apply(on);
}

/** Whether elder-friendly mode is on (read-only; change it with setElderMode). */
export const elderMode: ComputedRef<boolean> = computed(() => state.value);

apply(state.value);
