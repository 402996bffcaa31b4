import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import { loadSession } from '@/auth/session';
import SensitivePlacesPage from './SensitivePlacesPage.vue';

const admin = { sub: 'admin', name: '孙丽', roles: ['ADMIN'], permissions: [], jurisdiction: '330000' };
const clerk = { sub: 'clerk.xihu', name: '西湖区许可窗口', roles: ['CLERK'], permissions: [], jurisdiction: '330106' };
const place = (n: number, extra: object = {}) => ({
  id: `9f000000-1111-4222-8333-94445555000${n}`, kind: 'KINDERGARTEN', name: `第${n}幼儿园`, divisionCode: '330106',
  latitude: 30.26, longitude: 120.1, createdBy: 'admin', createdAt: '2026-05-01T02:00:00Z', ...extra,
});

type Handler = (request: Request) => Response | Promise<Response>;

/** The session answer for '/api/session' (a string), then the handler for the typed API calls. */
function api(user: object, handler: Handler) {
  return vi.fn(async (request: Request | string) => (typeof request === 'string' ? jsonResponse({ signedIn: true, user }) : handler(request)));
}

const requests = (fetch: ReturnType<typeof api>) =>
  fetch.mock.calls.map(([r]) => r).filter((r): r is Request => r instanceof Request);

describe('SensitivePlacesPage', () => {
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('refuses coordinates outside China, then adds a kindergarten and lists it', async () => {
    const fetch = api(admin, async (request) =>
      request.method === 'POST'
        ? jsonResponse({ id: '9f000000-1111-4222-8333-944455550001', ...(await request.clone().json()) }, 201)
        : jsonResponse({ items: [], total: 0, limit: 20 }),
    );
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(SensitivePlacesPage);
    await wrapper.get('[data-testid="place-kind"]').setValue('KINDERGARTEN');
    await wrapper.get('[data-testid="place-name"]').setValue('西湖区第一幼儿园');
    await wrapper.get('[data-testid="division-city"]').setValue('330100');
    await wrapper.get('[data-testid="division-district"]').setValue('330106');
    await wrapper.get('[data-testid="place-lat"]').setValue('91');
    await wrapper.get('[data-testid="place-lon"]').setValue('120.1');
    await wrapper.get('[data-testid="place-form"]').trigger('submit');
    expect(wrapper.text()).toContain('请填写中国境内的经纬度');
    expect(requests(fetch).filter((r) => r.method === 'POST')).toEqual([]);

    await wrapper.get('[data-testid="place-lat"]').setValue('30.262');
    await wrapper.get('[data-testid="place-form"]').trigger('submit');
    await flushPromises();
    const post = requests(fetch).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/licensing/admin/sensitive-places');
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({ kind: 'KINDERGARTEN', name: '西湖区第一幼儿园', divisionCode: '330106', latitude: 30.262, longitude: 120.1 });
    expect(wrapper.get('[data-testid="place-row"]').text()).toContain('幼儿园');
    expect(wrapper.get('[data-testid="place-row"]').text()).toContain('西湖区第一幼儿园');
    expect(wrapper.get('[data-testid="places-total"]').text()).toContain('1');
    wrapper.unmount();
  });

  it('filters and pages the list, and removes a place only with a reason and a confirmation', async () => {
    const fetch = api(admin, (request) => {
      const url = new URL(request.url);
      if (request.method === 'DELETE') {
        return jsonResponse(place(1, { removedAt: '2026-06-01T02:00:00Z', removedBy: 'admin', removalReason: '已迁址' }));
      }
      return url.searchParams.get('cursor')
        ? jsonResponse({ items: [place(2)], total: 2, limit: 20 })
        : jsonResponse({ items: [place(1)], total: 2, limit: 20, nextCursor: 'c1' });
    });
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(SensitivePlacesPage);

    await wrapper.get('[data-testid="places-division"]').setValue('33x');
    await wrapper.get('[data-testid="places-filter"]').trigger('submit');
    expect(wrapper.text()).toContain('须为 1–6 位数字');
    await wrapper.get('[data-testid="places-division"]').setValue('3301');
    await wrapper.get('[data-testid="places-kind"]').setValue('KINDERGARTEN');
    await wrapper.get('[data-testid="places-include-removed"]').setValue(true);
    await wrapper.get('[data-testid="places-filter"]').trigger('submit');
    await flushPromises();
    const list = new URL(requests(fetch).filter((r) => r.method === 'GET').at(-1)!.url);
    expect(list.pathname).toBe('/api/licensing/admin/sensitive-places');
    expect(Object.fromEntries(list.searchParams)).toEqual({ limit: '20', divisionCode: '3301', kind: 'KINDERGARTEN', includeRemoved: 'true' });
    await wrapper.get('[data-testid="places-more"]').trigger('click');
    await flushPromises();
    expect(new URL(requests(fetch).at(-1)!.url).searchParams.get('cursor')).toBe('c1');
    expect(wrapper.findAll('[data-testid="place-row"]')).toHaveLength(2);

    await wrapper.get(`[data-testid="place-remove-${place(1).id}"]`).trigger('click');
    await wrapper.get('[data-testid="place-removal-form"]').trigger('submit');
    expect(wrapper.text()).toContain('请勾选确认');
    expect(requests(fetch).some((r) => r.method === 'DELETE')).toBe(false);
    await wrapper.get('[data-testid="place-removal-reason"]').setValue(' 已迁址 ');
    await wrapper.get('[data-testid="place-removal-confirm"]').setValue(true);
    await wrapper.get('[data-testid="place-removal-form"]').trigger('submit');
    await flushPromises();
    const removal = new URL(requests(fetch).find((r) => r.method === 'DELETE')!.url);
    expect(removal.pathname).toBe(`/api/licensing/admin/sensitive-places/${place(1).id}`);
    expect(removal.searchParams.get('reason')).toBe('已迁址');
    expect(wrapper.get('[data-testid="place-removed"]').text()).toContain('已迁址');
    expect(wrapper.find(`[data-testid="place-remove-${place(1).id}"]`).exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows the title of a 409 when the place was removed meanwhile', async () => {
    vi.stubGlobal('fetch', api(admin, (request) =>
      request.method === 'DELETE' ? problemResponse(409, '该学校/幼儿园已移除') : jsonResponse({ items: [place(1)], total: 1, limit: 20 }),
    ));
    await loadSession(true);
    const { wrapper } = await mountWithApp(SensitivePlacesPage);
    await wrapper.get(`[data-testid="place-remove-${place(1).id}"]`).trigger('click');
    await wrapper.get('[data-testid="place-removal-reason"]').setValue('重复登记');
    await wrapper.get('[data-testid="place-removal-confirm"]').setValue(true);
    await wrapper.get('[data-testid="place-removal-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('该学校/幼儿园已移除');
    wrapper.unmount();
  });

  it('lets a clerk read the list of the subtree without adding or removing', async () => {
    vi.stubGlobal('fetch', api(clerk, () => jsonResponse({ items: [place(1)], total: 1, limit: 20 })));
    await loadSession(true);
    const { wrapper } = await mountWithApp(SensitivePlacesPage);
    expect(wrapper.findAll('[data-testid="place-row"]')).toHaveLength(1);
    expect(wrapper.find('[data-testid="place-form"]').exists()).toBe(false);
    expect(wrapper.find(`[data-testid="place-remove-${place(1).id}"]`).exists()).toBe(false);
    expect(wrapper.text()).toContain('本页仅供查看');
    wrapper.unmount();
  });
});
