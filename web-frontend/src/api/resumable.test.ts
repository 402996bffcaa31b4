import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '@/test/fakeXhr';
import { jsonResponse, problemResponse } from '@/test/mount';
import { ApiError } from './problem';
import { pendingUploads, resumeUpload, uploadInParts, type PendingUpload, type UploadSession } from './resumable';
import { memoryFileStore } from './uploadFiles';

const APP = '5f0c6a3e-0000-4000-8000-000000000001';
const BASE = `/api/licensing/applications/${APP}/uploads`;

/** A session of a 10-byte file in parts of 4 bytes (the server decides the part size). */
function session(id: string, parts: number[]): UploadSession {
  return {
    id,
    applicationId: APP,
    documentType: 'BUSINESS_LICENSE',
    fileName: 'plan.pdf',
    size: 10,
    partSize: 4,
    partCount: 3,
    parts: parts.map((number) => ({ number, size: number === 3 ? 2 : 4 })),
    state: 'OPEN',
    createdAt: '2026-05-20T10:00:00Z',
    expiresAt: '2026-05-21T10:00:00Z',
  };
}

const stored = {
  id: 'd1',
  documentType: 'BUSINESS_LICENSE',
  fileName: 'plan.pdf',
  contentType: 'application/pdf',
  size: 10,
  sha256: 'ab',
  uploadedAt: '2026-05-20T10:00:00Z',
  current: true,
};

/** Every XMLHttpRequest made, in order (FakeXhr.last keeps only the newest). */
let sent: FakeXhr[] = [];

/** Lets pending promises and timers run until `done` holds. */
async function until(done: () => boolean) {
  for (let i = 0; i < 200 && !done(); i++) await vi.advanceTimersByTimeAsync(10);
  expect(done()).toBe(true);
}

async function bodyText(xhr: FakeXhr) {
  return (xhr.body as Blob).text();
}

