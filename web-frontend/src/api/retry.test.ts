import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApplication, type ApplicationDraft } from './licensing';
import { ApiError } from './problem';
import { CREATE_POLICY, isRetriable, withRetry } from './retry';
import { jsonResponse, problemResponse } from '@/test/mount';

const draft = { type: 'NEW' } as ApplicationDraft;

/** A fetch that never answers: it rejects only when its request is aborted (a lost answer). */
function hanging(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
  });
}

describe('creates over a bad network', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('retries a timed-out create twice with the same Idempotency-Key and returns the answer', async () => {
    const fetch = vi
      .fn<(request: Request) => Promise<Response>>()
      .mockImplementationOnce(hanging)
      .mockImplementationOnce(hanging)
      .mockImplementationOnce(async () => jsonResponse({ id: 'a1', version: 0 }, 201));
    vi.stubGlobal('fetch', fetch);

    const created = createApplication(draft, 'key-1');
    await vi.advanceTimersByTimeAsync(CREATE_POLICY.timeoutMs + CREATE_POLICY.minDelayMs);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(CREATE_POLICY.timeoutMs + 2 * CREATE_POLICY.minDelayMs);

    await expect(created).resolves.toMatchObject({ id: 'a1' });
    expect(fetch).toHaveBeenCalledTimes(3);
    const keys = fetch.mock.calls.map(([request]) => request.headers.get('Idempotency-Key'));
    expect(keys).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it('gives up after the retries with a timeout problem the user can read', async () => {
    const fetch = vi.fn(hanging);
    vi.stubGlobal('fetch', fetch);

    const created = createApplication(draft, 'key-2');
    const outcome = expect(created).rejects.toMatchObject({ status: 0, problem: { type: '/problems/timeout' } });
    await vi.advanceTimersByTimeAsync(3 * CREATE_POLICY.timeoutMs + 3 * CREATE_POLICY.minDelayMs);
    await outcome;
    expect(fetch).toHaveBeenCalledTimes(1 + CREATE_POLICY.retries);
  });

  it('does not retry a refusal: a 422 is the answer', async () => {
    const fetch = vi.fn(async () => problemResponse(422, '缺少材料'));
    vi.stubGlobal('fetch', fetch);

    await expect(createApplication(draft, 'key-3')).rejects.toMatchObject({ status: 422 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('waits for the same key still in flight, then takes the first answer', async () => {
    const fetch = vi
      .fn<(request: Request) => Promise<Response>>()
      .mockImplementationOnce(async () =>
        problemResponse(409, '相同幂等键的请求正在处理中', { type: '/problems/idempotency-in-flight' }),
      )
      .mockImplementationOnce(async () => jsonResponse({ id: 'a2', version: 0 }, 201));
    vi.stubGlobal('fetch', fetch);

    const created = createApplication(draft, 'key-4');
    await vi.advanceTimersByTimeAsync(CREATE_POLICY.minDelayMs);
    await expect(created).resolves.toMatchObject({ id: 'a2' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('stops at once when the user cancels, without another attempt', async () => {
    const cancel = new AbortController();
    const attempt = vi.fn((signal: AbortSignal) => hanging(new Request('http://x/', { signal })));
    const sent = withRetry(attempt, CREATE_POLICY, cancel.signal);
    const outcome = expect(sent).rejects.toMatchObject({ name: 'AbortError' });
    cancel.abort();
    await vi.advanceTimersByTimeAsync(3 * CREATE_POLICY.timeoutMs);
    await outcome;
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});

describe('what is worth a retry', () => {
  it('is a lost answer, a busy gateway or the same key in flight; never a refusal', () => {
    const problem = (status: number, type = 'about:blank') => new ApiError({ type, title: 't', status });
    expect(isRetriable(problem(0))).toBe(true);
    expect(isRetriable(problem(503))).toBe(true);
    expect(isRetriable(problem(504))).toBe(true);
    expect(isRetriable(problem(409, '/problems/idempotency-in-flight'))).toBe(true);
    expect(isRetriable(problem(409, '/problems/version-conflict'))).toBe(false);
    expect(isRetriable(problem(422))).toBe(false);
    expect(isRetriable(problem(500))).toBe(false);
    expect(isRetriable(new Error('bug'))).toBe(false);
  });
});
