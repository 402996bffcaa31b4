import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mountWithApp } from '@/test/mount';
import LicenseInspections from './LicenseInspections.vue';

const history = {
  items: [
    {
      visitId: '5e000000-1111-4222-8333-944455550002', visitedOn: '2026-12-06', kind: 'ROUTINE', result: 'VIOLATION',
      failedItems: [{ code: 'NO_SALES_TO_MINORS', label: '未向未成年人售烟' }], summary: '请核验购买者年龄',
      rectificationDueOn: '2026-12-28', rectificationState: 'OPEN', penalty: 'PENDING',
    },
    { visitId: '5e000000-1111-4222-8333-944455550001', visitedOn: '2026-06-01', kind: 'RANDOM', result: 'PASSED', failedItems: [] },
  ],
  total: 2, limit: 20,
  openRectifications: [{
    id: 'r1000000-1111-4222-8333-944455550001', visitId: '5e000000-1111-4222-8333-944455550002', licenseNumber: '330106202600001',
    jurisdiction: '330106', failedItems: [{ code: 'NO_SALES_TO_MINORS', label: '未向未成年人售烟' }], openedOn: '2026-12-06',
    dueOn: '2026-12-28', workingDays: 15, state: 'OPEN',
  }],
};

describe('LicenseInspections (the holder’s view)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the open rectification deadline first, then each recorded visit by its labels', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      urls.push(new URL(request.url).pathname);
      return jsonResponse(history);
    }));
    const { wrapper } = await mountWithApp(LicenseInspections, { props: { licenseNo: '330106202600001' } });
    expect(urls).toEqual(['/api/licensing/licenses/330106202600001/inspections']);
    const open = wrapper.get('[data-testid="license-rectification"]').text();
    expect(open).toContain('请于 2026');
    expect(open).toContain('未向未成年人售烟');
    expect(open).toContain('整改中');
    const visits = wrapper.findAll('[data-testid="license-inspection"]').map((v) => v.text());
    expect(visits[0]).toContain('日常巡查');
    expect(visits[0]).toContain('违规');
    expect(visits[0]).toContain('不符合：未向未成年人售烟');
    expect(visits[0]).toContain('处罚：待确认');
    expect(visits[1]).toContain('合格');
    expect(wrapper.text()).not.toMatch(/NO_SALES_TO_MINORS|ROUTINE|VIOLATION/);
    wrapper.unmount();
  });
});