describe('uploads in parts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    sent = [];
    vi.stubGlobal(
      'XMLHttpRequest',
      class extends FakeXhr {
        constructor() {
          super();
          sent.push(this);
        }
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
  });

  it('resume after a reload from the parts the server has, with the file kept on the phone', async () => {
    const pending: PendingUpload = {
      uploadId: 'u1',
      applicationId: APP,
      documentType: 'BUSINESS_LICENSE',
      fileName: 'plan.pdf',
      size: 10,
      lastModified: 1,
    };
    localStorage.setItem('tobacco.pendingUploads', JSON.stringify([pending]));
    const files = memoryFileStore();
    await files.put('u1', new Blob(['0123456789']));
    const fetch = vi.fn(async (request: Request) =>
      request.method === 'GET' ? jsonResponse(session('u1', [1])) : jsonResponse(stored, 201),
    );
    vi.stubGlobal('fetch', fetch);

    // what a page finds after the reload
    expect(pendingUploads(APP)).toEqual([pending]);
    const progress: number[] = [];
    const done = resumeUpload(pending, { files, onProgress: (f) => progress.push(f) });

    await until(() => sent.length === 1);
    expect(sent[0]!.method).toBe('PUT');
    expect(sent[0]!.url).toBe(`${BASE}/u1/parts/2`);
    expect(sent[0]!.headers['Content-Type']).toBe('application/octet-stream');
    expect(await bodyText(sent[0]!)).toBe('4567');
    sent[0]!.progress(2, 4);
    sent[0]!.respond(204, undefined);
    await until(() => sent.length === 2);
    expect(sent[1]!.url).toBe(`${BASE}/u1/parts/3`);
    expect(await bodyText(sent[1]!)).toBe('89');
    sent[1]!.respond(204, undefined);

    await expect(done).resolves.toMatchObject({ id: 'd1' });
    // part 1 was never sent again; the bar started where the server was
    expect(sent.map((x) => x.url)).not.toContain(`${BASE}/u1/parts/1`);
    expect(progress[0]).toBeCloseTo(0.4);
    expect(progress).toContain(0.6);
    expect(progress.at(-1)).toBe(1);
    const completion = fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'POST');
    expect(new URL(completion!.url).pathname).toBe(`${BASE}/u1/completion`);
    // finished: the phone forgets the session and the file
    expect(pendingUploads(APP)).toEqual([]);
    expect(files.files.size).toBe(0);
  });

  it('wait while the network is gone and send the lost part again, not the ones acknowledged', async () => {
    const files = memoryFileStore();
    const fetch = vi.fn(async (request: Request) =>
      request.url.endsWith('/completion') ? jsonResponse(stored, 201) : jsonResponse(session('u2', []), 201),
    );
    vi.stubGlobal('fetch', fetch);
    const waiting: boolean[] = [];
    const file = new File(['0123456789'], 'plan.pdf', { type: 'application/pdf', lastModified: 7 });
    const done = uploadInParts(APP, 'BUSINESS_LICENSE', file, {
      files,
      idempotencyKey: 'key-1',
      onWaiting: (w) => waiting.push(w),
    });

    await until(() => sent.length === 1);
    const start = fetch.mock.calls[0]![0];
    expect(start.headers.get('Idempotency-Key')).toBe('key-1');
    expect(await start.json()).toEqual({ documentType: 'BUSINESS_LICENSE', fileName: 'plan.pdf', size: 10, contentType: 'application/pdf' });
    // remembered at once: a reload from here on resumes
    expect(pendingUploads(APP)).toMatchObject([{ uploadId: 'u2', fileName: 'plan.pdf', size: 10, lastModified: 7 }]);
    expect(files.files.get('u2')).toBe(file);
    sent[0]!.respond(204, undefined);

    // part 2 is lost, and so are its retries: the phone went offline
    await until(() => sent.length === 2);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    for (let attempt = 2; attempt <= 4; attempt++) {
      await until(() => sent.length === attempt);
      expect(sent[attempt - 1]!.url).toBe(`${BASE}/u2/parts/2`);
      sent[attempt - 1]!.onerror?.();
    }
    await until(() => waiting.includes(true));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(4);

    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
    window.dispatchEvent(new Event('online'));
    await until(() => sent.length === 5);
    expect(waiting).toEqual([true, false]);
    expect(sent[4]!.url).toBe(`${BASE}/u2/parts/2`);
    sent[4]!.respond(204, undefined);
    await until(() => sent.length === 6);
    sent[5]!.respond(204, undefined);
    await expect(done).resolves.toMatchObject({ id: 'd1' });
    expect(sent.filter((x) => x.url.endsWith('/parts/1'))).toHaveLength(1);
  });

  it('take up the session this phone began when the same file is chosen again', async () => {
    const pending: PendingUpload = {
      uploadId: 'u3',
      applicationId: APP,
      documentType: 'BUSINESS_LICENSE',
      fileName: 'plan.pdf',
      size: 10,
      lastModified: 9,
    };
    localStorage.setItem('tobacco.pendingUploads', JSON.stringify([pending]));
    const fetch = vi.fn(async (request: Request) =>
      request.method === 'GET' ? jsonResponse(session('u3', [1, 2])) : jsonResponse(stored, 201),
    );
    vi.stubGlobal('fetch', fetch);
    const file = new File(['0123456789'], 'plan.pdf', { lastModified: 9 });
    const done = uploadInParts(APP, 'BUSINESS_LICENSE', file, { files: memoryFileStore() });
    await until(() => sent.length === 1);
    expect(sent[0]!.url).toBe(`${BASE}/u3/parts/3`);
    sent[0]!.respond(204, undefined);
    await expect(done).resolves.toMatchObject({ id: 'd1' });
    // no second session was started
    expect(fetch.mock.calls.filter(([r]) => r.method === 'POST' && r.url.endsWith('/uploads'))).toHaveLength(0);
  });

  it('forget a session the server refused at completion and show its problem', async () => {
    const files = memoryFileStore();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) =>
        request.url.endsWith('/completion')
          ? problemResponse(415, '文件内容与声明的类型不符')
          : jsonResponse({ ...session('u4', []), partCount: 1, partSize: 16 }, 201),
      ),
    );
    const done = uploadInParts(APP, 'BUSINESS_LICENSE', new File(['0123456789'], 'fake.pdf'), { files });
    await until(() => sent.length === 1);
    sent[0]!.respond(204, undefined);
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(415);
    expect(pendingUploads(APP)).toEqual([]);
    expect(files.files.size).toBe(0);
  });
});
