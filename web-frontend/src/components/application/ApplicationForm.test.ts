import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mountWithApp } from '@/test/mount';
import ApplicationForm from './ApplicationForm.vue';

describe('ApplicationForm', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the fields each type needs', async () => {
    const fields = async (type: string, extra: Record<string, unknown> = {}) => {
      const { wrapper } = await mountWithApp(ApplicationForm, {
        props: { type, saving: false, submitLabel: 'save', ...extra } as never,
      });
      const names = wrapper.findAll('[data-testid^="field-"]').map((f) => f.attributes('data-testid')?.slice(6));
      wrapper.unmount();
      return names;
    };
    expect(await fields('NEW')).toEqual([
      'businessName', 'creditCode', 'operatorName', 'operatorIdNumber', 'mobile', 'businessScope', 'address', 'latitude', 'longitude',
    ]);
    expect(await fields('RENEWAL')).toEqual(['licenseNo', 'mobile', 'businessScope']);
    expect(await fields('CLOSURE')).toEqual(['licenseNo', 'mobile']);
  });

  it('autosaves a moment after typing stops, only when what is filled is well-formed', async () => {
    vi.useFakeTimers();
    const { wrapper } = await mountWithApp(ApplicationForm, {
      props: { type: 'NEW', saving: false, submitLabel: 'save', autosave: true },
    });
    await wrapper.get('[data-testid="field-creditCode"] input').setValue('91350100M000100Y42');
    vi.advanceTimersByTime(3000);
    expect(wrapper.emitted('autosave')).toBeUndefined();

    await wrapper.get('[data-testid="field-creditCode"] input').setValue('91350100M000100Y43');
    vi.advanceTimersByTime(1000);
    expect(wrapper.emitted('autosave')).toBeUndefined();
    vi.advanceTimersByTime(2000);
    await flushPromises();
    expect(wrapper.emitted('autosave')?.[0]?.[0]).toMatchObject({ type: 'NEW', creditCode: '91350100M000100Y43' });
    wrapper.unmount();
  });
});
