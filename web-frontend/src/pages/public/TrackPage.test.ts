import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mountWithApp, problemResponse } from '@/test/mount';
import TrackPage from './TrackPage.vue';

describe('TrackPage', () => {
  it('says a wrong tracking code finds no report, without a reference number', async () => {
    vi.stubGlobal('fetch', async () =>
      problemResponse(404, '资源不存在', { detail: 'Report not found', correlationId: '5b0c6a9e-1d2f-4c3b-9a8e-7f6d5c4b3a21' }),
    );
    const { wrapper } = await mountWithApp(TrackPage, { path: '/track' });
    await wrapper.get('[data-testid="track-code"] input').setValue('ABCDEFGHJKMNPQRS2345');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.find('[data-testid="problem"]').exists()).toBe(true));
    const text = wrapper.get('[data-testid="problem"]').text();
    expect(text).toContain('未找到该查询码的举报');
    expect(text).not.toContain('资源不存在');
    expect(text).not.toContain('查询编号');
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    wrapper.unmount();
  });
});
