import { ref, shallowRef } from 'vue';
import { asApiError, type ApiError } from '@/api/problem';

interface Page<T> {
  items: T[];
  total: number;
  nextCursor?: string;
}

/** What a paged list's items have in common: the id the server knows them by. */
export interface Identified {
  id?: string;
}

export type PagedList<T extends Identified> = ReturnType<typeof usePagedList<T>>;

/**
 * A keyset-paged list: `load(true)` starts over, `load()` appends the page after `nextCursor`.
 * `update`, `prepend` and `drop` show what the page itself changed without reloading.
 */
export function usePagedList<T extends Identified>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
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

  /** The server's answer for an item replaces the listed one of the same id (fields it lacks are kept). */
  function update(changed: T) {
    items.value = items.value.map((item) => (item.id === changed.id ? { ...item, ...changed } : item));
  }

  /** An item the page just added goes on top, and the total counts it. */
  function prepend(added: T) {
    items.value = [added, ...items.value];
    if (total.value !== undefined) total.value += 1;
  }

  /** An item that no longer belongs to the list (e.g. removed while removed ones are hidden) leaves it. */
  function drop(gone: T) {
    items.value = items.value.filter((item) => item.id !== gone.id);
    if (total.value) total.value -= 1;
  }

  return { items, total, cursor, loading, loaded, error, load, update, prepend, drop };
}
