import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp, problemResponse } from '@/test/mount';
import { keptDraft } from '@/features/localDrafts';
import ApplicationEditPage from './ApplicationEditPage.vue';

const server = {
  id: 'app-9',
  number: 'SQ20261206000009',
  type: 'NEW',
  state: 'DRAFT',
  version: 4,
  createdAt: '2026-12-06T02:00:00Z',
  updatedAt: '2026-12-06T02:00:00Z',
  businessName: '文三路便利店',
  mobile: '13812345678',
  premises: { divisionCode: '330106', address: '文三路 100 号' },
};

function setOnline(value: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

type Handler = (request: Request, body: Record<string, unknown> | undefined) => Response | Promise<Response>;

function backend(onPut: Handler, current: () => Record<string, unknown> = () => server) {
  return vi.fn(async (request: Request) => {
    const body = request.method === 'PUT' ? ((await request.json()) as Record<string, unknown>) : undefined;
    if (request.method === 'PUT') return onPut(request, body);
    return jsonResponse(current());
  });
}

describe('ApplicationEditPage offline', () => {
  beforeEach(() => {
    localStorage.clear();
    setOnline(true);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setOnline(true);
  });

  it('keeps changes made offline on the phone and sends them over their version once back online', async () => {
    const puts: Record<string, unknown>[] = [];
    vi.stubGlobal(
      'fetch',
      backend((_request, body) => {
        puts.push(body!);
        return jsonResponse({ ...server, ...body, version: 5, updatedAt: '2026-12-06T03:00:00Z' });
      }),
    );
    const { wrapper } = await mountWithApp(ApplicationEditPage, { props: { id: 'app-9' }, path: '/portal' });
    await flushPromises();

    setOnline(false);
    await flushPromises();
    const form = wrapper.findComponent({ name: 'ApplicationForm' });
    form.vm.$emit('autosave', { type: 'NEW', businessName: '文三路便利店（新）', mobile: '13812345678' });
    await flushPromises();

    expect(puts).toHaveLength(0);
    expect(keptDraft('app-9').load()).toMatchObject({ baseVersion: 4, draft: { businessName: '文三路便利店（新）' } });
    expect(wrapper.get('[data-testid="autosave-status"]').text()).toContain('已保存在本机');

    setOnline(true);
    await flushPromises();
    expect(puts).toEqual([{ type: 'NEW', businessName: '文三路便利店（新）', mobile: '13812345678', version: 4 }]);
    expect(keptDraft('app-9').load()).toBeUndefined();
    expect(wrapper.get('[data-testid="autosave-status"]').text()).toContain('草稿已自动保存');
    wrapper.unmount();
  });

  it('reopens a draft with the changes kept on the phone and sends them', async () => {
    keptDraft('app-9').save({ type: 'NEW', businessName: '离线时改的名字', mobile: '13812345678' }, 4);
    const puts: Record<string, unknown>[] = [];
    vi.stubGlobal(
      'fetch',
      backend((_request, body) => {
        puts.push(body!);
        return jsonResponse({ ...server, ...body, version: 5 });
      }),
    );
    const { wrapper } = await mountWithApp(ApplicationEditPage, { props: { id: 'app-9' }, path: '/portal' });
    await flushPromises();
    expect((wrapper.get('[data-testid="field-businessName"] input').element as HTMLInputElement).value).toBe('离线时改的名字');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({ businessName: '离线时改的名字', version: 4 });
    wrapper.unmount();
  });

  it('shows both versions when the server copy changed meanwhile, and keeps the one chosen', async () => {
    const changedElsewhere = { ...server, version: 6, businessName: '别处改的名字' };
    keptDraft('app-9').save({ type: 'NEW', businessName: '离线时改的名字', mobile: '13812345678' }, 4);
    const puts: Record<string, unknown>[] = [];
    vi.stubGlobal(
      'fetch',
      backend(
        (_request, body) => {
          puts.push(body!);
          return body!.version === 6
            ? jsonResponse({ ...changedElsewhere, ...body, version: 7 })
            : problemResponse(409, '数据已被他人修改', { type: '/problems/version-conflict' });
        },
        () => changedElsewhere,
      ),
    );
    const { wrapper } = await mountWithApp(ApplicationEditPage, { props: { id: 'app-9' }, path: '/portal' });
    await flushPromises();

    const rows = wrapper.findAll('[data-testid="conflict-row"]');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text()).toContain('离线时改的名字');
    expect(rows[0]!.text()).toContain('别处改的名字');
    expect(rows[0]!.text()).not.toContain('businessName');
    // nothing was sent over the other version, and the phone's copy is still there
    expect(puts).toHaveLength(0);
    expect(keptDraft('app-9').load()).toBeDefined();

    await wrapper.get('[data-testid="keep-mine"]').trigger('click');
    await flushPromises();
    expect(puts).toEqual([{ type: 'NEW', businessName: '离线时改的名字', mobile: '13812345678', version: 6 }]);
    expect(wrapper.find('[data-testid="draft-conflict"]').exists()).toBe(false);
    expect(keptDraft('app-9').load()).toBeUndefined();
    wrapper.unmount();
  });

  it('drops the phone copy only when the retailer keeps the server version', async () => {
    const changedElsewhere = { ...server, version: 6, businessName: '别处改的名字' };
    keptDraft('app-9').save({ type: 'NEW', businessName: '离线时改的名字', mobile: '13812345678' }, 4);
    const fetch = backend(() => problemResponse(500, 'unexpected'), () => changedElsewhere);
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(ApplicationEditPage, { props: { id: 'app-9' }, path: '/portal' });
    await flushPromises();

    await wrapper.get('[data-testid="keep-theirs"]').trigger('click');
    await flushPromises();
    expect(keptDraft('app-9').load()).toBeUndefined();
    expect((wrapper.get('[data-testid="field-businessName"] input').element as HTMLInputElement).value).toBe('别处改的名字');
    expect(fetch.mock.calls.some(([request]) => request.method === 'PUT')).toBe(false);
    wrapper.unmount();
  });
});
