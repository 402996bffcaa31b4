import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import type { DocumentType, LicenseDocument } from '@/api/licensing';
import ReuseDocuments from './ReuseDocuments.vue';

const doc = (id: string, documentType: DocumentType, sha256: string, uploadedAt: string, fileName = `${id}.pdf`): LicenseDocument => ({
  id, documentType, sha256, uploadedAt, fileName, contentType: 'application/pdf', size: 10, current: true,
});

describe('ReuseDocuments', () => {
  it('offers each verified content once, grouped by type, newest first, folded away until opened', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse([
        doc('a1', 'ID_CARD', 'h1', '2026-03-01T00:00:00Z'),
        doc('b1', 'BUSINESS_LICENSE', 'h2', '2026-01-01T00:00:00Z', 'licence-old.pdf'),
        doc('a2', 'ID_CARD', 'h1', '2026-04-01T00:00:00Z', 'id-again.pdf'),
        doc('b2', 'BUSINESS_LICENSE', 'h3', '2026-05-01T00:00:00Z', 'licence-new.pdf'),
        doc('c1', 'PREMISES_PHOTO', 'h4', '2026-02-01T00:00:00Z'),
      ]),
    );
    const attached = [doc('x', 'PREMISES_PHOTO', 'h4', '2026-05-20T00:00:00Z')];
    const { wrapper } = await mountWithApp(ReuseDocuments, { props: { applicationId: 'app-1', attached } });
    await flushPromises();

    const toggle = wrapper.get('[data-testid="reuse-toggle"]');
    expect(toggle.text()).toContain('使用已核验的材料');
    expect(toggle.text()).toContain('3 份');
    expect(wrapper.get('.van-collapse-item__title').attributes('aria-expanded')).toBe('false');

    await wrapper.get('.van-collapse-item__title').trigger('click');
    await flushPromises();
    const groups = wrapper.findAll('[data-testid="reuse-group"]');
    expect(groups.map((g) => g.get('h2').text())).toEqual(['营业执照', '身份证']);
    expect(groups[0]!.findAll('[data-testid="reuse-item"]').map((i) => i.text())).toEqual([
      expect.stringContaining('licence-new.pdf'),
      expect.stringContaining('licence-old.pdf'),
    ]);
    // the same ID card uploaded twice is offered once, as its newest upload
    expect(groups[1]!.findAll('[data-testid="reuse-item"]').map((i) => i.text())).toEqual([expect.stringContaining('id-again.pdf')]);
    expect(wrapper.text()).not.toContain('c1.pdf');
    wrapper.unmount();
  });
});
