import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { loadSession } from '@/auth/session';
import InspectionVisitPage from './InspectionVisitPage.vue';

const VISIT_ID = '5e000000-1111-4222-8333-944455550001';
const approver = { sub: 'approver', name: '审批人', roles: ['APPROVER'], permissions: [], jurisdiction: '330106' };
const supervisor = { sub: 'supervisor', name: '督查员', roles: ['SUPERVISOR'], permissions: [], jurisdiction: '330100' };
const recorded = {
  visit: {
    id: VISIT_ID, planId: '9a000000-1111-4222-8333-944455550001', month: '2026-12', jurisdiction: '330106', kind: 'ROUTINE',
    reasons: ['ROUTINE'], dueOn: '2026-12-31', state: 'DONE', result: 'VIOLATION', penalty: 'PENDING',
    licenseNumber: '330106202600001', businessName: '西湖烟酒店', inspector: 'inspector.xihu', grade: 'C',
  },
  checklist: [{ code: 'NO_SALES_TO_MINORS', label: '未向未成年人售烟' }],
  photos: [],
  findings: {
    result: 'VIOLATION', checklist: [{ item: 'NO_SALES_TO_MINORS', answer: 'FAIL', note: '未核验年龄' }],
    location: { latitude: 30.2772, longitude: 120.1425, accuracy: 10 }, photos: [], signatureRefusal: '经营者拒签',
    summary: '请整改', internalNote: '店员态度差', recordedAt: '2026-12-06T08:05:00Z', recordedBy: 'inspector.xihu',
  },
  rectification: {
    id: 'r1000000-1111-4222-8333-944455550001', visitId: VISIT_ID, licenseNumber: '330106202600001', jurisdiction: '330106',
    failedItems: [{ code: 'NO_SALES_TO_MINORS', label: '未向未成年人售烟' }], openedOn: '2026-12-06', dueOn: '2026-12-28',
    workingDays: 15, state: 'OPEN',
  },
  penalty: { state: 'PENDING' },
};

function api(user: object) {
  const posts: Request[] = [];
  const fetch = vi.fn(async (request: Request | string) => {
    if (typeof request === 'string') return jsonResponse({ signedIn: true, user });
    if (request.method === 'POST') {
      posts.push(request.clone());
      const decision = await request.json();
      return jsonResponse({
        ...recorded,
        visit: { ...recorded.visit, penalty: decision.confirmed ? 'CONFIRMED' : 'DISMISSED' },
        penalty: { state: decision.confirmed ? 'CONFIRMED' : 'DISMISSED', reason: decision.reason, decidedBy: 'approver', decidedAt: '2026-12-07T02:00:00Z' },
      });
    }
    return jsonResponse(recorded);
  });
  return { fetch, posts };
}

describe('InspectionVisitPage', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('shows the findings by their labels and lets an APPROVER confirm the pending penalty with a reason', async () => {
    const { fetch, posts } = api(approver);
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(InspectionVisitPage, { props: { id: VISIT_ID } });
    expect(wrapper.get('[data-testid="visit-result"]').text()).toBe('违规');
    expect(wrapper.get('[data-testid="visit-findings"]').text()).toContain('未向未成年人售烟 · 未核验年龄');
    expect(wrapper.get('[data-testid="visit-signature"]').text()).toContain('经营者拒签');
    expect(wrapper.get('[data-testid="visit-rectification"]').text()).toContain('15 个工作日');
    expect(wrapper.text()).not.toContain('NO_SALES_TO_MINORS');

    await wrapper.get('[data-testid="penalty-confirm"]').setValue(true);
    await wrapper.get('[data-testid="penalty-reason"]').setValue('向未成年人售烟，事实清楚');
    await wrapper.get('[data-testid="penalty-form"]').trigger('submit');
    await flushPromises();
    expect(new URL(posts[0]!.url).pathname).toBe(`/api/licensing/supervision/visits/${VISIT_ID}/penalty`);
    expect(await posts[0]!.json()).toEqual({ confirmed: true, reason: '向未成年人售烟，事实清楚' });
    expect(wrapper.find('[data-testid="penalty-decision"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="visit-penalty"]').text()).toContain('已确认处罚');
    wrapper.unmount();
  });

  it('offers a SUPERVISOR no penalty decision, only the plan link', async () => {
    vi.stubGlobal('fetch', api(supervisor).fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(InspectionVisitPage, { props: { id: VISIT_ID } });
    expect(wrapper.find('[data-testid="penalty-decision"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="inspection-visit"]').text()).toContain('2026-12 计划');
    wrapper.unmount();
  });
});
