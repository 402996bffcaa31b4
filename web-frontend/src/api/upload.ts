import { apiHeaders, notifyUnauthorized } from './http';
import { withoutNulls } from './nulls';
import { apiErrorFrom, networkError } from './problem';

export interface UploadRequest {
  url: string;
  /** A multipart form, or the raw bytes of one part of a resumable upload. */
  body: FormData | Blob;
  method?: 'POST' | 'PUT';
  headers?: Record<string, string>;
  /** Fraction of the request body sent so far, 0..1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends a multipart body (or a part's bytes) with XMLHttpRequest, whose upload events give a real progress bar
 * (fetch cannot report upload progress). Same headers and error handling as the typed
 * clients: the answer is the parsed JSON, or an ApiError carrying the problem.
 */
export function upload<T>(request: UploadRequest): Promise<T> {
  const method = request.method ?? 'POST';
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, request.url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries({ ...apiHeaders(method), ...request.headers })) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) request.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        request.onProgress?.(1);
        resolve(withoutNulls(body) as T);
        return;
      }
      if (xhr.status === 401) notifyUnauthorized();
      reject(apiErrorFrom(xhr.status, body, xhr.getResponseHeader('X-Correlation-Id')));
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(request.body);
  });
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Substitutes `{name}` path parameters of a path taken from the generated `paths`. */
export function fillPath<P extends string>(template: P, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
