import { describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '@/test/fakeXhr';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import ApplicationPage from './ApplicationPage.vue';

const application = {
  id: 'app-1',
  number: 'SQ20260520000001',
  type: 'NEW',
  state: 'CORRECTION_REQUESTED',
  version: 3,
  createdAt: '2026-05-20T02:00:00Z',
  updatedAt: '2026-05-20T02:00:00Z',
  correctionItems: ['1. 营业执照复印件不清晰', '2、补充租赁合同'],
  registryCheck: { status: 'PENDING', detail: 'java.net.ConnectException: registry:9300' },
  premises: { divisionCode: '330106', address: '文三路 100 号', latitude: 30.2772, longitude: 120.1425 },
};

function backend(documents: unknown[]) {
  return vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/submission')) {
      return problemResponse(422, '申请不符合办理条件', {
        detail: '申请尚不完整，还缺：身份证',
        errors: [{ field: 'document:ID_CARD', message: '必须提供' }],
        missing: ['document:ID_CARD'],
      });
    }
    if (url.pathname === '/api/licensing/applications/app-1') return jsonResponse(application);
    if (url.pathname === '/api/licensing/applications/app-1/documents') return jsonResponse(documents);
    return jsonResponse([]);
  });
}

describe('ApplicationPage', () => {
  it('numbers correction items once, says registry states plainly and the shop location in words', async () => {
    vi.stubGlobal('fetch', backend([]));
    const { wrapper } = await mountWithApp(ApplicationPage, { props: { id: 'app-1' } });
    await flushPromises();
    const items = wrapper.findAll('[data-testid="correction-item"]').map((i) => i.text());
    expect(items).toEqual(['1. 营业执照复印件不清晰', '2. 补充租赁合同']);
    expect(wrapper.text()).toContain('正在向登记机关核验');
    expect(wrapper.text()).not.toMatch(/Exception|9300/);
    const location = wrapper.get('[data-testid="application-location"]').text();
    expect(location).toContain('已在地图上标注');
    expect(location).toContain('纬度 30.27720，经度 120.14250');
    wrapper.unmount();
  });

  it('takes the "still missing" alert away once the missing document is uploaded', async () => {
    vi.stubGlobal('fetch', backend([]));
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { wrapper } = await mountWithApp(ApplicationPage, { props: { id: 'app-1' } });
    await flushPromises();
    await wrapper.get('[data-testid="submit-application"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('身份证：必须提供');
    expect(wrapper.text()).not.toContain('document:');

    await wrapper.get('[data-testid="document-type"]').setValue('ID_CARD');
    const input = wrapper.get('[data-testid="document-file"]');
    const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'id.pdf', { type: 'application/pdf' });
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    await wrapper.get('[data-testid="document-upload-button"]').trigger('click');
    FakeXhr.last!.respond(201, {
      id: 'd1', documentType: 'ID_CARD', fileName: 'id.pdf', contentType: 'application/pdf', size: 4, sha256: 'ab',
      uploadedAt: '2026-05-20T10:00:00Z', current: true,
    });
    await flushPromises();
    expect(wrapper.find('[data-testid="problem"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
