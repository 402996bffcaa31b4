import pRetry, { AbortError } from 'p-retry';
import { t } from '@/i18n';
import { ApiError, networkError } from './problem';

/**
 * How a create is sent over a bad mobile network: each attempt may take `timeoutMs`, then it
 * is abandoned and sent again with the SAME Idempotency-Key, at most `retries` more times.
 * The server files a key once and answers a repeat with the first answer, so a retry after a
 * lost answer never makes a second record.
 */
export interface RetryPolicy {
  timeoutMs: number;
  retries: number;
  /** Wait before the first retry; doubled for each next one. */
  minDelayMs: number;
}

export const CREATE_POLICY: RetryPolicy = { timeoutMs: 15_000, retries: 2, minDelayMs: 1_000 };

/** Multipart uploads of photos and PDFs on a slow uplink take longer than a JSON create. */
export const UPLOAD_POLICY: RetryPolicy = { timeoutMs: 120_000, retries: 2, minDelayMs: 2_000 };

const GATEWAY_BUSY = new Set([502, 503, 504]);

/**
 * Worth sending again with the same key: no answer at all (network failure or the attempt's
 * timeout), the gateway reporting the service briefly unavailable, or the same key still in
 * flight on the server (the first attempt is still being processed).
 */
export function isRetriable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 0 || GATEWAY_BUSY.has(error.status)) return true;
  return error.status === 409 && (error.problem.type ?? '').endsWith('/problems/idempotency-in-flight');
}

export function timeoutError(): ApiError {
  return new ApiError({ type: '/problems/timeout', title: t('errors.timeout'), status: 0 });
}

/**
 * Runs `attempt` (one request that honours the given signal) with a per-attempt timeout and
 * retries under `policy`. The caller must send the same Idempotency-Key in every attempt.
 * `signal` cancels the whole submission (the user pressed cancel or left the page).
 */
export function withRetry<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  policy: RetryPolicy = CREATE_POLICY,
  signal?: AbortSignal,
): Promise<T> {
  return pRetry(
    async () => {
      if (signal?.aborted) throw new AbortError(new DOMException('The submission was cancelled', 'AbortError'));
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, policy.timeoutMs);
      const cancel = () => controller.abort();
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        return await attempt(controller.signal);
      } catch (error) {
        if (signal?.aborted) throw new AbortError(new DOMException('The submission was cancelled', 'AbortError'));
        if (timedOut) throw timeoutError();
        if (error instanceof DOMException && error.name === 'AbortError') throw networkError(error);
        throw error;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
      }
    },
    {
      retries: policy.retries,
      minTimeout: policy.minDelayMs,
      factor: 2,
      shouldRetry: ({ error }) => isRetriable(error),
    },
  );
}
