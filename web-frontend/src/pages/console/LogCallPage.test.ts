import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import LogCallPage from './LogCallPage.vue';

// as GET /api/complaints/categories answers: flat, parents first
const categories = [
  { code: 'ILLEGAL_SALES', nameZh: '违法经营', nameEn: 'Illegal sales', urgent: false, active: true },
  { code: 'SALES_TO_MINORS', parentCode: 'ILLEGAL_SALES', nameZh: '向未成年人售烟', nameEn: 'Sales to minors', urgent: true, active: true },
  { code: 'E_CIGARETTE', nameZh: '电子烟违规销售', nameEn: 'E-cigarettes', urgent: false, active: true },
  { code: 'E_CIGARETTE_TO_MINORS', parentCode: 'E_CIGARETTE', nameZh: '向未成年人销售电子烟', nameEn: 'E-cigarettes to minors', urgent: true, active: true },
  { code: 'RETIRED', nameZh: '已停用', nameEn: 'Retired', urgent: false, active: false },
];

const CASE_ID = '5b0d3c1e-2222-4333-8444-955566660009';

describe('LogCallPage', () => {
  it('is keyboard first: focus on the number, categories filtered by typing, Ctrl+Enter submits', async () => {
    const fetch = vi.fn(async (request: Request | string) => {
      if (!(request instanceof Request)) return jsonResponse({}, 401);
      if (request.method === 'GET') return jsonResponse(categories);
      if (request.url.includes('/caller-history')) return jsonResponse({ items: [], total: 0, limit: 5 });
      return jsonResponse(
        { caseNumber: '12313-20260520-000009', trackingCode: 'K3M5N7P9Q2R4S6T8', state: 'RECEIVED', caseId: CASE_ID },
        201,
      );
    });
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(LogCallPage);
    expect(document.activeElement?.id).toBe('call-number');

    await wrapper.get('#call-number').setValue('13800001111');
    await wrapper.get('#call-category-search').setValue('未成年');
    const options = wrapper.findAll('[data-testid="call-category"] option');
    expect(options.map((o) => o.attributes('value'))).toEqual(['SALES_TO_MINORS', 'E_CIGARETTE_TO_MINORS']);
    await wrapper.get('[data-testid="call-category"]').setValue('SALES_TO_MINORS');
    await wrapper.get('[data-testid="division-city"]').setValue('330100');
    await wrapper.get('[data-testid="division-district"]').setValue('330106');
    await wrapper.get('[data-testid="call-address"]').setValue('文三路 100 号');
    await wrapper.get('[data-testid="call-description"]').setValue('来电反映便利店向学生售烟');
    await wrapper.get('[data-testid="call-description"]').trigger('keydown', { key: 'Enter', ctrlKey: true });
    await flushPromises();

    const request = fetch.mock.calls.find(
      ([r]) => r instanceof Request && r.method === 'POST' && r.url.endsWith('/api/complaints/cases'),
    )![0] as Request;
    expect(request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await request.json()).toEqual({
      kind: 'REPORT',
      category: 'SALES_TO_MINORS',
      address: { divisionCode: '330106', detail: '文三路 100 号' },
      description: '来电反映便利店向学生售烟',
      callerNumber: '13800001111',
    });
    expect(wrapper.get('[data-testid="tracking-code"]').text()).toBe('K3M5N7P9Q2R4S6T8');
    // the new case is one click away
    expect(wrapper.get('[data-testid="case-link"]').attributes('href')).toBe(`/console/cases/${CASE_ID}`);
    expect(wrapper.get('[data-testid="open-case"]').attributes('href')).toBe(`/console/cases/${CASE_ID}`);
    wrapper.unmount();
  });
});
