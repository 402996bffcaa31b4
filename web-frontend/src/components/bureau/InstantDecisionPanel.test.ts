import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import { loadSession } from '@/auth/session';
import type { Application } from '@/api/licensing';
import BureauApplicationPage from '@/pages/console/BureauApplicationPage.vue';
import InstantDecisionPanel from './InstantDecisionPanel.vue';

const application: Application = {
  id: '7d4c1e8a-1111-4222-8333-944455557777', number: 'SQ20261207000007', type: 'RENEWAL', state: 'APPROVED', version: 2,
  licenseNo: '330102202600007', createdAt: '2026-12-07T01:00:00Z', updatedAt: '2026-12-07T01:05:00Z',
  instantDecision: {
    rule: 'RULE:instant-approval@1',
    reasons: ['信用等级 A · Credit grade A', '自动审查全部通过 · Every automatic check passed'],
    reviewUntil: '2026-12-14',
  },
};
const revokedAnswer = {
  ...application, state: 'UNDER_REVIEW', version: 3,
  instantDecision: { ...application.instantDecision, revokedAt: '2026-12-08T02:30:00Z', revokedBy: 'approver', revokedReason: '转人工核查' },
};

const confirmDialog = () => (document.querySelector('.van-dialog__confirm') as HTMLElement).click();
const cancelDialog = () => (document.querySelector('.van-dialog__cancel') as HTMLElement).click();
const posts = (fetch: ReturnType<typeof vi.fn>) => fetch.mock.calls.map(([r]) => r as Request).filter((r) => r.method === 'POST');

