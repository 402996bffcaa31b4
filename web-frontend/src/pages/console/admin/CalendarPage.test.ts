import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import CalendarPage from './CalendarPage.vue';

const year = new Date().getFullYear();
const days = [
  { date: `${year}-10-01`, kind: 'HOLIDAY', note: '国庆节' },
  { date: `${year}-01-01`, kind: 'HOLIDAY', note: '元旦' },
  { date: `${year}-09-28`, kind: 'MAKEUP_WORKDAY', note: '国庆调休' },
];

describe('CalendarPage', () => {
  it("shows the year's days off and make-up days in date order, marks a day and makes one ordinary", async () => {
    let listed = days;
    const fetch = vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'PUT') {
        listed = [...listed, { date: `${year}-06-19`, kind: 'HOLIDAY', note: '端午节' }];
        return jsonResponse({ date: `${year}-06-19`, kind: 'HOLIDAY', note: '端午节' });
      }
      if (request.method === 'DELETE') {
        listed = listed.filter((d) => !path.endsWith(d.date));
        return new Response(null, { status: 204 });
      }
      return jsonResponse({ year, published: true, days: listed });
    });
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CalendarPage);
    expect(new URL(fetch.mock.calls[0]![0].url).pathname).toBe(`/api/licensing/public/calendar/${year}`);
    const rows = () => wrapper.findAll('[data-testid="calendar-day"]').map((r) => r.text());
    expect(rows()).toEqual([
      expect.stringContaining('元旦'), expect.stringContaining('国庆调休'), expect.stringContaining('国庆节'),
    ]);
    expect(rows()[1]).toContain('调休上班');
    expect(wrapper.text()).toContain('本年休息日 2 天，调休上班 1 天');

    await wrapper.get('[data-testid="calendar-form"]').trigger('submit');
    expect(wrapper.text()).toContain('请选择日期');
    await wrapper.get('[data-testid="calendar-date"]').setValue(`${year}-06-19`);
    await wrapper.get('[data-testid="calendar-note"]').setValue('端午节');
    await wrapper.get('[data-testid="calendar-form"]').trigger('submit');
    await flushPromises();
    const put = fetch.mock.calls.find(([r]) => r.method === 'PUT')![0];
    expect(new URL(put.url).pathname).toBe(`/api/licensing/admin/calendar/${year}-06-19`);
    expect(await put.json()).toEqual({ kind: 'HOLIDAY', note: '端午节' });
    expect(rows()).toHaveLength(4);

    await wrapper.get(`[data-testid="calendar-remove-${year}-09-28"]`).trigger('click');
    await flushPromises();
    expect(fetch.mock.calls.some(([r]) => r.method === 'DELETE' && r.url.endsWith(`/admin/calendar/${year}-09-28`))).toBe(true);
    expect(rows().some((r) => r.includes('国庆调休'))).toBe(false);
    wrapper.unmount();
  });

  it('says when a year has no published holidays (Monday–Friday assumed)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ year: year + 1, published: false, days: [] })));
    const { wrapper } = await mountWithApp(CalendarPage);
    await wrapper.get(`[aria-label="下一年"]`).trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="calendar-year"]').text()).toBe(String(year + 1));
    expect(wrapper.get('[data-testid="calendar-unpublished"]').text()).toContain('按周一至周五计算');
    wrapper.unmount();
  });
});
