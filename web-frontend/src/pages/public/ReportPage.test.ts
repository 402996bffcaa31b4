import { describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '@/test/fakeXhr';
import { flushPromises, mountWithApp } from '@/test/mount';
import ReportPage from './ReportPage.vue';

async function fill(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) {
  await wrapper.get('[data-testid="report-category"]').setValue('SALES_TO_MINORS');
  await wrapper.get('[data-testid="division-city"]').setValue('330100');
  await wrapper.get('[data-testid="division-district"]').setValue('330106');
  await wrapper.get('[data-testid="report-address"] input').setValue('文三路 100 号 便利店');
  await wrapper.get('[data-testid="report-description"] textarea').setValue('店主向穿校服的学生出售香烟');
}

describe('ReportPage', () => {
  it('files an anonymous report and shows the case number and the tracking code once', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { wrapper } = await mountWithApp(ReportPage, { path: '/report' });
    await fill(wrapper);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const xhr = FakeXhr.last!;
    const report = JSON.parse(await ((xhr.body as FormData).get('report') as Blob).text());
    expect(report).toEqual({
      kind: 'REPORT',
      category: 'SALES_TO_MINORS',
      address: { divisionCode: '330106', detail: '文三路 100 号 便利店' },
      description: '店主向穿校服的学生出售香烟',
    });
    expect(xhr.headers['Idempotency-Key']).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);

    xhr.respond(201, { caseNumber: '12313-20260520-000007', trackingCode: 'Q7W2E9R4T6Y8U3I5', state: 'RECEIVED' });
    await flushPromises();
    expect(wrapper.get('[data-testid="case-number"]').text()).toContain('12313-20260520-000007');
    expect(wrapper.get('[data-testid="tracking-code"]').text()).toBe('Q7W2E9R4T6Y8U3I5');
    wrapper.unmount();
  });

  it('retries a failed submission with the same Idempotency-Key and shows the problem title', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { wrapper } = await mountWithApp(ReportPage, { path: '/report', locale: 'en' });
    await fill(wrapper);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const first = FakeXhr.last!;
    // a busy gateway is retried by itself, after a second, with the same key
    first.respond(503, { type: '/problems/unavailable', title: 'Service unavailable', status: 503 });
    await flushPromises();
    expect(wrapper.find('[data-testid="problem"]').exists()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const retried = FakeXhr.last!;
    expect(retried).not.toBe(first);
    expect(retried.headers['Idempotency-Key']).toBe(first.headers['Idempotency-Key']);
    // a refusal is the answer: shown, not retried
    retried.respond(429, { type: '/problems/rate-limited', title: 'Too many requests', status: 429, correlationId: 'c-1' });
    await flushPromises();
    expect(FakeXhr.last).toBe(retried);
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('Too many requests');
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('c-1');

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(FakeXhr.last).not.toBe(first);
    expect(FakeXhr.last!.headers['Idempotency-Key']).toBe(first.headers['Idempotency-Key']);
    wrapper.unmount();
  });

  it('does not send a report without a category, a district and a description', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.last = undefined;
    const { wrapper } = await mountWithApp(ReportPage, { path: '/report' });
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(FakeXhr.last).toBeUndefined();
    expect(wrapper.text()).toContain('请选择有效的行政区划');
    wrapper.unmount();
  });
});
