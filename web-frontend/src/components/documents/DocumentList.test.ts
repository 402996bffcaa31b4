import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mountWithApp } from '@/test/mount';
import type { LicenseDocument } from '@/api/licensing';
import DocumentList from './DocumentList.vue';

const base = { contentType: 'application/pdf', size: 2048, sha256: 'ab', uploadedAt: '2026-05-20T02:00:00Z' };
const documents: LicenseDocument[] = [
  { ...base, id: 'd1', documentType: 'BUSINESS_LICENSE' as const, fileName: 'old-license.pdf', current: false, replacedBy: 'd3' },
  { ...base, id: 'd2', documentType: 'ID_CARD' as const, fileName: 'id.pdf', current: false, removedAt: '2026-05-20T03:00:00Z' },
  { ...base, id: 'd3', documentType: 'BUSINESS_LICENSE' as const, fileName: 'new-license.pdf', current: true, replaces: 'd1' },
];

describe('DocumentList', () => {
  it('marks the current documents and lists replaced and removed ones apart, not counted', async () => {
    const { wrapper } = await mountWithApp(DocumentList, { props: { documents, applicationId: 'app-1', editable: true } });
    const current = wrapper.findAll('[data-testid="document-item"]');
    expect(current).toHaveLength(1);
    expect(current[0]!.text()).toContain('new-license.pdf');
    expect(current[0]!.text()).toContain('当前有效');
    const earlier = wrapper.get('[data-testid="earlier-documents"]');
    expect(earlier.get('summary').text()).toContain('不计入');
    expect(earlier.text()).toContain('old-license.pdf');
    expect(earlier.text()).toContain('已替换');
    expect(earlier.text()).toContain('已撤下');
    expect(earlier.find('[data-testid="document-replace"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('offers replace and remove before the decision only; removing asks first, then tells the page', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(DocumentList, { props: { documents, applicationId: 'app-1', editable: true } });
    await wrapper.get('[data-testid="document-replace"]').trigger('click');
    expect(wrapper.emitted('replace')?.[0]?.[0]).toMatchObject({ id: 'd3' });

    await wrapper.get('[data-testid="document-remove"]').trigger('click');
    await flushPromises();
    expect(fetch).not.toHaveBeenCalled();
    (document.querySelector('.van-dialog__confirm') as HTMLElement).click();
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.emitted('removed')).toBeTruthy());
    const request = (fetch.mock.calls as unknown as [Request][])[0]![0];
    expect(request.method).toBe('DELETE');
    expect(request.url).toMatch(/\/api\/licensing\/applications\/app-1\/documents\/d3$/);
    wrapper.unmount();

    const decided = await mountWithApp(DocumentList, { props: { documents, applicationId: 'app-1', editable: false } });
    expect(decided.wrapper.find('[data-testid="document-replace"]').exists()).toBe(false);
    expect(decided.wrapper.find('[data-testid="document-remove"]').exists()).toBe(false);
    decided.wrapper.unmount();
  });
});
