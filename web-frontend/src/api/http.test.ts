import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/i18n';
import { apiHeaders, onUnauthorized } from './http';
import { call, licensingApi } from './clients';
import { ApiError } from './problem';
import { problemResponse, jsonResponse } from '@/test/mount';

function setCookie(value: string) {
  document.cookie = `XSRF-TOKEN=${value}; path=/`;
}

describe('API headers', () => {
  afterEach(async () => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    await setLocale('zh-CN');
  });

  it('sends the CSRF cookie value on unsafe methods only', () => {
    setCookie('abc-123');
    expect(apiHeaders('POST')['X-XSRF-TOKEN']).toBe('abc-123');
    expect(apiHeaders('delete')['X-XSRF-TOKEN']).toBe('abc-123');
    expect(apiHeaders('GET')['X-XSRF-TOKEN']).toBeUndefined();
  });

  it("sends the user's language", async () => {
    expect(apiHeaders('GET')['Accept-Language']).toBe('zh-CN');
    await setLocale('en');
    expect(apiHeaders('GET')['Accept-Language']).toBe('en');
  });
});

describe('typed client calls', () => {
  it('return the data of a successful call with credentials and headers applied', async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse({ items: [], total: 0, limit: 20 }));
    vi.stubGlobal('fetch', fetch);
    setCookie('tok');
    const page = await call(licensingApi.GET('/api/licensing/applications', { params: { query: { limit: 20 } } }));
    expect(page.total).toBe(0);
    const request = fetch.mock.calls[0]![0];
    expect(request.url).toContain('/api/licensing/applications?limit=20');
    expect(request.credentials).toBe('include');
    expect(request.headers.get('Accept-Language')).toBe('zh-CN');
    expect(request.headers.get('X-XSRF-TOKEN')).toBeNull();
  });

  it('drop null properties, which the specs never declare', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse([{ code: 'SCHOOL_DISTANCE', passed: true, measured: null, limit: 100, nested: { a: null, b: 1 } }]),
    );
    const checks = await call(licensingApi.GET('/api/licensing/applications/{applicationId}/checks', { params: { path: { applicationId: 'x' } } }));
    expect(checks).toEqual([{ code: 'SCHOOL_DISTANCE', passed: true, limit: 100, nested: { b: 1 } }]);
  });

  it('turn a problem+json answer into an ApiError carrying its title and field errors', async () => {
    vi.stubGlobal('fetch', async () =>
      problemResponse(400, '请求参数有误', {
        detail: '1 个字段无效',
        errors: [{ field: 'creditCode', message: '统一社会信用代码无效' }],
      }),
    );
    const error = await call(licensingApi.POST('/api/licensing/applications', { body: { type: 'NEW' } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).title).toBe('请求参数有误');
    expect((error as ApiError).fieldMessages()).toEqual({ creditCode: '统一社会信用代码无效' });
  });

  it('turn a network failure into an ApiError in the user language', async () => {
    await setLocale('en');
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await call(licensingApi.GET('/api/licensing/applications')).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.title).toMatch(/Could not reach the server/);
    await setLocale('zh-CN');
  });

  it('announce a 401 so the user is asked to sign in again', async () => {
    vi.stubGlobal('fetch', async () => problemResponse(401, '未登录'));
    const listener = vi.fn();
    const stop = onUnauthorized(listener);
    await call(licensingApi.GET('/api/licensing/applications')).catch(() => undefined);
    stop();
    expect(listener).toHaveBeenCalledOnce();
  });

  it('make up a title when an error answer is not a problem', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>bad gateway</html>', { status: 502 }));
    const error = (await call(licensingApi.GET('/api/licensing/applications')).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.title).toBe('请求失败（502）');
  });
});
