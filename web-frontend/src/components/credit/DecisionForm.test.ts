import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mountWithApp } from '@/test/mount';
import { ApiError } from '@/api/problem';
import DecisionForm from './DecisionForm.vue';

const texts = { legend: '结论', yes: '是', no: '否', text: '说明', choose: '请选择', textRequired: '请填写说明' };
const testids = { form: 'f', yes: 'f-yes', no: 'f-no', text: 'f-text', submit: 'f-submit', confirm: 'f-confirm' };

describe('DecisionForm', () => {
  it('asks for a choice and a text, then sends them trimmed and emits the answer', async () => {
    const send = vi.fn(async (yes: boolean, text: string) => ({ yes, text }));
    const { wrapper } = await mountWithApp(DecisionForm, { props: { texts, testids, textId: 'f-1-text', maxlength: 20, send } });
    await wrapper.get('[data-testid="f"]').trigger('submit');
    expect(wrapper.text()).toContain('请选择');
    expect(wrapper.text()).toContain('请填写说明');
    expect(send).not.toHaveBeenCalled();
    expect(wrapper.get('[role="radiogroup"]').attributes('aria-label')).toBe('结论');
    expect(wrapper.get('label[for="f-1-text"]').text()).toBe('说明');

    await wrapper.get('[data-testid="f-no"]').setValue(true);
    expect(wrapper.find('[data-testid="f-confirm"]').exists()).toBe(false);
    await wrapper.get('[data-testid="f-text"]').setValue('  理由  ');
    await wrapper.get('[data-testid="f"]').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith(false, '理由');
    expect(wrapper.emitted('done')).toEqual([[{ yes: false, text: '理由' }]]);
    wrapper.unmount();
  });

  it('needs the confirmation of a "no" where one is asked for, and shows a refusal', async () => {
    const send = vi.fn(async () => {
      throw new ApiError({ type: '/problems/conflict', title: '已被他人处理', status: 409 });
    });
    const confirming = { ...texts, confirmNo: '我已知晓后果', confirmRequired: '请确认后果' };
    const { wrapper } = await mountWithApp(DecisionForm, { props: { texts: confirming, testids, textId: 't', maxlength: 20, send } });
    await wrapper.get('[data-testid="f-no"]').setValue(true);
    await wrapper.get('[data-testid="f-text"]').setValue('不实');
    await wrapper.get('[data-testid="f"]').trigger('submit');
    expect(wrapper.text()).toContain('请确认后果');
    expect(send).not.toHaveBeenCalled();

    await wrapper.get('[data-testid="f-confirm"]').setValue(true);
    await wrapper.get('[data-testid="f"]').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledOnce();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('已被他人处理');
    expect(wrapper.emitted('done')).toBeUndefined();
    wrapper.unmount();
  });
});
