import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import BarredApplicantsPage from './BarredApplicantsPage.vue';

describe('BarredApplicantsPage', () => {
  it('checks the identifiers as the server does and bars an applicant until a future date', async () => {
    const fetch = vi.fn(async (request: Request) => jsonResponse({ id: '9f000000-1111-4222-8333-944455550002', ...(await request.clone().json()) }, 201));
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
    expect(fetch).not.toHaveBeenCalled();

    const until = `${new Date().getFullYear() + 1}-12-31`;
    await wrapper.get('[data-testid="barred-code"]').setValue('91350100m000100y43');
    await wrapper.get('[data-testid="barred-id"]').setValue('');
    await wrapper.get('[data-testid="barred-until"]').setValue(until);
    await wrapper.get('[data-testid="barred-form"]').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls[0]![0];
    expect(new URL(post.url).pathname).toBe('/api/licensing/admin/barred-applicants');
    expect(await post.json()).toEqual({ creditCode: '91350100M000100Y43', reason: '提供虚假材料', barredUntil: until });
    expect(wrapper.get('[data-testid="barred-row"]').text()).toContain('91350100M000100Y43');
    wrapper.unmount();
  });
});
