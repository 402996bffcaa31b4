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

  it('replaces a document: same type, the old one named, sent with ?replaces=', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const old = { id: 'd1', documentType: 'ID_CARD' as const, fileName: 'id-blurred.png', contentType: 'image/png', size: 4, sha256: 'ab', uploadedAt: '2026-05-20T10:00:00Z', current: true };
    const { wrapper } = await mountWithApp(DocumentUpload, { props: { applicationId: 'app-1', replaces: old } });
    expect(wrapper.get('[data-testid="document-replacing"]').text()).toContain('id-blurred.png');
    const select = wrapper.get('[data-testid="document-type"]').element as HTMLSelectElement;
    expect(select.value).toBe('ID_CARD');
    expect(select.disabled).toBe(true);

    const input = wrapper.get('[data-testid="document-file"]');
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'id-sharp.png', { type: 'image/png' });
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    await wrapper.get('[data-testid="document-upload-button"]').trigger('click');
    const xhr = FakeXhr.last!;
    expect(xhr.url).toMatch(/\/api\/licensing\/applications\/app-1\/documents\?replaces=d1$/);
    xhr.respond(201, { ...old, id: 'd2', fileName: 'id-sharp.png', replaces: 'd1' });
    await flushPromises();
    expect(wrapper.emitted('uploaded')?.[0]?.[0]).toMatchObject({ id: 'd2', replaces: 'd1' });

    await wrapper.get('[data-testid="document-replace-cancel"]').trigger('click');
    expect(wrapper.emitted('cancelReplace')).toHaveLength(1);
    wrapper.unmount();
  });
});
