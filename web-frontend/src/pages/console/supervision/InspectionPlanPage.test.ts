import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import { loadSession } from '@/auth/session';
import InspectionPlanPage from './InspectionPlanPage.vue';

const supervisor = { sub: 'supervisor', name: '督查员', roles: ['SUPERVISOR'], permissions: [], jurisdiction: '330100' };
const PLAN_ID = '9a000000-1111-4222-8333-944455550001';
const plan = {
  id: PLAN_ID, jurisdiction: '330106', month: '2026-12', seed: 42, randomShare: 0.05, activeLicenses: 40, visits: 6,
  byKind: { KEY: 1, ROUTINE: 3, RANDOM: 2 }, byGrade: { A: 2, B: 3, C: 1 }, generatedAt: '2026-12-01T01:00:00Z', generatedBy: 'supervisor',
};
const visit = {
  id: '5e000000-1111-4222-8333-944455550001', planId: PLAN_ID, month: '2026-12', jurisdiction: '330106', kind: 'RANDOM',
  reasons: ['RANDOM'], dueOn: '2026-12-31', state: 'PLANNED', licenseNumber: '330106202600001', businessName: '西湖烟酒店',
  inspector: 'inspector.xihu', grade: 'B',
};

function api(generate: () => Response = () => jsonResponse(plan, 201)) {
  const calls: Request[] = [];
  const fetch = vi.fn(async (request: Request | string) => {
    if (typeof request === 'string') return jsonResponse({ signedIn: true, user: supervisor });
    calls.push(request.clone());
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path === '/api/licensing/supervision/plans') return generate();
    if (request.method === 'POST' && path.endsWith('/reassignment')) {
      return jsonResponse({ ...visit, inspector: (await request.json()).inspector });
    }
    if (request.method === 'POST' && path.endsWith('/publication')) {
      return jsonResponse({ ...plan, publishedAt: '2026-12-31T08:00:00Z', publishedBy: 'supervisor' });
    }
    if (path.startsWith('/api/licensing/supervision/settings/')) {
      return jsonResponse({ jurisdiction: '330106', randomShare: 0.05, inspectors: ['inspector.xihu', 'inspector.xihu2'], rectificationDays: 15 });
    }
    if (path === '/api/licensing/supervision/visits') return jsonResponse({ items: [visit], total: 1, limit: 50 });
    return jsonResponse(plan);
  });
  return { fetch, calls };
}

describe('InspectionPlanPage', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it("generates a district's plan for a month, shows its counts and its visits, and keeps it in the address", async () => {
    const { fetch, calls } = api();
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper, router } = await mountWithApp(InspectionPlanPage, { path: '/console/inspection/plans' });
    const districts = wrapper.findAll('[data-testid="plan-district"] option').map((o) => o.text());
    expect(districts).toContain('西湖区');
    expect(districts).not.toContain('330106');

    await wrapper.get('[data-testid="plan-generate"]').trigger('submit');
    await wrapper.get('[data-testid="plan-form"]').trigger('submit');
    expect(wrapper.text()).toContain('请选择区县');
    expect(calls).toHaveLength(0);

    await wrapper.get('[data-testid="plan-district"]').setValue('330106');
    await wrapper.get('[data-testid="plan-month"]').setValue('2026-12');
    // beyond 2^53 a browser number changes the seed: refused before anything is sent
    await wrapper.get('[data-testid="plan-seed"]').setValue('9007199254740993');
    await wrapper.get('[data-testid="plan-form"]').trigger('submit');
    expect(wrapper.text()).toContain('随机种子应为不超过 15 位的整数');
    expect(calls).toHaveLength(0);
    await wrapper.get('[data-testid="plan-seed"]').setValue('42');
    await wrapper.get('[data-testid="plan-form"]').trigger('submit');
    await flushPromises();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ jurisdiction: '330106', month: '2026-12', seed: 42 });
    await vi.waitFor(() => expect(router.currentRoute.value.query.plan).toBe(PLAN_ID), { timeout: 5_000 });
    await flushPromises();
    expect(wrapper.get('[data-testid="plan"] h2').text()).toContain('西湖区');
    expect(wrapper.get('[data-testid="plan-kind-RANDOM"]').text()).toBe('2');
    const list = calls.filter((c) => new URL(c.url).pathname === '/api/licensing/supervision/visits').at(-1)!;
    expect(new URL(list.url).searchParams.get('planId')).toBe(PLAN_ID);
    expect(wrapper.findAll('[data-testid="visit-row"]')).toHaveLength(1);
    expect(wrapper.get('[data-testid="visit-row"]').text()).toContain('双随机抽查');
    wrapper.unmount();
  });

  it('shows why a second plan for the same district and month is refused', async () => {
    const { fetch } = api(() => problemResponse(409, '该区县该月的检查计划已生成'));
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(InspectionPlanPage, { path: '/console/inspection/plans' });
    await wrapper.get('[data-testid="plan-district"]').setValue('330106');
    await wrapper.get('[data-testid="plan-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('该区县该月的检查计划已生成');
    wrapper.unmount();
  });

  it('gives a planned visit to another inspector of the roster, with a reason, and publishes the random checks once confirmed', async () => {
    const { fetch, calls } = api();
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(InspectionPlanPage, { path: `/console/inspection/plans?plan=${PLAN_ID}` });
    await flushPromises();
    await wrapper.get(`[data-testid="visit-reassign-${visit.id}"]`).trigger('click');
    const options = wrapper.findAll('[data-testid="reassign-inspector"] option').map((o) => o.attributes('value'));
    expect(options).toEqual(['', 'inspector.xihu2']);
    await wrapper.get('[data-testid="reassign-inspector"]').setValue('inspector.xihu2');
    await wrapper.get('[data-testid="reassign-form"]').trigger('submit');
    expect(wrapper.get('[data-testid="reassign-form"]').text()).toContain('必填');
    await wrapper.get('[data-testid="reassign-reason"]').setValue('原检查员休假');
    await wrapper.get('[data-testid="reassign-form"]').trigger('submit');
    await flushPromises();
    const reassign = calls.find((c) => c.url.endsWith('/reassignment'))!;
    expect(await reassign.json()).toEqual({ inspector: 'inspector.xihu2', reason: '原检查员休假' });
    expect(wrapper.get('[data-testid="visit-row"]').text()).toContain('inspector.xihu2');

    expect(wrapper.get('[data-testid="plan-publish"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-testid="plan-publish-confirm"]').setValue(true);
    await wrapper.get('[data-testid="plan-publish"]').trigger('submit');
    await flushPromises();
    expect(calls.filter((c) => c.url.endsWith('/publication'))).toHaveLength(1);
    expect(wrapper.get('[data-testid="plan-publication"]').text()).toContain('公示随机抽查结果');
    expect(wrapper.find('[data-testid="plan-publish"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
