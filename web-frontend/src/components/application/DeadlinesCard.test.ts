import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount';
import DeadlinesCard from './DeadlinesCard.vue';

describe('DeadlinesCard', () => {
  it('tags a 法定办结期限 counted over a year whose holidays are not yet published as provisional', async () => {
    const { wrapper } = await mountWithApp(DeadlinesCard, {
      props: { deadlines: { submittedOn: '2026-12-10', decisionDue: '2027-01-08', risk: 'LATER', provisional: true } },
    });
    const tag = wrapper.get('[data-testid="deadline-provisional"]');
    expect(tag.text()).toBe('暂定');
    expect(wrapper.text()).toContain('法定办结期限');
    expect(wrapper.text()).toContain('公布后可能调整');
    wrapper.unmount();
  });

  it('shows no provisional tag for a published year', async () => {
    const { wrapper } = await mountWithApp(DeadlinesCard, {
      props: { deadlines: { submittedOn: '2026-09-30', decisionDue: '2026-11-03', risk: 'LATER', provisional: false } },
    });
    expect(wrapper.find('[data-testid="deadline-provisional"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('公布后可能调整');
    wrapper.unmount();
  });
});
