import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import BundleNewPage from './BundleNewPage.vue';

const bundleId = '8b000000-1111-4222-8333-944455550001';

describe('BundleNewPage', () => {
  it('adds a CHANGE of premises and a CHANGE of operator with the usual checks and files them as one bundle', async () => {
    const fetch = vi.fn(async (request: Request | string) =>
      request instanceof Request && request.method === 'POST'
        ? jsonResponse({ id: bundleId, items: [], total: 2 }, 201)
        : jsonResponse({}, 401),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper, router } = await mountWithApp(BundleNewPage, { path: '/portal/bundles/new' });
    const replace = vi.spyOn(router, 'replace').mockResolvedValue(undefined);
    expect(wrapper.get('[data-testid="bundle-create"]').attributes('disabled')).toBeDefined();

    // first item: change of premises
    await wrapper.get('[data-testid="field-licenseNo"] input').setValue('330106202600001');
    await wrapper.get('[data-testid="change-subject-PREMISES"]').trigger('click');
    await wrapper.get('[data-testid="division-city"]').setValue('330100');
    await wrapper.get('[data-testid="division-district"]').setValue('330106');
    await wrapper.get('[data-testid="field-address"] input').setValue('文三路 200 号');
    await wrapper.get('[data-testid="application-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="bundle-item"]')).toHaveLength(1);

    // second item: change of operator; an invalid ID is refused on the spot
    await wrapper.get('[data-testid="change-subject-OPERATOR"]').trigger('click');
    await wrapper.get('[data-testid="field-operatorName"] input').setValue('李四');
    await wrapper.get('[data-testid="field-operatorIdNumber"] input').setValue('110105194912310021');
    await wrapper.get('[data-testid="application-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('身份证号码无效');
    expect(wrapper.findAll('[data-testid="bundle-item"]')).toHaveLength(1);
    await wrapper.get('[data-testid="field-operatorIdNumber"] input').setValue('11010519491231002X');
    await wrapper.get('[data-testid="application-form"]').trigger('submit');
    await flushPromises();
    const items = wrapper.findAll('[data-testid="bundle-item"]').map((i) => i.text());
    expect(items).toEqual([expect.stringContaining('变更 · 经营场所'), expect.stringContaining('变更 · 经营者')]);

    await wrapper.get('[data-testid="bundle-create"]').trigger('click');
    await flushPromises();
    const post = fetch.mock.calls.find(([r]) => r instanceof Request && r.method === 'POST')![0] as Request;
    expect(new URL(post.url).pathname).toBe('/api/licensing/bundles');
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    const body = await post.json();
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).toMatchObject({
      type: 'CHANGE', licenseNo: '330106202600001', changeSubject: 'PREMISES',
      premises: { divisionCode: '330106', address: '文三路 200 号' },
    });
    expect(body.items[1]).toMatchObject({
      type: 'CHANGE', licenseNo: '330106202600001', changeSubject: 'OPERATOR', operatorName: '李四', operatorIdNumber: '11010519491231002X',
    });
    expect(replace).toHaveBeenCalledWith({ name: 'bundle', params: { id: bundleId } });
    wrapper.unmount();
  });
});
