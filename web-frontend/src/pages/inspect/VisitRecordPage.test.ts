import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '@/test/fakeXhr';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import { loadSession } from '@/auth/session';
import VisitRecordPage from './VisitRecordPage.vue';

// the drawing library is replaced: the test says when the operator has drawn something
const pad = vi.hoisted(() => ({ empty: true, listeners: [] as (() => void)[] }));
vi.mock('signature_pad', () => ({
  default: class {
    isEmpty() {
      return pad.empty;
    }
    clear() {
      pad.empty = true;
    }
    off() {}
    addEventListener(_name: string, listener: () => void) {
      pad.listeners.push(listener);
    }
  },
}));

const inspector = { sub: 'inspector.xihu', name: '西湖区检查员', roles: ['INSPECTOR'], permissions: [], jurisdiction: '330106' };
const VISIT_ID = '5e000000-1111-4222-8333-944455550001';
const planned = {
  visit: {
    id: VISIT_ID, month: '2026-12', jurisdiction: '330106', kind: 'RANDOM', reasons: ['RANDOM'], dueOn: '2026-12-31',
    state: 'PLANNED', licenseNumber: '330106202600001', businessName: '西湖烟酒店', inspector: 'inspector.xihu',
  },
  checklist: [{ code: 'LICENSE_DISPLAYED', label: '许可证悬挂在醒目位置' }, { code: 'NO_SALES_TO_MINORS', label: '未向未成年人售烟' }],
  photos: [],
};
const photo = (id: string, kind: string) => ({
  id, visitId: VISIT_ID, kind, contentType: 'image/png', size: 2048, sha256: 'ab', uploadedAt: '2026-12-06T08:00:00Z', uploadedBy: 'inspector.xihu',
});

function api() {
  const posts: Request[] = [];
  const fetch = vi.fn(async (request: Request | string) => {
    if (typeof request === 'string') return jsonResponse({ signedIn: true, user: inspector });
    if (request.method === 'POST') {
      posts.push(request.clone());
      const findings = await request.json();
      return jsonResponse({
        ...planned,
        visit: { ...planned.visit, state: 'DONE', result: findings.result, recordedAt: '2026-12-06T08:05:00Z' },
        findings: { ...findings, photos: [], recordedAt: '2026-12-06T08:05:00Z', recordedBy: 'inspector.xihu' },
      });
    }
    return jsonResponse(planned);
  });
  return { fetch, posts };
}

function grantLocation() {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: PositionCallback) =>
        ok({ coords: { latitude: 30.2772131, longitude: 120.1425449, accuracy: 12.4 } } as GeolocationPosition),
    },
  });
}

