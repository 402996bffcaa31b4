import { onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import { asApiError, type ApiError } from '@/api/problem';

/**
 * A lookup that follows what the user types: `query()` is read reactively; `undefined`
 * means "nothing to ask yet" (the result is cleared). A change waits `delay` ms of quiet,
 * then asks once; an answer to an older query is dropped (and its request aborted), so a
 * slow answer never overwrites a newer one.
 */
export function useDebouncedLookup<Q, R>(
  query: () => Q | undefined,
  fetcher: (query: Q, signal: AbortSignal) => Promise<R>,
  delay = 400,
) {
  const result = shallowRef<R>();
  const error = ref<ApiError>();
  const loading = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: AbortController | undefined;

  function cancel() {
    if (timer) clearTimeout(timer);
    timer = undefined;
    running?.abort();
    running = undefined;
  }

  async function ask(q: Q) {
    const controller = new AbortController();
    running = controller;
    loading.value = true;
    try {
      const answer = await fetcher(q, controller.signal);
      if (running !== controller) return;
      result.value = answer;
      error.value = undefined;
    } catch (e) {
      if (running !== controller) return;
      result.value = undefined;
      error.value = asApiError(e);
    } finally {
      if (running === controller) {
        loading.value = false;
        running = undefined;
      }
    }
  }

  watch(
    () => JSON.stringify(query() ?? null),
    () => {
      cancel();
      const q = query();
      if (q === undefined) {
        result.value = undefined;
        error.value = undefined;
        loading.value = false;
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        void ask(q);
      }, delay);
    },
  );
  onBeforeUnmount(cancel);

  return { result, error, loading };
}
