import { describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '@/test/fakeXhr';
import { flushPromises, mountWithApp } from '@/test/mount';
import DocumentUpload from './DocumentUpload.vue';

describe('DocumentUpload', () => {
  it('shows a progress bar while the file is sent and hands the stored document over', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { wrapper } = await mountWithApp(DocumentUpload, { props: { applicationId: 'app-1' } });
    expect(wrapper.get('[data-testid="document-upload-button"]').attributes('disabled')).toBeDefined();

    await wrapper.get('[data-testid="document-type"]').setValue('PREMISES_PHOTO');
    const input = wrapper.get('[data-testid="document-file"]');
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'shop.png', { type: 'image/png' });
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    expect(wrapper.text()).toContain('shop.png');
    await wrapper.get('[data-testid="document-upload-button"]').trigger('click');

    const xhr = FakeXhr.last!;
    xhr.progress(30, 100);
    await flushPromises();
    expect(wrapper.get('[data-testid="upload-progress"]').attributes('aria-valuenow')).toBe('30');

    const stored = { id: 'd9', documentType: 'PREMISES_PHOTO', fileName: 'shop.png', contentType: 'image/png', size: 4, sha256: 'ab', uploadedAt: '2026-05-20T10:00:00Z' };
    xhr.respond(201, stored);
    await flushPromises();
    expect(wrapper.emitted('uploaded')).toEqual([[stored]]);
    expect(wrapper.find('[data-testid="upload-progress"]').exists()).toBe(false);
    expect((xhr.body as FormData).get('documentType')).toBe('PREMISES_PHOTO');
    wrapper.unmount();
  });
});
