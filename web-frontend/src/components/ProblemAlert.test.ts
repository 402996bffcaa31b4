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
    expect(alert.text()).toContain('not a mainland mobile number');
    expect(alert.text()).toContain('Reference: corr-42');
    wrapper.unmount();
  });

  it('renders nothing without an error', async () => {
    const { wrapper } = await mountWithApp(ProblemAlert, { props: { error: null } });
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
