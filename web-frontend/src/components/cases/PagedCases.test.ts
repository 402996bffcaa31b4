import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mountWithApp } from '@/test/mount';
import type { CasePage, CaseSummary } from '@/api/complaints';
import PagedCases from './PagedCases.vue';

const summary = (n: number, extra: Partial<CaseSummary> = {}): CaseSummary => ({
  id: `3c000000-1111-4222-8333-94445555000${n}`, caseNumber: `12313-2026-00000${n}`, kind: 'REPORT', channel: 'PHONE',
  category: 'COUNTERFEIT', state: 'RECEIVED', urgent: false, divisionCode: '330106', receivedAt: '2026-05-01T02:00:00Z',
  reporterMasked: '', ...extra,
});

describe('PagedCases', () => {
  it('lists case rows linked to the case, flags urgent ones and loads the next page', async () => {
    const fetchPage = vi.fn(async (cursor: string | undefined): Promise<CasePage> =>
      cursor
        ? { items: [summary(2)], total: 2, limit: 20 }
        : { items: [summary(1, { urgent: true, reporterMasked: '张* 138****5678' })], total: 2, limit: 20, nextCursor: 'c2' },
    );
    const { wrapper } = await mountWithApp(PagedCases, { props: { title: '案件', fetchPage } });
    const first = wrapper.get('[data-testid="cases-table"] [data-testid="case-row"]');
    expect(first.get('a').text()).toBe('12313-2026-000001');
    expect(first.get('a').attributes('href')).toBe(`/console/cases/${summary(1).id}`);
    expect(first.classes()).toContain('urgent');
    expect(first.text()).toContain('张* 138****5678');

    await wrapper.get('[data-testid="load-more"]').trigger('click');
    await flushPromises();
    expect(fetchPage).toHaveBeenLastCalledWith('c2');
    const rows = wrapper.findAll('[data-testid="case-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.text()).toContain('匿名');
    expect(wrapper.find('[data-testid="load-more"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('names divisions and stations instead of codes, in a table narrow enough for 1366 px', async () => {
    const fetchPage = async (): Promise<CasePage> => ({
      items: [summary(1), summary(2, { divisionCode: '330106001' }), summary(3, { divisionCode: '330199' })],
      total: 3,
      limit: 20,
    });
    const { wrapper } = await mountWithApp(PagedCases, { props: { title: '案件', fetchPage } });
    expect(wrapper.findAll('[data-testid="cases-table"] th')).toHaveLength(8);
    const rows = wrapper.findAll('[data-testid="case-row"]').map((r) => r.text());
    expect(rows[0]).toContain('杭州市 西湖区');
    expect(rows[0]).toContain('举报');
    expect(rows[0]).toContain('假冒卷烟');
    expect(rows[1]).toContain('杭州市 西湖区 第1站');
    expect(rows[2]).toContain('未知辖区');
    expect(rows.join(' ')).not.toMatch(/3301\d\d/);
    wrapper.unmount();
  });
});
