import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount';
import ApplicationTypePicker from './ApplicationTypePicker.vue';

describe('ApplicationTypePicker', () => {
  it('offers the six types in one labelled group that carries the test id, and reports the choice', async () => {
    const { wrapper } = await mountWithApp(ApplicationTypePicker, {
      props: { modelValue: 'NEW', 'data-testid': 'application-type' },
    });
    const group = wrapper.get('[data-testid="application-type"]');
    expect(group.attributes('role')).toBe('radiogroup');
    expect(group.attributes('aria-label')).toBe('办理事项');
    const radios = group.findAll('[role="radio"]');
    expect(radios).toHaveLength(6);
    expect(radios[0]!.attributes('aria-checked')).toBe('true');

    await radios.find((r) => r.text() === '延续')!.trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([['RENEWAL']]);
    wrapper.unmount();
  });
});
