import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import EvaluationForm from './EvaluationForm.vue';

describe('EvaluationForm', () => {
  it('needs a reason when not satisfied and sends it', async () => {
    const fetch = vi.fn(async (_request: Request) =>
      jsonResponse({ caseNumber: 'n', kind: 'REPORT', category: 'OTHER', state: 'REOPENED', receivedAt: '2026-05-20T01:00:00Z', progress: [] }),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(EvaluationForm, { props: { trackingCode: 'ABCDEFGHJKLMNPQR' } });
    await wrapper.get('[data-testid="evaluation-unsatisfied"]').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fetch).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('不满意时请填写原因');

    await wrapper.get('[data-testid="evaluation-reason"] textarea').setValue('店铺仍在向学生售烟');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const request = fetch.mock.calls[0]![0];
    expect(request.url).toContain('/api/complaints/public/reports/ABCDEFGHJKLMNPQR/evaluation');
    expect(await request.json()).toEqual({ satisfied: false, reason: '店铺仍在向学生售烟' });
    expect(wrapper.emitted('evaluated')).toHaveLength(1);
    wrapper.unmount();
  });
});
