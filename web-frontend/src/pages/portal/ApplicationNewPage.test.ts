import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import ApplicationNewPage from './ApplicationNewPage.vue';

const created = {
  id: '7d4c1e8a-1111-4222-8333-944455556666',
  number: 'SQ20260520000001',
  type: 'NEW',
  state: 'DRAFT',
  version: 0,
  createdAt: '2026-05-20T02:00:00Z',
  updatedAt: '2026-05-20T02:00:00Z',
};

describe('ApplicationNewPage', () => {
  it('refuses a credit code, ID and mobile the server would refuse, without calling it', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(ApplicationNewPage, { path: '/portal/applications/new' });
    await wrapper.get('[data-testid="field-creditCode"] input').setValue('91350100M000100Y42');
    await wrapper.get('[data-testid="field-operatorIdNumber"] input').setValue('110105194912310021');
    await wrapper.get('[data-testid="field-mobile"] input').setValue('12345678901');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const calls = fetch.mock.calls.map(([request]) => String(request instanceof Request ? request.url : request));
    expect(calls.filter((url) => url.includes('/api/licensing'))).toEqual([]);
    expect(wrapper.text()).toContain('统一社会信用代码无效');
    expect(wrapper.text()).toContain('身份证号码无效');
    expect(wrapper.text()).toContain('请输入有效的大陆手机号码');
    wrapper.unmount();
  });

  it('creates the draft with valid details and opens it', async () => {
    const fetch = vi.fn(async (request: Request | string) =>
      request instanceof Request && request.method === 'POST' ? jsonResponse(created, 201) : jsonResponse({}, 401),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper, router } = await mountWithApp(ApplicationNewPage, { path: '/portal/applications/new' });
    const replace = vi.spyOn(router, 'replace').mockResolvedValue(undefined);
    await wrapper.get('[data-testid="field-businessName"] input').setValue('西湖便利店');
    await wrapper.get('[data-testid="field-creditCode"] input').setValue('91350100m000100y43');
    await wrapper.get('[data-testid="field-operatorIdNumber"] input').setValue('11010519491231002x');
    await wrapper.get('[data-testid="field-mobile"] input').setValue('13812345678');
    await wrapper.get('[data-testid="division-city"]').setValue('330100');
    await wrapper.get('[data-testid="division-district"]').setValue('330106');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const request = fetch.mock.calls.find(([r]) => r instanceof Request && r.method === 'POST')![0] as Request;
    expect(request.url).toMatch(/\/api\/licensing\/applications$/);
    expect(request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await request.json()).toEqual({
      type: 'NEW',
      businessName: '西湖便利店',
      creditCode: '91350100M000100Y43',
      operatorIdNumber: '11010519491231002X',
      mobile: '13812345678',
      // the item picker starts at cigarettes
      items: ['CIGARETTE'],
      premises: { divisionCode: '330106' },
    });
    expect(replace).toHaveBeenCalledWith({ name: 'application', params: { id: created.id } });
    wrapper.unmount();
  });

  it("shows the server's field message next to the field", async () => {
    vi.stubGlobal('fetch', async () =>
      problemResponse(400, '请求参数有误', { errors: [{ field: 'premises.divisionCode', message: '行政区划代码无效' }] }),
    );
    const { wrapper } = await mountWithApp(ApplicationNewPage, { path: '/portal/applications/new' });
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('请求参数有误');
    expect(wrapper.find('.van-field__error-message').text()).toBe('行政区划代码无效');
    wrapper.unmount();
  });
});
