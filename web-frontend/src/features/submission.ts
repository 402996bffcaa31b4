import { ref } from 'vue';
import { newIdempotencyKey } from '@/api/http';
import { asApiError, type ApiError } from '@/api/problem';

/**
 * One Idempotency-Key per form submission: retrying the same content (after a timeout or a
 * lost answer) reuses the key, so the server files it once; changed content gets a new key
 * (the server refuses a key reused with other content).
 */
export function submissionKeys(generate: () => string = newIdempotencyKey) {
  let last: { fingerprint: string; key: string } | undefined;
  function keyFor(fingerprint: string): string {
    if (!last || last.fingerprint !== fingerprint) last = { fingerprint, key: generate() };
    return last.key;
  }
  /** After a success: the next submission is a new one. */
  function reset(): void {
    last = undefined;
  }
  /** Calls `create` with the key of `fingerprint`; once it has succeeded, the next submission is a new one. */
  async function send<R>(fingerprint: string, create: (key: string) => Promise<R>): Promise<R> {
    const created = await create(keyFor(fingerprint));
    reset();
    return created;
  }
  return { keyFor, reset, send };
}

export function fileFingerprint(file: File | undefined): string {
  return file ? `${file.name}:${file.size}:${file.lastModified}` : '';
}

/**
 * What a form or a step sends, one at a time: `busy` while it runs (a second call meanwhile
 * is ignored), its failure as `error` for ProblemAlert (cleared when the next one starts).
 * `run` resolves true when `work` succeeded.
 */
export function useSubmit() {
  const busy = ref(false);
  const error = ref<ApiError>();

  async function run(work: () => Promise<unknown>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    error.value = undefined;
    try {
      await work();
      return true;
    } catch (e) {
      error.value = asApiError(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
