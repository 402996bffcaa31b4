import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import DuplicateHint from './DuplicateHint.vue';

const candidate = {
  id: '0a6f7a0e-1111-4222-8333-944455556662', caseNumber: '12313-20260511-000007', kind: 'REPORT', channel: 'WEB',
  category: 'COUNTERFEIT', state: 'DISPATCHED', urgent: false, divisionCode: '330106',
  receivedAt: '2026-05-11T02:00:00Z', reporterMasked: '',
};
const empty = { divisionCode: '', category: '', address: '', retailerName: '' };

describe('DuplicateHint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the district and the category before asking', async () => {
    const fetch = vi.fn(async () => jsonResponse({ items: [candidate], total: 1, limit: 5 }));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(DuplicateHint, { props: empty });
    await wrapper.setProps({ address: '文三路 100 号' });
    await vi.advanceTimersByTimeAsync(1000);
    await wrapper.setProps({ category: 'COUNTERFEIT' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).not.toHaveBeenCalled();

    await wrapper.setProps({ divisionCode: '330106' });
    await vi.advanceTimersByTimeAsync(400);
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(1);
    const url = new URL((fetch.mock.calls[0] as unknown as [Request])[0].url);
    expect(url.pathname).toBe('/api/complaints/duplicate-candidates');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      divisionCode: '330106', category: 'COUNTERFEIT', address: '文三路 100 号', limit: '5',
    });
    expect(wrapper.text()).toContain('可能与 1 件未办结案件重复');
    expect(wrapper.get('[data-testid="duplicate-item"]').text()).toContain('12313-20260511-000007');
    wrapper.unmount();
  });

  it('asks once for a burst of typing, with the retailer name too, and shows nothing without candidates', async () => {
    const fetch = vi.fn(async () => jsonResponse({ items: [], total: 0, limit: 5 }));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(DuplicateHint, {
      props: { ...empty, divisionCode: '330106', category: 'COUNTERFEIT' },
    });
    for (const name of ['西', '西湖', '西湖便利', '西湖便利店']) {
      await wrapper.setProps({ retailerName: name });
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(400);
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(1);
    const url = new URL((fetch.mock.calls[0] as unknown as [Request])[0].url);
    expect(url.searchParams.get('retailerName')).toBe('西湖便利店');
    expect(url.searchParams.has('address')).toBe(false);
    expect(wrapper.find('[data-testid="duplicate-item"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
