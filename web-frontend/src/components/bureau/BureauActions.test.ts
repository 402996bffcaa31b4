import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import type { Application } from '@/api/licensing';
import BureauActions from './BureauActions.vue';

const application: Application = {
  id: '7d4c1e8a-1111-4222-8333-944455556666', number: 'SQ20260520000001', type: 'NEW', state: 'SUBMITTED', version: 3,
  createdAt: '2026-05-20T02:00:00Z', updatedAt: '2026-05-20T02:00:00Z',
};

const answering = (state: Application['state']) =>
  vi.fn(async (_request: Request) => jsonResponse({ ...application, state, version: application.version + 1 }));

describe('BureauActions', () => {
  it('lets a clerk accept at once with the version the page showed', async () => {
    const fetch = answering('ACCEPTED');
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(BureauActions, { props: { application, roles: ['CLERK'] } });
    expect(wrapper.get('[data-testid="bureau-actions"]').findAll('button').map((b) => b.attributes('data-testid'))).toEqual([
      'bureau-action-ACCEPT',
      'bureau-action-REQUEST_CORRECTION',
    ]);
    await wrapper.get('[data-testid="bureau-action-ACCEPT"]').trigger('click');
    await flushPromises();
    const request = fetch.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe(`/api/licensing/applications/${application.id}/acceptance`);
    expect(await request.json()).toEqual({ version: 3 });
    expect(wrapper.emitted('changed')?.[0]?.[1]).toBe('ACCEPT');
    expect(wrapper.find('form').exists()).toBe(false);
    wrapper.unmount();
  });

  it('lets an approver decide only with a reason, through the journey’s selectors', async () => {
    const fetch = answering('APPROVED');
    vi.stubGlobal('fetch', fetch);
    const underReview = { ...application, state: 'UNDER_REVIEW' as const };
    const { wrapper } = await mountWithApp(BureauActions, { props: { application: underReview, roles: ['APPROVER'] } });
    await wrapper.get('[data-testid="bureau-action-DECIDE"]').trigger('click');
    expect(wrapper.get('[data-testid="bureau-action-submit"]').text()).toBe(wrapper.get('[data-testid="bureau-action-DECIDE"]').text());
    await wrapper.get('[data-testid="decide-approved"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[role="alert"]').text()).toContain('请填写');
    expect(fetch).not.toHaveBeenCalled();

    await wrapper.get('[data-testid="decide-reason"]').setValue('材料齐全，准予许可。');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const request = fetch.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe(`/api/licensing/applications/${application.id}/decision`);
    expect(await request.json()).toEqual({ version: 3, outcome: 'APPROVED', reason: '材料齐全，准予许可。' });
    expect(wrapper.emitted('changed')?.[0]?.[1]).toBe('DECIDE');
    expect(wrapper.find('form').exists()).toBe(false);
    wrapper.unmount();
  });

  it('keeps the form open and shows the title of a 409 when a colleague was faster', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(409, '申请已被他人处理，请刷新')));
    const underReview = { ...application, state: 'UNDER_REVIEW' as const };
    const { wrapper } = await mountWithApp(BureauActions, { props: { application: underReview, roles: ['CLERK'] } });
    await wrapper.get('[data-testid="bureau-action-ASSIGN_SITE_CHECK"]').trigger('click');
    await wrapper.get('#b-inspector').setValue('inspector.xihu');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('申请已被他人处理');
    expect(wrapper.find('#b-inspector').exists()).toBe(true);
    expect(wrapper.emitted('changed')).toBeUndefined();
    wrapper.unmount();
  });
});
