import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount';
import { ApiError } from '@/api/problem';
import ProblemAlert from './ProblemAlert.vue';

describe('ProblemAlert', () => {
  it('shows the title, detail, field messages and reference of a problem as an alert', async () => {
    const error = new ApiError({
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'One field is invalid',
      correlationId: 'corr-42',
      errors: [{ field: 'mobile', message: 'not a mainland mobile number' }],
    });
    const { wrapper } = await mountWithApp(ProblemAlert, { props: { error }, locale: 'en' });
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Invalid request');
    expect(alert.text()).toContain('One field is invalid');
    expect(alert.text()).toContain('Mobile number: not a mainland mobile number');
    expect(alert.text()).toContain('Reference: corr-42');
    wrapper.unmount();
  });

  it('names missing documents and nested fields as the user knows them', async () => {
    const error = new ApiError({
      type: '/problems/business-rule',
      title: '申请材料不齐全',
      status: 422,
      errors: [
        { field: 'document:ID_CARD', message: '必须提供' },
        { field: 'premises.divisionCode', message: '必须提供' },
      ],
    });
    const { wrapper } = await mountWithApp(ProblemAlert, { props: { error } });
    expect(wrapper.text()).toContain('身份证：必须提供');
    expect(wrapper.text()).toContain('所在区县：必须提供');
    wrapper.unmount();
  });

  it('renders nothing without an error', async () => {
    const { wrapper } = await mountWithApp(ProblemAlert, { props: { error: null } });
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('never shows an exception, a host and port or a field key, and says one place once', async () => {
    const error = new ApiError({
      type: '/problems/unavailable',
      title: 'java.net.ConnectException: Connection refused',
      status: 503,
      detail: 'registry at stand-ins:9300 did not answer',
      errors: [
        { field: 'premises.latitude', message: '必须提供' },
        { field: 'premises.longitude', message: '必须提供' },
        { field: 'internal.someKey', message: 'io.netty.channel.AbstractChannel$AnnotatedConnectException' },
        { field: 'document:NO_SUCH_TYPE', message: '必须提供' },
      ],
    });
    const { wrapper } = await mountWithApp(ProblemAlert, { props: { error } });
    const text = wrapper.get('[role="alert"]').text();
    expect(text).toContain('请求失败（503）');
    expect(text).not.toMatch(/Exception|9300|stand-ins|premises\.|internal\.|someKey|document:|NO_SUCH_TYPE/);
    expect(text.match(/店铺在地图上的位置：必须提供/g)).toHaveLength(1);
    expect(text).toContain('有一项信息：填写有误');
    expect(text).toContain('一份材料：必须提供');
    wrapper.unmount();
  });
});
