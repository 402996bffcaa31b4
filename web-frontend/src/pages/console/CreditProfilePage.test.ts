import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import CreditProfilePage from './CreditProfilePage.vue';

const profile = {
  subject: 'retailer.xihu', grade: 'B', score: 80, inspectionsPerYear: 2, rule: '近三年未修复的记录计入评级',
  records: [
    { id: '5b0c0000-1111-4222-8333-944455550002', kind: 'PENALTY', reason: '无证经营处罚', occurredOn: '2026-04-01', repaired: false, counts: true },
    { id: '5b0c0000-1111-4222-8333-944455550003', kind: 'SUBSTANTIATED_REPORT', reason: '举报属实', occurredOn: '2025-03-01', repaired: true, counts: false },
  ],
};

describe('CreditProfilePage', () => {
  it('reads the retailer’s profile by account and shows the grade and every record', async () => {
    const fetch = vi.fn(async () => jsonResponse(profile));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CreditProfilePage, { props: { subject: 'retailer.xihu' } });
    expect(new URL((fetch.mock.calls[0] as unknown as [Request])[0].url).pathname).toBe('/api/licensing/credit/profiles/retailer.xihu');
    expect(wrapper.get('[data-testid="profile-grade"]').text()).toContain('80');
    const records = wrapper.findAll('[data-testid="profile-record"]').map((r) => r.text());
    expect(records[0]).toContain('无证经营处罚');
    expect(records[0]).toContain('计入评级');
    expect(records[1]).toContain('已修复');
    wrapper.unmount();
  });

  it('shows the problem title when the retailer is outside the caller’s subtree', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(404, '信用档案不存在')));
    const { wrapper } = await mountWithApp(CreditProfilePage, { props: { subject: 'retailer.shangcheng' } });
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('信用档案不存在');
    expect(wrapper.find('[data-testid="profile-records"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
