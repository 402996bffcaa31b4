import { describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '@/test/fakeXhr';
import { fileReport } from './complaints';
import { uploadDocument } from './licensing';
import { ApiError } from './problem';
import { fillPath } from './upload';

describe('uploads with progress', () => {
  it('send the document as multipart with the CSRF header and report progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    document.cookie = 'XSRF-TOKEN=t0k; path=/';
    const progress: number[] = [];
    const file = new File(['%PDF-1.4'], 'licence.pdf', { type: 'application/pdf' });
    const done = uploadDocument('5f0c6a3e-0000-4000-8000-000000000001', 'BUSINESS_LICENSE', file, {
      onProgress: (f) => progress.push(f),
    });
    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/licensing/applications/5f0c6a3e-0000-4000-8000-000000000001/documents');
    expect(xhr.withCredentials).toBe(true);
    expect(xhr.headers['X-XSRF-TOKEN']).toBe('t0k');
    const form = xhr.body as FormData;
    expect(form.get('documentType')).toBe('BUSINESS_LICENSE');
    expect((form.get('file') as File).name).toBe('licence.pdf');
    xhr.progress(50, 100);
    xhr.respond(201, { id: 'd1', documentType: 'BUSINESS_LICENSE', contentType: 'application/pdf', size: 8, sha256: 'x', uploadedAt: '2026-05-20T10:00:00Z' });
    await expect(done).resolves.toMatchObject({ id: 'd1' });
    expect(progress).toEqual([0.5, 1]);
  });

  it('reject with the problem when the server refuses the file', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const done = uploadDocument('a', 'ID_CARD', new File(['x'], 'x.exe'));
    FakeXhr.last!.respond(415, { type: '/problems/unsupported-media-type', title: '不支持的文件类型', status: 415 });
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).title).toBe('不支持的文件类型');
  });

  it('file a report as a JSON part plus the photo, with the Idempotency-Key', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const report = {
      kind: 'REPORT' as const,
      category: 'SALES_TO_MINORS',
      address: { divisionCode: '330106', detail: '文三路 100 号' },
      description: '向学生售烟',
    };
    const done = fileReport(report, new File(['png'], 'p.png', { type: 'image/png' }), 'key-12345678');
    const xhr = FakeXhr.last!;
    expect(xhr.url).toBe('/api/complaints/public/reports');
    expect(xhr.headers['Idempotency-Key']).toBe('key-12345678');
    const part = (xhr.body as FormData).get('report') as Blob;
    expect(part.type).toBe('application/json');
    expect(JSON.parse(await part.text())).toEqual(report);
    expect(((xhr.body as FormData).get('photo') as File).name).toBe('p.png');
    xhr.respond(201, { caseNumber: '12313-20260520-000001', trackingCode: 'ABCDEFGHJKLMNPQR', state: 'RECEIVED' });
    await expect(done).resolves.toMatchObject({ trackingCode: 'ABCDEFGHJKLMNPQR' });
  });

  it('fill path parameters, encoded', () => {
    expect(fillPath('/a/{id}/b', { id: 'x y' })).toBe('/a/x%20y/b');
    expect(() => fillPath('/a/{id}', {})).toThrow();
  });
});
