import { readonly, ref, type Ref } from 'vue';

const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine);
let listening = false;

/**
 * Whether the browser has a network, kept current by its `online`/`offline` events. One shared
 * ref for the whole app: the banner and the pages that keep work on the device read the same.
 */
export function useOnline(): Readonly<Ref<boolean>> {
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    online.value = navigator.onLine;
    window.addEventListener('online', () => (online.value = true));
    window.addEventListener('offline', () => (online.value = false));
  }
  return readonly(online);
}
