import { ref, shallowRef } from 'vue';
import { asApiError, type ApiError } from '@/api/problem';

interface Page<T> {
  items: T[];
  total: number;
  nextCursor?: string;
}

/** A keyset-paged list: `load(true)` starts over, `load()` appends the page after `nextCursor`. */
export function usePagedList<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  const items = shallowRef<T[]>([]);
  const total = ref<number>();
  const cursor = ref<string>();
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<ApiError>();

  async function load(reset = false) {
    if (loading.value) return;
    if (reset) {
      items.value = [];
      cursor.value = undefined;
      total.value = undefined;
      loaded.value = false;
    } else if (loaded.value && !cursor.value) {
      return;
    }
    loading.value = true;
    error.value = undefined;
    try {
      const page = await fetchPage(cursor.value);
      items.value = [...items.value, ...page.items];
      total.value = page.total;
      cursor.value = page.nextCursor;
      loaded.value = true;
    } catch (e) {
      error.value = asApiError(e);
    } finally {
      loading.value = false;
    }
  }

  return { items, total, cursor, loading, loaded, error, load };
}
