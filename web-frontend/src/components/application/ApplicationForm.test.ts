import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mountWithApp } from '@/test/mount';
import { ApiError } from '@/api/problem';
import PremisesMap from '@/components/map/PremisesMap.vue';
import ApplicationForm from './ApplicationForm.vue';

const requiredLabels = (wrapper: { findAll: (s: string) => { text: () => string }[] }) =>
  wrapper.findAll('.van-field__label--required').map((l) => l.text());

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
      'businessName', 'creditCode', 'operatorName', 'operatorIdNumber', 'mobile', 'businessScope', 'address', 'location',
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

  it('marks exactly what submission requires, and calls nothing required optional', async () => {
    const { wrapper } = await mountWithApp(ApplicationForm, { props: { type: 'NEW', saving: false, submitLabel: 'save' } });
    expect(requiredLabels(wrapper)).toEqual([
      '企业（字号）名称', '统一社会信用代码', '经营者姓名', '经营者身份证号', '手机号码', '经营范围', '所在区县', '经营地址', '店铺位置',
    ]);
    expect(wrapper.text()).not.toContain('可选');
    expect(wrapper.find('[data-testid="field-latitude"]').exists()).toBe(false);
    wrapper.unmount();

    const renewal = await mountWithApp(ApplicationForm, { props: { type: 'RENEWAL', saving: false, submitLabel: 'save' } });
    expect(requiredLabels(renewal.wrapper)).toEqual(['许可证号', '手机号码']);
    renewal.wrapper.unmount();
  });

  it('shows the type once: not again when the page lets the user pick it above', async () => {
    const { wrapper } = await mountWithApp(ApplicationForm, {
      props: { type: 'NEW', saving: false, submitLabel: 'save', typeChosenAbove: true },
    });
    expect(wrapper.text()).not.toContain('申请类型');
    wrapper.unmount();
  });

  it('says a short credit code is too short, not that its check character is wrong', async () => {
    const { wrapper } = await mountWithApp(ApplicationForm, { props: { type: 'NEW', saving: false, submitLabel: 'save' } });
    await wrapper.get('[data-testid="field-creditCode"] input').setValue('91350100M000');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const message = wrapper.get('[data-testid="field-creditCode"] .van-field__error-message').text();
    expect(message).toBe('统一社会信用代码应为 18 位');
    wrapper.unmount();
  });

  it("clears the server's error of a field, and its line in the alert, as soon as the field is changed", async () => {
    const error = new ApiError({
      type: '/problems/validation',
      title: '请求参数有误',
      status: 400,
      errors: [
        { field: 'mobile', message: '手机号码无效' },
        { field: 'premises.latitude', message: '必须提供' },
      ],
    });
    const { wrapper } = await mountWithApp(ApplicationForm, { props: { type: 'NEW', saving: false, submitLabel: 'save', error } });
    expect(wrapper.get('[data-testid="field-mobile"] .van-field__error-message').text()).toBe('手机号码无效');
    expect(wrapper.get('[data-testid="field-location"] .van-field__error-message').text()).toBe('必须提供');
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('手机号码：手机号码无效');

    await wrapper.get('[data-testid="field-mobile"] input').setValue('13812345678');
    expect(wrapper.find('[data-testid="field-mobile"] .van-field__error-message').exists()).toBe(false);
    expect(wrapper.get('[data-testid="problem"]').text()).not.toContain('手机号码无效');

    await vi.waitFor(() => expect(wrapper.findComponent(PremisesMap).exists()).toBe(true));
    wrapper.findComponent(PremisesMap).vm.$emit('update:modelValue', { latitude: 30.2772, longitude: 120.1425 });
    await flushPromises();
    expect(wrapper.find('[data-testid="field-location"] .van-field__error-message').exists()).toBe(false);
    expect(wrapper.find('[data-testid="problem"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('sends the pin placed on the map as the premises coordinates', async () => {
    const { wrapper } = await mountWithApp(ApplicationForm, { props: { type: 'NEW', saving: false, submitLabel: 'save' } });
    await vi.waitFor(() => expect(wrapper.findComponent(PremisesMap).exists()).toBe(true));
    wrapper.findComponent(PremisesMap).vm.$emit('update:modelValue', { latitude: 30.2772, longitude: 120.1425 });
    await flushPromises();
    expect(wrapper.get('[data-testid="location-status"]').text()).toContain('已在地图上标注');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.emitted('save')?.[0]?.[0]).toMatchObject({ premises: { latitude: 30.2772, longitude: 120.1425 } });
    wrapper.unmount();
  });

  it('asks a NEW for cigarettes unless the retailer ticks otherwise, and allows an e-cigarette-only outlet with its premises kind', async () => {
    const { wrapper } = await mountWithApp(ApplicationForm, { props: { type: 'NEW', saving: false, submitLabel: 'save' } });
    const box = (item: string) => wrapper.get(`[data-testid="scope-item-${item}"]`);
    expect(box('CIGARETTE').attributes('aria-checked')).toBe('true');
    expect(box('E_CIGARETTE').attributes('aria-checked')).toBe('false');
    expect(wrapper.find('[data-testid="premises-kind"]').exists()).toBe(false);

    await box('E_CIGARETTE').trigger('click');
    await box('CIGARETTE').trigger('click');
    expect(wrapper.get('[data-testid="scope-items-ecig-hint"]').text()).toContain('电子烟零售点布局规划');
    const kind = wrapper.get('[data-testid="premises-kind"]');
    expect(kind.findAll('option').map((o) => o.text())).toContain('超市');
    await kind.setValue('SUPERMARKET');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.emitted('save')?.[0]?.[0]).toMatchObject({ type: 'NEW', items: ['E_CIGARETTE'], premisesKind: 'SUPERMARKET' });

    // both items, in the contract's order whatever order they were ticked in
    await box('CIGARETTE').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.emitted('save')?.[1]?.[0]).toMatchObject({ items: ['CIGARETTE', 'E_CIGARETTE'] });

    // none: the form says so and sends nothing
    await box('CIGARETTE').trigger('click');
    await box('E_CIGARETTE').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.emitted('save')).toHaveLength(2);
    expect(wrapper.get('[data-testid="scope-items"] .van-field__error-message').text()).toBe('请至少选择一项许可经营项目');
    wrapper.unmount();
  });

  it('lets a change of scope keep the license’s items, and sends no premises kind without e-cigarettes', async () => {
    const { wrapper } = await mountWithApp(ApplicationForm, {
      props: { type: 'CHANGE', licenseNo: '330106202600001', saving: false, submitLabel: 'save' },
    });
    expect(wrapper.find('[data-testid="scope-items"]').exists()).toBe(false);
    await wrapper.get('[data-testid="change-subject-SCOPE"]').trigger('click');
    expect(wrapper.get('[data-testid="scope-items-keep"]').text()).toContain('保持许可证现有的经营项目');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const kept = wrapper.emitted('save')?.[0]?.[0] as Record<string, unknown>;
    expect(kept).toMatchObject({ type: 'CHANGE', changeSubject: 'SCOPE' });
    expect(kept.items).toBeUndefined();

    await wrapper.get('[data-testid="scope-item-CIGARETTE"]').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const changed = wrapper.emitted('save')?.[1]?.[0] as Record<string, unknown>;
    expect(changed.items).toEqual(['CIGARETTE']);
    expect(changed.premisesKind).toBeUndefined();
    wrapper.unmount();
  });

  it('shows the items of a saved draft again', async () => {
    const initial = { id: 'a1', number: 'SQ1', type: 'NEW', state: 'DRAFT', version: 1, createdAt: '', updatedAt: '', items: ['E_CIGARETTE'], premisesKind: 'MARKET_STALL' };
    const { wrapper } = await mountWithApp(ApplicationForm, { props: { type: 'NEW', initial, saving: false, submitLabel: 'save' } as never });
    expect(wrapper.get('[data-testid="scope-item-CIGARETTE"]').attributes('aria-checked')).toBe('false');
    expect(wrapper.get('[data-testid="scope-item-E_CIGARETTE"]').attributes('aria-checked')).toBe('true');
    expect((wrapper.get('[data-testid="premises-kind"]').element as HTMLSelectElement).value).toBe('MARKET_STALL');
    wrapper.unmount();
  });
});
