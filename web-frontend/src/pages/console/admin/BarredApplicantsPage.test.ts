import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import BarredApplicantsPage from './BarredApplicantsPage.vue';

describe('BarredApplicantsPage', () => {
  it('checks the identifiers as the server does and bars an applicant until a future date', async () => {
    const fetch = vi.fn(async (request: Request) =>
      request.method === 'POST'
        ? jsonResponse({ id: '9f000000-1111-4222-8333-944455550002', state: 'ACTIVE', ...(await request.clone().json()) }, 201)
        : jsonResponse({ items: [], total: 0, limit: 20 }),
    );
    const posts = () => fetch.mock.calls.map(([r]) => r).filter((r) => r.method === 'POST');
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(BarredApplicantsPage);
    await wrapper.get('[data-testid="barred-form"]').trigger('submit');
    expect(wrapper.text()).toContain('请填写统一社会信用代码或身份证号');

    await wrapper.get('[data-testid="barred-code"]').setValue('91350100M000100Y42');
    await wrapper.get('[data-testid="barred-id"]').setValue('110105194912310021');
    await wrapper.get('[data-testid="barred-reason"]').setValue('提供虚假材料');
    await wrapper.get('[data-testid="barred-until"]').setValue('2000-01-01');
    await wrapper.get('[data-testid="barred-form"]').trigger('submit');
    expect(wrapper.text()).toContain('统一社会信用代码无效');
    expect(wrapper.text()).toContain('身份证号码无效');
    expect(wrapper.text()).toContain('截止日期须晚于今天');
    expect(posts()).toEqual([]);

    const until = `${new Date().getFullYear() + 1}-12-31`;
    await wrapper.get('[data-testid="barred-code"]').setValue('91350100m000100y43');
    await wrapper.get('[data-testid="barred-id"]').setValue('');
    await wrapper.get('[data-testid="barred-until"]').setValue(until);
    await wrapper.get('[data-testid="barred-form"]').trigger('submit');
    await flushPromises();
    const post = posts()[0]!;
    expect(new URL(post.url).pathname).toBe('/api/licensing/admin/barred-applicants');
    expect(await post.json()).toEqual({ creditCode: '91350100M000100Y43', reason: '提供虚假材料', barredUntil: until });
    expect(wrapper.get('[data-testid="bar-row"]').text()).toContain('91350100M000100Y43');
    expect(wrapper.get('[data-testid="bar-row"]').text()).toContain('禁入中');
    wrapper.unmount();
  });

  const bar = (extra: object = {}) => ({
    id: '9f000000-1111-4222-8333-944455550003', creditCode: '91350100M000100Y43', reason: '撤销许可（欺诈）',
    barredUntil: '2029-05-01', state: 'ACTIVE', createdBy: 'approver', createdAt: '2026-05-01T02:00:00Z', ...extra,
  });

  it('lists bars in force by default, searches by an identifier and lifts one with a reason and a confirmation', async () => {
    const fetch = vi.fn(async (request: Request) =>
      request.method === 'POST'
        ? jsonResponse(bar({ state: 'LIFTED', liftedAt: '2026-06-01T02:00:00Z', liftedBy: 'admin', liftReason: '复议撤销原决定' }))
        : jsonResponse({ items: [bar()], total: 1, limit: 20 }),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(BarredApplicantsPage);
    const first = new URL(fetch.mock.calls[0]![0].url);
    expect(first.pathname).toBe('/api/licensing/admin/barred-applicants');
    expect(first.searchParams.get('state')).toBe('ACTIVE');
    expect(wrapper.get('[data-testid="bar-row"]').text()).toContain('approver');

    await wrapper.get('[data-testid="bars-state"]').setValue('');
    await wrapper.get('[data-testid="bars-code"]').setValue(' 91350100m000100y43 ');
    await wrapper.get('[data-testid="bars-filter"]').trigger('submit');
    await flushPromises();
    const search = new URL(fetch.mock.calls.at(-1)![0].url);
    expect(Object.fromEntries(search.searchParams)).toEqual({ limit: '20', creditCode: '91350100M000100Y43' });

    await wrapper.get(`[data-testid="bar-lift-${bar().id}"]`).trigger('click');
    await wrapper.get('[data-testid="bar-lifting-reason"]').setValue('复议撤销原决定');
    await wrapper.get('[data-testid="bar-lifting-form"]').trigger('submit');
    expect(wrapper.text()).toContain('请勾选确认');
    await wrapper.get('[data-testid="bar-lifting-confirm"]').setValue(true);
    await wrapper.get('[data-testid="bar-lifting-form"]').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/licensing/admin/barred-applicants/${bar().id}/lifting`);
    expect(await post.json()).toEqual({ reason: '复议撤销原决定' });
    const row = wrapper.get('[data-testid="bar-row"]').text();
    expect(row).toContain('已提前解除');
    expect(wrapper.get('[data-testid="bar-lifted"]').text()).toContain('复议撤销原决定');
    expect(wrapper.find(`[data-testid="bar-lift-${bar().id}"]`).exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows the title of a 409 when the bar ended or was lifted meanwhile', async () => {
    vi.stubGlobal('fetch', vi.fn(async (request: Request) =>
      request.method === 'POST' ? problemResponse(409, '该禁入已被解除') : jsonResponse({ items: [bar()], total: 1, limit: 20 }),
    ));
    const { wrapper } = await mountWithApp(BarredApplicantsPage);
    await wrapper.get(`[data-testid="bar-lift-${bar().id}"]`).trigger('click');
    await wrapper.get('[data-testid="bar-lifting-reason"]').setValue('复议');
    await wrapper.get('[data-testid="bar-lifting-confirm"]').setValue(true);
    await wrapper.get('[data-testid="bar-lifting-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('该禁入已被解除');
    wrapper.unmount();
  });
});
