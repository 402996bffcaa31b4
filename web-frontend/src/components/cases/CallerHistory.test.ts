import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import CallerHistory from './CallerHistory.vue';

const page = {
  total: 3,
  limit: 5,
  items: [
    {
      id: '0a6f7a0e-1111-4222-8333-944455556661', caseNumber: '12313-20260510-000003', kind: 'REPORT', channel: 'PHONE',
      category: 'SALES_TO_MINORS', state: 'IN_PROGRESS', urgent: true, divisionCode: '330106',
      receivedAt: '2026-05-10T02:00:00Z', reporterMasked: '138****1111',
    },
  ],
};

describe('CallerHistory', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("asks once the typing stops, with the number in the body, and lists the caller's cases", async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse(page));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CallerHistory, { props: { number: '138' } });
    await wrapper.setProps({ number: '1380000' });
    await wrapper.setProps({ number: '13800001111' });
    await vi.advanceTimersByTimeAsync(399);
    expect(fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await flushPromises();

    expect(fetch).toHaveBeenCalledTimes(1);
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/complaints/caller-history');
    expect(request.url).not.toContain('13800001111');
    expect(await request.json()).toEqual({ callerNumber: '13800001111' });
    expect(wrapper.text()).toContain('该号码此前来电 3 次');
    expect(wrapper.findAll('[data-testid="caller-history-item"]')).toHaveLength(1);
    expect(wrapper.text()).toContain('12313-20260510-000003');
    wrapper.unmount();
  });

  it('does not ask for a number too short to identify a caller', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CallerHistory, { props: { number: '' } });
    await wrapper.setProps({ number: '12313' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="caller-history-item"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it("says so when the caller has no earlier case, and shows a refusal's title", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ items: [], total: 0, limit: 5 })));
    const { wrapper } = await mountWithApp(CallerHistory, { props: { number: '' } });
    await wrapper.setProps({ number: '0571-87654321' });
    await vi.advanceTimersByTimeAsync(400);
    await flushPromises();
    expect(wrapper.find('[data-testid="caller-history-none"]').exists()).toBe(true);

    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(403, '无权查询来电历史')));
    await wrapper.setProps({ number: '0571-87654322' });
    await vi.advanceTimersByTimeAsync(400);
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('无权查询来电历史');
    wrapper.unmount();
  });
});
