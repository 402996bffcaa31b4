import type { components } from './generated/gateway';
import { apiHeaders } from './http';
import { apiErrorFrom, networkError } from './problem';

/** The signed-in user as openapi/gateway.yaml describes `GET /api/me`. */
export type CurrentUser = components['schemas']['CurrentUser'];
export type Role = CurrentUser['roles'][number];
export { currentUserRolesValues as roleValues } from './generated/gateway';

/**
 * `GET /api/me`, answered by the gateway itself from the session's access token; `null`
 * when there is no session (401). A plain fetch rather than a typed client: a 401 here is
 * the ordinary "not signed in" answer, not the expired session the clients' middleware
 * reports.
 */
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
  const user = (body ?? {}) as Partial<CurrentUser>;
  const me: CurrentUser = {
    sub: String(user.sub ?? ''),
    name: user.name ?? String(user.sub ?? ''),
    roles: Array.isArray(user.roles) ? user.roles : [],
    permissions: Array.isArray(user.permissions) ? user.permissions : [],
  };
  if (user.jurisdiction) me.jurisdiction = user.jurisdiction;
  return me;
}