describe('VisitRecordPage', () => {
  beforeEach(() => {
    pad.empty = true;
    pad.listeners = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    grantLocation();
    HTMLCanvasElement.prototype.getContext = (() => ({ scale() {} })) as unknown as HTMLCanvasElement['getContext'];
    HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
      callback(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }));
    };
  });
  afterEach(async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));
    await loadSession(true);
  });

  it('says what is missing before anything is sent', async () => {
    const { fetch, posts } = api();
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(VisitRecordPage, { props: { id: VISIT_ID }, path: `/inspect/visits/${VISIT_ID}` });
    expect(wrapper.findAll('[data-testid="checklist"] legend').map((l) => l.text())).toEqual([
      '1. 许可证悬挂在醒目位置', '2. 未向未成年人售烟',
    ]);
    await wrapper.get('[data-testid="record-form"]').trigger('submit');
    expect(wrapper.findAll('[data-testid="record-problems"] li').map((li) => li.text())).toEqual([
      '请逐项填写检查事项', '请获取检查位置', '请经营者签名，或勾选“经营者拒绝签名”',
    ]);
    expect(posts).toHaveLength(0);
    wrapper.unmount();
  });

  it('records a violation with a photo, the location and the drawn signature, and the scanned code', async () => {
    const { fetch, posts } = api();
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper, router } = await mountWithApp(VisitRecordPage, {
      props: { id: VISIT_ID },
      path: `/inspect/visits/${VISIT_ID}?code=http%3A%2F%2Flocalhost%3A8080%2Fverify%2F330106202600001`,
    });
    expect(router.currentRoute.value.query.code).toBe('http://localhost:8080/verify/330106202600001');
    // the scanned code was looked up again for its verdict
    expect(fetch.mock.calls.some(([r]) => r instanceof Request && new URL(r.url).pathname === '/api/licensing/supervision/scan')).toBe(true);

    await wrapper.get('[data-testid="check-LICENSE_DISPLAYED-PASS"]').setValue(true);
    await wrapper.get('[data-testid="check-NO_SALES_TO_MINORS-FAIL"]').setValue(true);
    await wrapper.get('[data-testid="check-NO_SALES_TO_MINORS-note"]').setValue('店员未核验购买者年龄');
    expect((wrapper.get('[data-testid="record-result-VIOLATION"]').element as HTMLInputElement).checked).toBe(true);

    const input = wrapper.get('[data-testid="visit-photo-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File([new Uint8Array([0xff, 0xd8, 0xff])], 'shop.jpg', { type: 'image/jpeg' })] });
    await input.trigger('change');
    const photoXhr = FakeXhr.last!;
    expect(photoXhr.url).toBe(`/api/licensing/supervision/visits/${VISIT_ID}/photos`);
    expect((photoXhr.body as FormData).get('kind')).toBe('PHOTO');
    expect(photoXhr.headers['Idempotency-Key']).toBeTruthy();
    photoXhr.respond(201, photo('a1000000-1111-4222-8333-944455550001', 'PHOTO'));
    await flushPromises();
    expect(wrapper.findAll('[data-testid="visit-photo"]')).toHaveLength(1);

    await wrapper.get('[data-testid="record-locate"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="record-location"]').text()).toContain('30.27721');

    pad.empty = false;
    pad.listeners.forEach((listener) => listener());
    await flushPromises();
    expect(wrapper.get('[data-testid="signature-state"]').text()).toBe('已签名');
    await wrapper.get('[data-testid="record-summary"]').setValue('请于期限内整改：核验购买者年龄。');

    await wrapper.get('[data-testid="record-form"]').trigger('submit');
    await vi.waitFor(() => expect((FakeXhr.last!.body as FormData).get('kind')).toBe('SIGNATURE'), { timeout: 5_000 });
    FakeXhr.last!.respond(201, photo('a1000000-1111-4222-8333-944455550002', 'SIGNATURE'));
    await vi.waitFor(() => expect(posts).toHaveLength(1), { timeout: 5_000 });
    const post = posts[0]!;
    expect(new URL(post.url).pathname).toBe(`/api/licensing/supervision/visits/${VISIT_ID}/record`);
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({
      result: 'VIOLATION',
      location: { latitude: 30.277213, longitude: 120.142545, accuracy: 12 },
      checklist: [
        { item: 'LICENSE_DISPLAYED', answer: 'PASS' },
        { item: 'NO_SALES_TO_MINORS', answer: 'FAIL', note: '店员未核验购买者年龄' },
      ],
      photoIds: ['a1000000-1111-4222-8333-944455550001'],
      signaturePhotoId: 'a1000000-1111-4222-8333-944455550002',
      scannedCode: 'http://localhost:8080/verify/330106202600001',
      summary: '请于期限内整改：核验购买者年龄。',
    });
    await flushPromises();
    expect(wrapper.get('[data-testid="visit-recorded"]').text()).toContain('检查结果已记录');
    expect(wrapper.get('[data-testid="visit-result"]').text()).toBe('违规');
    wrapper.unmount();
  });

  it('records a refusal to sign with its reason instead of a signature', async () => {
    const { fetch, posts } = api();
    vi.stubGlobal('fetch', fetch);
    await loadSession(true);
    const { wrapper } = await mountWithApp(VisitRecordPage, { props: { id: VISIT_ID }, path: `/inspect/visits/${VISIT_ID}` });
    await wrapper.get('[data-testid="check-LICENSE_DISPLAYED-PASS"]').setValue(true);
    await wrapper.get('[data-testid="check-NO_SALES_TO_MINORS-NA"]').setValue(true);
    await wrapper.get('[data-testid="record-locate"]').trigger('click');
    await wrapper.get('[data-testid="record-refused"]').setValue(true);
    await wrapper.get('[data-testid="record-refusal-reason"]').setValue('经营者不在店，店员不愿签字');
    await wrapper.get('[data-testid="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(posts).toHaveLength(1), { timeout: 5_000 });
    const body = await posts[0]!.json();
    expect(body.result).toBe('PASSED');
    expect(body.signatureRefusal).toBe('经营者不在店，店员不愿签字');
    expect(body.signaturePhotoId).toBeUndefined();
    expect(body.photoIds).toEqual([]);
    wrapper.unmount();
  });
});
