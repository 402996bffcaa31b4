import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import BundlePage from './BundlePage.vue';

const bundleId = '8b000000-1111-4222-8333-944455550001';
const item = (n: number, state: string, changeSubject: string, currentDue?: string) => ({
  id: `7d4c1e8a-1111-4222-8333-94445555000${n}`, number: `SQ2026052000000${n}`, type: 'CHANGE', state, version: 1, changeSubject,
  bundleId, createdAt: '2026-05-20T02:00:00Z', updatedAt: '2026-05-20T02:00:00Z',
  ...(currentDue ? { deadlines: { currentDue } } : {}),
});
const drafts = { id: bundleId, items: [item(1, 'DRAFT', 'PREMISES'), item(2, 'DRAFT', 'OPERATOR')], total: 2, byState: { DRAFT: 2 } };
const submitted = {
  id: bundleId,
  items: [item(1, 'SUBMITTED', 'PREMISES', '2026-05-27'), item(2, 'ACCEPTED', 'OPERATOR', '2026-06-17')],
  total: 2, byState: { ACCEPTED: 1, SUBMITTED: 1 }, nextDue: '2026-05-27',
};

describe('BundlePage', () => {
  it('shows each item with its state and the sum, and submits every draft at once', async () => {
    const fetch = vi.fn(async (request: Request) => jsonResponse(request.method === 'POST' ? submitted : drafts));
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(BundlePage, { props: { id: bundleId } });
    expect(wrapper.findAll('[data-testid="bundle-application"]').map((r) => r.text())).toEqual([
      expect.stringContaining('变更 · 经营场所'), expect.stringContaining('变更 · 经营者'),
    ]);
    expect(wrapper.get('[data-testid="bundle-total"]').text()).toContain('2');
    expect(wrapper.get('[data-testid="bundle-by-state"]').text()).toContain('草稿');

    await wrapper.get('[data-testid="bundle-submit"]').trigger('click');
    await flushPromises();
    const post = fetch.mock.calls.find(([r]) => r.method === 'POST')![0];
    expect(new URL(post.url).pathname).toBe(`/api/licensing/bundles/${bundleId}/submission`);
    const rows = wrapper.findAll('[data-testid="bundle-application"]').map((r) => r.text());
    expect(rows[0]).toContain('已提交');
    expect(rows[0]).toContain('2026/05/27');
    expect(rows[1]).toContain('已受理');
    expect(wrapper.findAll('[data-testid="bundle-by-state"]').map((r) => r.text())).toEqual([
      expect.stringContaining('已受理'), expect.stringContaining('已提交'),
    ]);
    expect(wrapper.get('[data-testid="bundle-next-due"]').text()).toContain('2026/05/27');
    expect(wrapper.find('[data-testid="bundle-submit"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it("shows the 422 title naming what is missing when one item is incomplete", async () => {
    vi.stubGlobal('fetch', vi.fn(async (request: Request) =>
      request.method === 'POST'
        ? problemResponse(422, '材料不齐全', { missing: ['document:ID_CARD'], errors: [{ field: 'document:ID_CARD', message: '缺少身份证' }] })
        : jsonResponse(drafts)));
    const { wrapper } = await mountWithApp(BundlePage, { props: { id: bundleId } });
    await wrapper.get('[data-testid="bundle-submit"]').trigger('click');
    await flushPromises();
    const problem = wrapper.get('[data-testid="problem"]').text();
    expect(problem).toContain('材料不齐全');
    expect(problem).toContain('缺少身份证');
    wrapper.unmount();
  });
});
