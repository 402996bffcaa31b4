import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { loadSession } from '@/auth/session';
import DeadlineSettingsPage from './DeadlineSettingsPage.vue';

const history = [
  { id: 3, kind: 'REPORT', acknowledgeHours: 12, answerWorkingDays: 10, validFrom: '2026-04-01T00:00:00Z', createdBy: 'admin' },
  { id: 2, kind: 'CONSULTATION', acknowledgeHours: 24, answerWorkingDays: 2, validFrom: '2026-01-01T00:00:00Z', createdBy: 'system' },
  { id: 1, kind: 'REPORT', acknowledgeHours: 24, answerWorkingDays: 15, validFrom: '2026-01-01T00:00:00Z', createdBy: 'system' },
];

function api(roles: string[]) {
  return vi.fn(async (request: Request | string) => {
    if (typeof request === 'string') return jsonResponse({ signedIn: true, user: { sub: 'x', name: 'x', roles, permissions: [] } });
    if (request.method === 'POST') {
      return jsonResponse({ id: 4, validFrom: '2026-05-20T00:00:00Z', createdBy: 'admin', ...(await request.clone().json()) }, 201);
    }
    if (new URL(request.url).pathname === '/api/complaints/categories') return jsonResponse([]);
    return jsonResponse(history);
  });
}

describe('DeadlineSettingsPage', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('shows the history with the setting in force per kind marked, and puts a new one in force', async () => {
    const fetch = api(['ADMIN']);
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(DeadlineSettingsPage);
    const rows = () => wrapper.findAll('[data-testid="deadline-row"]').map((r) => r.text());
    expect(rows()[0]).toContain('现行');
    expect(rows()[1]).toContain('现行');
    expect(rows()[2]).toContain('已被替代');

    await wrapper.get('[data-testid="deadline-answer"]').setValue('200');
    await wrapper.get('[data-testid="deadline-form"]').trigger('submit');
    expect(wrapper.text()).toContain('须为 1–120 之间的整数');
    await wrapper.get('[data-testid="deadline-kind"]').setValue('COMPLAINT');
    await wrapper.get('[data-testid="deadline-answer"]').setValue('10');
    await wrapper.get('[data-testid="deadline-form"]').trigger('submit');
    await flushPromises();
    const post = fetch.mock.calls.find(([r]) => r instanceof Request && r.method === 'POST')![0] as Request;
    expect(new URL(post.url).pathname).toBe('/api/complaints/deadline-settings');
    expect(await post.json()).toEqual({ kind: 'COMPLAINT', acknowledgeHours: 24, answerWorkingDays: 10 });
    expect(rows()[0]).toContain('投诉');
    expect(rows()).toHaveLength(4);
    wrapper.unmount();
  });

  it('lets a supervisor read the history without the form', async () => {
    vi.stubGlobal('fetch', api(['SUPERVISOR']));
    await loadSession(true);
    const { wrapper } = await mountWithApp(DeadlineSettingsPage);
    expect(wrapper.findAll('[data-testid="deadline-row"]')).toHaveLength(3);
    expect(wrapper.find('[data-testid="deadline-form"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
