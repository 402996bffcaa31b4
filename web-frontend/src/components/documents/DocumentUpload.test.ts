import { describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '@/test/fakeXhr';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
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

  it('offers an unfinished upload again after a reload, with its progress, and asks for the file if the phone lost it', async () => {
    const pending = { uploadId: 'u1', applicationId: 'app-1', documentType: 'PREMISES_PROOF', fileName: 'lease.pdf', size: 12, lastModified: 1 };
    localStorage.setItem('tobacco.pendingUploads', JSON.stringify([pending]));
    const session = {
      id: 'u1', applicationId: 'app-1', documentType: 'PREMISES_PROOF', fileName: 'lease.pdf', size: 12, partSize: 4,
      partCount: 3, parts: [{ number: 1, size: 4 }, { number: 2, size: 4 }], state: 'OPEN',
      createdAt: '2026-05-20T10:00:00Z', expiresAt: '2026-05-21T10:00:00Z',
    };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(session)));
    const { wrapper } = await mountWithApp(DocumentUpload, { props: { applicationId: 'app-1' } });
    await flushPromises();

    const item = wrapper.get('[data-testid="pending-upload"]');
    expect(item.text()).toContain('lease.pdf');
    expect(item.get('[data-testid="upload-progress"]').attributes('aria-valuenow')).toBe('67');
    expect(item.get('[data-testid="pending-upload-resume"]').text()).toBe('继续上传');

    // this test browser keeps no files (no IndexedDB): the retailer is asked to pick it again
    await item.get('[data-testid="pending-upload-resume"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="upload-pick-again"]').text()).toContain('重新选择同一文件');
    expect(wrapper.find('[data-testid="pending-upload"]').exists()).toBe(true);
    localStorage.clear();
    wrapper.unmount();
  });
});
