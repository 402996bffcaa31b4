import type { components, paths } from './generated/licensing';
import { call, licensingApi } from './clients';
import { newIdempotencyKey } from './http';
import { t } from '@/i18n';
import { ApiError } from './problem';
import { CREATE_POLICY, type RetryPolicy, withRetry } from './retry';
import { fillPath, isAbort, upload } from './upload';
import { browserFileStore, type FileStore } from './uploadFiles';

type Schemas = components['schemas'];
export type UploadSession = Schemas['UploadSession'];
type DocumentType = Schemas['DocumentType'];
type LicenseDocument = Schemas['Document'];

/** Files larger than one part (the server's part size, 5 MiB) go up in parts. */
export const RESUMABLE_THRESHOLD = 5 * 1024 * 1024;

/** One part: it may take two minutes on a slow uplink; a lost one is sent again twice. */
export const PART_POLICY: RetryPolicy = { timeoutMs: 120_000, retries: 2, minDelayMs: 1_000 };

/** How long to wait for the network before trying a part again when no `online` event comes. */
export const OFFLINE_RECHECK_MS = 5_000;

const STORAGE_KEY = 'tobacco.pendingUploads';

/**
 * What the phone remembers of an upload in progress (in localStorage; the file itself waits
 * in IndexedDB), so that it resumes after a reload from the parts the server has.
 */
export interface PendingUpload {
  uploadId: string;
  applicationId: string;
  documentType: DocumentType;
  replaces?: string;
  fileName: string;
  size: number;
  lastModified: number;
}

export interface ResumableOptions {
  /** Fraction of the file the server has, 0..1 (parts acknowledged plus the part in flight). */
  onProgress?: (fraction: number) => void;
  /** True while the upload waits for the network to come back; false when it goes on. */
  onWaiting?: (waiting: boolean) => void;
  signal?: AbortSignal;
  idempotencyKey?: string;
  replaces?: string;
  files?: FileStore;
}

/** The file of a pending upload is no longer on the phone: the user picks it again. */
export class FileMissingError extends Error {
  constructor() {
    super('The file of this upload is no longer on the device');
    this.name = 'FileMissingError';
  }
}

const BASE = '/api/licensing/applications/{applicationId}/uploads/{uploadId}' satisfies keyof paths;

/**
 * Uploads a file in parts: starts a session (or takes up the one this phone began for the same
 * file), sends the parts the server lacks one by one with retries, waits while there is no
 * network, and completes. The session is remembered until it is complete, so a reload resumes.
 */
export async function uploadInParts(
  applicationId: string,
  documentType: DocumentType,
  file: File,
  options: ResumableOptions = {},
): Promise<LicenseDocument> {
  const files = options.files ?? browserFileStore();
  let session: UploadSession | undefined;
  const earlier = pendingUploads(applicationId).find(
    (p) =>
      p.documentType === documentType &&
      p.replaces === options.replaces &&
      p.fileName === file.name &&
      p.size === file.size &&
      p.lastModified === file.lastModified,
  );
  if (earlier) session = await openSession(earlier, files, options.signal);
  if (!session) {
    session = await startSession(applicationId, documentType, file, options);
    remember({
      uploadId: session.id,
      applicationId,
      documentType,
      ...(options.replaces ? { replaces: options.replaces } : {}),
      fileName: file.name,
      size: file.size,
      lastModified: file.lastModified,
    });
    await files.put(session.id, file).catch(() => undefined);
  }
  return sendAndComplete(session, file, options, files);
}

/**
 * Resumes an upload this phone began (after a reload or a failure), from the parts the server
 * has; `file` is needed only when the phone no longer holds it (FileMissingError).
 */
export async function resumeUpload(
  pending: PendingUpload,
  options: ResumableOptions & { file?: Blob } = {},
): Promise<LicenseDocument> {
  const files = options.files ?? browserFileStore();
  const blob = options.file ?? (await files.get(pending.uploadId).catch(() => undefined));
  if (!blob || blob.size !== pending.size) throw new FileMissingError();
  const session = await openSession(pending, files, options.signal);
  if (!session) throw ended();
  return sendAndComplete(session, blob, options, files);
}

/** The session on the server, if it still takes parts; a finished one is forgotten here. */
export async function openSession(
  pending: PendingUpload,
  files: FileStore = browserFileStore(),
  signal?: AbortSignal,
): Promise<UploadSession | undefined> {
  try {
    const session = await getSession(pending.applicationId, pending.uploadId, signal);
    if (session.state === 'OPEN') return session;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
  }
  await forget(pending.uploadId, files);
  return undefined;
}

/** Gives up an upload: the server discards its parts and the phone forgets it. */
export async function discardUpload(pending: PendingUpload, files: FileStore = browserFileStore()): Promise<void> {
  try {
    await call(
      licensingApi.DELETE(BASE, { params: { path: { applicationId: pending.applicationId, uploadId: pending.uploadId } } }),
    );
  } catch (error) {
    if (!(error instanceof ApiError) || ![404, 409].includes(error.status)) throw error;
  }
  await forget(pending.uploadId, files);
}

/** The uploads this phone began for the application and has not finished. */
export function pendingUploads(applicationId?: string): PendingUpload[] {
  const all = readPending();
  return applicationId ? all.filter((p) => p.applicationId === applicationId) : all;
}

