import { apiHeaders } from './http';
import { apiErrorFrom, networkError } from './problem';

/**
 * `GET /api/me`, answered by the gateway itself from the session's access token. It is not
 * (yet) in openapi/, so this is the one hand-written API type: the identity contract of
 * the root README (sub, name, roles, jurisdiction, permissions).
 */
export interface CurrentUser {
  sub: string;
  name?: string;
  roles: string[];
  jurisdiction?: string | null;
  permissions: string[];
}

/** The signed-in user, or `null` when there is no session (401). */
export async function fetchMe(): Promise<CurrentUser | null> {
  let response: Response;
  try {
    response = await fetch('/api/me', { credentials: 'include', headers: apiHeaders('GET') });
  } catch (error) {
    throw networkError(error);
  }
  if (response.status === 401) return null;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw apiErrorFrom(response.status, body, response.headers.get('X-Correlation-Id'));
  const user = body as Partial<CurrentUser>;
  return {
    sub: String(user.sub ?? ''),
    name: user.name,
    roles: Array.isArray(user.roles) ? user.roles : [],
    jurisdiction: user.jurisdiction ?? null,
    permissions: Array.isArray(user.permissions) ? user.permissions : [],
  };
}