describe('InstantDecisionPanel', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('shows the rule, what it found and the window, and offers the revocation to an APPROVER only while it is open', async () => {
    const approver = await mountWithApp(InstantDecisionPanel, { props: { application, roles: ['APPROVER'], today: '2026-12-14' } });
    const panel = approver.wrapper.get('[data-testid="bureau-instant"]');
    expect(panel.text()).toContain('系统按规则即时审批（RULE:instant-approval@1）');
    expect(panel.findAll('[data-testid="bureau-instant-reason"]').map((r) => r.text())).toEqual(['信用等级 A', '自动审查全部通过']);
    expect(panel.get('[data-testid="bureau-instant-review-until"]').text()).toBe('2026/12/14');
    expect(panel.get('[data-testid="bureau-instant-standing"]').text()).toBe('复核期内，审批人可以撤销');
    expect(panel.find('[data-testid="instant-revoke"]').exists()).toBe(true);
    approver.wrapper.unmount();

    for (const [roles, today] of [[['CLERK', 'SUPERVISOR'], '2026-12-14'], [['APPROVER'], '2026-12-15']] as const) {
      const { wrapper } = await mountWithApp(InstantDecisionPanel, { props: { application, roles, today } });
      expect(wrapper.find('[data-testid="instant-revoke"]').exists()).toBe(false);
      wrapper.unmount();
    }
    const closed = await mountWithApp(InstantDecisionPanel, { props: { application, roles: ['APPROVER'], today: '2026-12-15' } });
    expect(closed.wrapper.get('[data-testid="bureau-instant-standing"]').text()).toBe('复核期已结束，决定已确定');
    closed.wrapper.unmount();
  });

  it('revokes only with a reason and after the confirmation, sending the version the page showed', async () => {
    const fetch = vi.fn(async (_request: Request) => jsonResponse(revokedAnswer));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(InstantDecisionPanel, { props: { application, roles: ['APPROVER'], today: '2026-12-10' } });
    await wrapper.get('[data-testid="instant-revoke"]').trigger('click');
    await wrapper.get('[data-testid="instant-revoke-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="instant-revoke-form"] [role="alert"]').text()).toBe('请填写撤销理由');
    expect(document.querySelector('.van-dialog')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();

    await wrapper.get('[data-testid="instant-revoke-reason"]').setValue('  转人工核查 ');
    await wrapper.get('[data-testid="instant-revoke-form"]').trigger('submit');
    await flushPromises();
    expect(document.querySelector('.van-dialog__message')!.textContent).toContain('确定撤销申请 SQ20261207000007 的即时办结决定吗');
    // the dialog has a name of its own (axe: aria-dialog-name)
    expect(document.querySelector('.van-dialog')!.getAttribute('aria-label')).toBe('撤销即时办结');
    cancelDialog();
    await flushPromises();
    expect(fetch).not.toHaveBeenCalled();

    await wrapper.get('[data-testid="instant-revoke-form"]').trigger('submit');
    await flushPromises();
    confirmDialog();
    await flushPromises();
    const [request] = posts(fetch);
    expect(new URL(request!.url).pathname).toBe(`/api/licensing/applications/${application.id}/instant-decision/revocation`);
    expect(await request!.json()).toEqual({ version: 2, reason: '转人工核查' });
    expect(wrapper.emitted('revoked')?.[0]?.[0]).toMatchObject({ state: 'UNDER_REVIEW', version: 3 });
    expect(wrapper.find('[data-testid="instant-revoke-form"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows the 409 plainly when the window closed meanwhile, and keeps the reason', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problemResponse(409, '状态冲突', { detail: '复核期已于 2026-12-14 结束，不能再撤销' })),
    );
    const { wrapper } = await mountWithApp(InstantDecisionPanel, { props: { application, roles: ['APPROVER'], today: '2026-12-14' } });
    await wrapper.get('[data-testid="instant-revoke"]').trigger('click');
    await wrapper.get('[data-testid="instant-revoke-reason"]').setValue('转人工核查');
    await wrapper.get('[data-testid="instant-revoke-form"]').trigger('submit');
    await flushPromises();
    confirmDialog();
    await flushPromises();
    const problem = wrapper.get('[data-testid="problem"]').text();
    expect(problem).toContain('状态冲突');
    expect(problem).toContain('复核期已于 2026-12-14 结束，不能再撤销');
    expect(wrapper.emitted('revoked')).toBeUndefined();
    expect((wrapper.get('[data-testid="instant-revoke-reason"]').element as HTMLTextAreaElement).value).toBe('转人工核查');
    wrapper.unmount();
  });

  it('on the bureau page: the time from the timeline, and after a revocation the revoked facts and the review state', async () => {
    const approverUser = { sub: 'approver', name: '审批人', roles: ['APPROVER'], permissions: [], jurisdiction: '330100' };
    let current: object = { ...application, instantDecision: { ...application.instantDecision, reviewUntil: '2099-12-14' } };
    const fetch = vi.fn(async (request: Request | string) => {
      if (typeof request === 'string') return jsonResponse({ signedIn: true, user: approverUser });
      const path = new URL(request.url).pathname;
      if (request.method === 'POST') {
        current = { ...revokedAnswer, instantDecision: { ...revokedAnswer.instantDecision, reviewUntil: '2099-12-14' } };
        return jsonResponse(current);
      }
      if (path === `/api/licensing/applications/${application.id}`) return jsonResponse(current);
      if (path.endsWith('/audit')) {
        return jsonResponse([
          { seq: 3, action: 'INSTANTLY_APPROVED', actor: 'RULE:instant-approval@1', detail: '{}', at: '2026-12-07T01:05:00Z', prevHash: 'c', hash: 'd' },
        ]);
      }
      return jsonResponse([]);
    });
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(BureauApplicationPage, { props: { id: application.id } });
    await flushPromises();
    expect(wrapper.get('[data-testid="bureau-instant"]').text()).toContain('2026/12/07 09:05');
    await wrapper.get('[data-testid="instant-revoke"]').trigger('click');
    await wrapper.get('[data-testid="instant-revoke-reason"]').setValue('转人工核查');
    await wrapper.get('[data-testid="instant-revoke-form"]').trigger('submit');
    await flushPromises();
    confirmDialog();
    await flushPromises();
    const panel = wrapper.get('[data-testid="bureau-instant"]');
    expect(panel.get('[data-testid="bureau-instant-standing"]').text()).toBe('即时办结已撤销');
    expect(panel.get('[data-testid="bureau-instant-revoked-reason"]').text()).toBe('转人工核查');
    expect(panel.find('[data-testid="instant-revoke"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="bureau-application"]').text()).toContain('审查中');
    // the approver's own steps on the application under review are back
    expect(wrapper.find('[data-testid="bureau-action-DECIDE"]').exists()).toBe(true);
    wrapper.unmount();
  });
});
