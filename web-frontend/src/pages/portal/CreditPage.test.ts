import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import CreditPage from './CreditPage.vue';

const breach = {
  id: '5b0c0000-1111-4222-8333-944455550001', kind: 'BREACH', reason: '承诺的场所使用证明不实', occurredOn: '2026-03-01',
  barUntil: '2027-03-01', repaired: false, counts: true,
};
const report = {
  id: '5b0c0000-1111-4222-8333-944455550002', kind: 'SUBSTANTIATED_REPORT', reason: '查实向未成年人售烟', occurredOn: '2026-04-01',
  repaired: false, counts: true,
};
const renewal = { id: '5b0c0000-1111-4222-8333-944455550003', kind: 'TIMELY_RENEWAL', reason: '按时延续', occurredOn: '2025-12-01', repaired: false, counts: true };
const profile = {
  subject: '91350100M000100Y43', grade: 'C', score: 62, inspectionsPerYear: 4, rule: '违反承诺扣 30 分，查实举报扣 10 分……',
  records: [breach, report, renewal],
};
const pending = {
  id: '6c0d0000-1111-4222-8333-944455550001', recordId: report.id, reason: '已整改', status: 'PENDING',
  requestedAt: '2026-05-01T02:00:00Z', recordKind: 'SUBSTANTIATED_REPORT',
};

function api() {
  return vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/licensing/credit/profile') return jsonResponse(profile);
    if (path === '/api/licensing/credit/repair-requests') return jsonResponse({ items: [pending], total: 1, limit: 50 });
    if (path.endsWith('/repair-requests') && request.method === 'POST') {
      return jsonResponse({ id: '6c0d0000-1111-4222-8333-944455550002', recordId: breach.id, reason: '已重新提交真实证明', status: 'PENDING', requestedAt: '2026-05-20T02:00:00Z', recordKind: 'BREACH' }, 201);
    }
    return jsonResponse({}, 404);
  });
}

describe('CreditPage', () => {
  it('shows the grade, its inspection frequency and rule, and every record behind it', async () => {
    vi.stubGlobal('fetch', api());
    const { wrapper } = await mountWithApp(CreditPage, { path: '/portal/credit' });
    expect(wrapper.get('[data-testid="credit-grade-letter"]').text()).toBe('C');
    const grade = wrapper.get('[data-testid="credit-grade"]').text();
    expect(grade).toContain('失信风险');
    expect(grade).toContain('62 分');
    expect(grade).toContain('每年 4 次');
    expect(grade).toContain('违反承诺扣 30 分');
    const records = wrapper.findAll('[data-testid="credit-record"]').map((r) => r.text());
    expect(records).toHaveLength(3);
    expect(records[0]).toContain('违反承诺');
    expect(records[0]).toContain('禁入至');
    expect(records[1]).toContain('修复申请处理中');
    wrapper.unmount();
  });

  it('offers repair only for a record without a pending request, and sends the evidence', async () => {
    const fetch = api();
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CreditPage, { path: '/portal/credit' });
    expect(wrapper.find(`[data-testid="repair-${report.id}"]`).exists()).toBe(false);
    expect(wrapper.find(`[data-testid="repair-${renewal.id}"]`).exists()).toBe(false);

    await wrapper.get(`[data-testid="repair-${breach.id}"]`).trigger('click');
    await wrapper.get('[data-testid="repair-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('请填写整改情况');
    expect(fetch.mock.calls.some(([r]) => r.method === 'POST')).toBe(false);

    await wrapper.get('[data-testid="repair-reason"] textarea').setValue('已重新提交真实证明');
    await wrapper.get('[data-testid="repair-form"]').trigger('submit');
    await flushPromises();
    const request = fetch.mock.calls.find(([r]) => r.method === 'POST')![0];
    expect(new URL(request.url).pathname).toBe(`/api/licensing/credit/records/${breach.id}/repair-requests`);
    expect(request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await request.json()).toEqual({ reason: '已重新提交真实证明' });
    expect(wrapper.findAll('[data-testid="credit-repair"]')).toHaveLength(2);
    expect(wrapper.find(`[data-testid="repair-${breach.id}"]`).exists()).toBe(false);
    wrapper.unmount();
  });
});
