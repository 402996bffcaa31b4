import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import type { CaseDetail } from '@/api/complaints';
import CaseActions from './CaseActions.vue';

const detail: CaseDetail = {
  summary: {
    id: '0b7c0f3e-1111-4222-8333-444455556666',
    caseNumber: '12313-20260520-000003',
    kind: 'REPORT',
    channel: 'WEB',
    category: 'SALES_TO_MINORS',
    state: 'IN_PROGRESS',
    urgent: true,
    divisionCode: '330106',
    receivedAt: '2026-05-20T01:00:00Z',
    reporterMasked: '',
  },
  description: '…',
  address: { divisionCode: '330106', detail: '文三路 100 号' },
  version: 4,
  history: [],
  reopenCount: 0,
  escalationLevel: 0,
  attachments: [],
};

describe('CaseActions', () => {
  it('lets a handler answer with the version it saw, and asks for the answer first', async () => {
    const fetch = vi.fn(async (request: Request | string) =>
      request instanceof Request ? jsonResponse({ ...detail, version: 5, summary: { ...detail.summary, state: 'ANSWERED' } }) : jsonResponse({}, 401),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CaseActions, { props: { detail, roles: ['HANDLER'] } });
    expect(wrapper.findAll('[data-testid^="action-"]').map((b) => b.text())).toEqual(['答复']);

    await wrapper.get('[data-testid="action-ANSWER"]').trigger('click');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[role="alert"]').text()).toBe('请填写答复内容');
    expect(fetch).not.toHaveBeenCalled();

    await wrapper.get('[data-testid="action-answer"]').setValue('经查属实，已立案查处。');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const request = fetch.mock.calls[0]![0] as Request;
    expect(request.url).toContain(`/api/complaints/cases/${detail.summary.id}/actions`);
    expect(await request.json()).toEqual({
      action: 'ANSWER',
      version: 4,
      publicAnswer: '经查属实，已立案查处。',
      outcome: 'SUBSTANTIATED',
    });
    expect(wrapper.emitted('changed')?.[0]?.[1]).toBe('ANSWER');
    wrapper.unmount();
  });

  it('shows the problem title when someone else was faster (409)', async () => {
    vi.stubGlobal('fetch', async () => problemResponse(409, '案件已被他人修改，请刷新后重试'));
    const { wrapper } = await mountWithApp(CaseActions, {
      props: { detail: { ...detail, summary: { ...detail.summary, state: 'DISPATCHED' } }, roles: ['HANDLER'] },
    });
    await wrapper.get('[data-testid="action-START"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('案件已被他人修改');
    wrapper.unmount();
  });
});
