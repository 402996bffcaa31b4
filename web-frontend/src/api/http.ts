import type { Middleware } from 'openapi-fetch';
import { currentLocale } from '@/i18n';

/** Methods the gateway protects with the double-submit CSRF token. */
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const cookie = part.trim();
    if (cookie.startsWith(prefix)) return decodeURIComponent(cookie.slice(prefix.length));
  }
  return undefined;
}

/**
 * Headers of every API request: the user's language (problem titles follow it) and, on
 * unsafe methods, the CSRF token the gateway put in a JS-readable cookie. The session
 * itself is an HttpOnly cookie the browser sends on its own; no token is ever stored here.
 */
export function apiHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': currentLocale() };
  if (UNSAFE.has(method.toUpperCase())) {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  return headers;
}

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** Called whenever an API answers 401: the session is gone, the user must sign in again. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function notifyUnauthorized(): void {
  unauthorizedListeners.forEach((listener) => listener());
}

/** openapi-fetch middleware applying the above to the generated clients. */
export const apiMiddleware: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(apiHeaders(request.method))) {
      if (!request.headers.has(name)) request.headers.set(name, value);
    }
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) notifyUnauthorized();
    return response;
  },
};

/** A random key for one form submission (Idempotency-Key): retries of it reuse the key. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
