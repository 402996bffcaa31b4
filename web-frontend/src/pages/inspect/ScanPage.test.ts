import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { loadSession } from '@/auth/session';
import ScanPage from './ScanPage.vue';

vi.mock('@zxing/browser', () => ({ BrowserQRCodeReader: class {} }));

const inspector = { sub: 'inspector.xihu', name: '西湖区检查员', roles: ['INSPECTOR'], permissions: [], jurisdiction: '330106' };
const visit = {
  id: '5e000000-1111-4222-8333-944455550001', month: '2026-12', jurisdiction: '330106', kind: 'RANDOM', reasons: ['RANDOM'],
  dueOn: '2026-12-31', state: 'PLANNED', licenseNumber: '330106202600001', businessName: '西湖烟酒店', inspector: 'inspector.xihu',
};
const valid = {
  licenseNumber: '330106202600001', verdict: 'VALID', verdictReason: '许可证有效',
  license: { number: '330106202600001', status: 'ACTIVE', businessName: '西湖烟酒店', address: '文三路 100 号', jurisdiction: '330106',
    items: ['CIGARETTE'], validFrom: '2026-01-01', validUntil: '2030-12-31' },
  grade: 'B',
  openItems: { openRectifications: 1, pendingPostVerifications: 0, substantiatedReports90Days: 2, pendingPenalties: 0 },
  checklist: [{ code: 'LICENSE_DISPLAYED', label: '许可证悬挂在经营场所醒目位置' }, { code: 'NO_SALES_TO_MINORS', label: '未向未成年人售烟' }],
};

function api(scan: object, user: object = inspector) {
  const calls: Request[] = [];
  const fetch = vi.fn(async (request: Request | string) => {
    if (typeof request === 'string') return jsonResponse({ signedIn: true, user });
    calls.push(request);
    if (request.method === 'POST') return jsonResponse({ ...visit, id: '5e000000-1111-4222-8333-944455550009', kind: 'UNPLANNED' }, 201);
    return jsonResponse(scan);
  });
  return { fetch, calls };
}

describe('ScanPage (码上查烟)', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('checks a typed number and shows the license, grade, open items, checklist and the assigned visit', async () => {
    const { fetch, calls } = api({ ...valid, visit });
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper, router } = await mountWithApp(ScanPage, { path: '/inspect/scan' });
    await wrapper.get('[data-testid="scan-typed"] input').setValue(' 330106202600001 ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const url = new URL(calls[0]!.url);
    expect(url.pathname).toBe('/api/licensing/supervision/scan');
    expect(url.searchParams.get('code')).toBe('330106202600001');
    expect(wrapper.get('[data-testid="scan-verdict-label"]').text()).toBe('有效');
    expect(wrapper.get('[data-testid="scan-business-name"]').text()).toContain('西湖烟酒店');
    expect(wrapper.get('[data-testid="scan-grade"]').text()).toContain('B 级 · 基本守信');
    expect(wrapper.get('[data-testid="scan-open-items"]').text()).toContain('近 90 天查实的举报');
    expect(wrapper.findAll('[data-testid="scan-checklist-item"]').map((c) => c.text())).toEqual([
      '许可证悬挂在经营场所醒目位置', '未向未成年人售烟',
    ]);
    expect(wrapper.get('[data-testid="scan-record"]').text()).toBe('记录检查结果');

    await wrapper.get('[data-testid="scan-record"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('inspect-visit'), { timeout: 5_000 });
    expect(router.currentRoute.value.params.id).toBe(visit.id);
    expect(router.currentRoute.value.query.code).toBe('330106202600001');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    wrapper.unmount();
  });

  it('says plainly that a code is forged and opens an unplanned visit to record it', async () => {
    const { fetch, calls } = api({ verdict: 'FORGED', verdictReason: '该二维码不是本局签发的许可证', checklist: valid.checklist });
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper, router } = await mountWithApp(ScanPage, { path: '/inspect/scan' });
    await wrapper.get('[data-testid="scan-typed"] input').setValue('https://example.com/verify/1');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="scan-verdict-label"]').text()).toBe('疑似伪造');
    expect(wrapper.get('[data-testid="scan-verdict"]').text()).toContain('该二维码不是本局签发的许可证');
    expect(wrapper.find('[data-testid="scan-license"]').exists()).toBe(false);

    await wrapper.get('[data-testid="scan-record"]').trigger('click');
    await flushPromises();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/licensing/supervision/visits');
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({ code: 'https://example.com/verify/1' });
    await vi.waitFor(() => expect(router.currentRoute.value.params.id).toBe('5e000000-1111-4222-8333-944455550009'), { timeout: 5_000 });
    wrapper.unmount();
  });

  it('opens a visit of a shop without a certificate by its address, in the district a city inspector names', async () => {
    const cityInspector = { ...inspector, sub: 'inspector.hz', jurisdiction: '330100' };
    const { fetch, calls } = api(valid, cityInspector);
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper, router } = await mountWithApp(ScanPage, { path: '/inspect/scan' });
    await wrapper.get('[data-testid="scan-no-license"]').trigger('click');
    await wrapper.get('[data-testid="scan-address"] input').setValue('文三路 200 号 无招牌小店');
    expect(wrapper.findAll('[data-testid="scan-district"] option').map((o) => o.text())).toContain('西湖区');
    await wrapper.get('[data-testid="scan-district"]').setValue('330106');
    await wrapper.findAll('form').at(-1)!.trigger('submit');
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1), { timeout: 5_000 });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ address: '文三路 200 号 无招牌小店', jurisdiction: '330106' });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('inspect-visit'), { timeout: 5_000 });
    wrapper.unmount();
  });
});