export function getSession(applicationId: string, uploadId: string, signal?: AbortSignal): Promise<UploadSession> {
  return call(licensingApi.GET(BASE, { params: { path: { applicationId, uploadId } }, signal }));
}

function startSession(
  applicationId: string,
  documentType: DocumentType,
  file: File,
  options: ResumableOptions,
): Promise<UploadSession> {
  const key = options.idempotencyKey ?? newIdempotencyKey();
  return withRetry(
    (signal) =>
      call(
        licensingApi.POST('/api/licensing/applications/{applicationId}/uploads', {
          params: { path: { applicationId }, header: { 'Idempotency-Key': key } },
          body: {
            documentType,
            fileName: file.name,
            size: file.size,
            ...(file.type ? { contentType: file.type } : {}),
            ...(options.replaces ? { replaces: options.replaces } : {}),
          },
          signal,
        }),
      ),
    CREATE_POLICY,
    options.signal,
  );
}

async function sendAndComplete(
  session: UploadSession,
  file: Blob,
  options: ResumableOptions,
  files: FileStore,
): Promise<LicenseDocument> {
  const have = new Set(session.parts.map((p) => p.number));
  let done = session.parts.reduce((sum, p) => sum + p.size, 0);
  options.onProgress?.(done / session.size);
  for (let number = 1; number <= session.partCount; number++) {
    if (have.has(number)) continue;
    const from = (number - 1) * session.partSize;
    const part = file.slice(from, Math.min(from + session.partSize, session.size));
    const before = done;
    await sendPart(session, number, part, options, (loaded) => options.onProgress?.((before + loaded) / session.size));
    done += part.size;
    options.onProgress?.(done / session.size);
  }
  const path = { applicationId: session.applicationId, uploadId: session.id };
  try {
    const document = await withRetry(
      (signal) => call(licensingApi.POST(`${BASE}/completion`, { params: { path }, signal })),
      CREATE_POLICY,
      options.signal,
    );
    await forget(session.id, files);
    options.onProgress?.(1);
    return document;
  } catch (error) {
    // refused (type, size) or ended: the session is over, the phone forgets it
    if (error instanceof ApiError && error.status >= 400 && error.status < 500) await forget(session.id, files);
    throw error;
  }
}

/**
 * Sends one part: with a timeout and retries (same part, so a repeat replaces it), and while
 * there is no network it waits for it instead of giving up.
 */
async function sendPart(
  session: UploadSession,
  number: number,
  part: Blob,
  options: ResumableOptions,
  onLoaded: (bytes: number) => void,
): Promise<void> {
  const url = fillPath(`${BASE}/parts/{partNumber}`, {
    applicationId: session.applicationId,
    uploadId: session.id,
    partNumber: String(number),
  });
  for (;;) {
    await whenOnline(options);
    try {
      await withRetry(
        (signal) =>
          upload<void>({
            url,
            method: 'PUT',
            body: part,
            headers: { 'Content-Type': 'application/octet-stream' },
            onProgress: (fraction) => onLoaded(fraction * part.size),
            signal,
          }),
        PART_POLICY,
        options.signal,
      );
      return;
    } catch (error) {
      if (isAbort(error) || !(error instanceof ApiError) || error.status !== 0) throw error;
      // no answer after the retries: the network is gone (wait for it to return) or very
      // poor (try again in a while)
      await waitForNetwork(options, offline() ? undefined : OFFLINE_RECHECK_MS);
    }
  }
}

function offline(): boolean {
  return typeof navigator !== 'undefined' && !navigator.onLine;
}

function whenOnline(options: ResumableOptions): Promise<void> {
  return offline() ? waitForNetwork(options) : Promise.resolve();
}

/** Waits for the browser's `online` event (or `recheckMs`), saying so through onWaiting. */
function waitForNetwork(options: ResumableOptions, recheckMs?: number): Promise<void> {
  options.onWaiting?.(true);
  return new Promise<void>((resolve, reject) => {
    const finish = (error?: unknown) => {
      window.removeEventListener('online', onOnline);
      options.signal?.removeEventListener('abort', onAbort);
      clearTimeout(timer);
      options.onWaiting?.(false);
      if (error) reject(error);
      else resolve();
    };
    const onOnline = () => finish();
    const onAbort = () => finish(new DOMException('The upload was cancelled', 'AbortError'));
    const timer = recheckMs === undefined ? undefined : setTimeout(() => finish(), recheckMs);
    window.addEventListener('online', onOnline);
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function ended(): ApiError {
  return new ApiError({ type: '/problems/conflict', title: t('application.uploadEnded'), status: 409 });
}

function readPending(): PendingUpload[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as PendingUpload[]) : [];
  } catch {
    return [];
  }
}

function remember(pending: PendingUpload): void {
  const others = readPending().filter((p) => p.uploadId !== pending.uploadId);
  localStorage.setItem(STORAGE_KEY, JSON.stringify([...others, pending]));
}

async function forget(uploadId: string, files: FileStore): Promise<void> {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(readPending().filter((p) => p.uploadId !== uploadId)));
  await files.delete(uploadId).catch(() => undefined);
}
