import type { components } from './generated/gateway';
import { apiHeaders } from './http';
import { apiErrorFrom, networkError } from './problem';

/** The signed-in user as openapi/gateway.yaml describes `GET /api/me`. */
export type CurrentUser = components['schemas']['CurrentUser'];
export type Role = CurrentUser['roles'][number];
export { currentUserRolesValues as roleValues } from './generated/gateway';

/**
 * `GET /api/session`, answered by the gateway itself from the session's access token:
 * always 200, `null` when nobody is signed in (so a signed-out page logs no failed
 * request). A plain fetch rather than a typed client: the answer is read the same way
 * whether or not there is a session.
 */
export async function fetchMe(): Promise<CurrentUser | null> {
  let response: Response;
  try {
    response = await fetch('/api/session', { credentials: 'include', headers: apiHeaders('GET') });
  } catch (error) {
    throw networkError(error);
  }
  if (response.status === 401) return null;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw apiErrorFrom(response.status, body, response.headers.get('X-Correlation-Id'));
  const state = (body ?? {}) as { signedIn?: boolean; user?: Partial<CurrentUser> | null };
  if (!state.signedIn || !state.user) return null;
  const user = state.user;
  const me: CurrentUser = {
    sub: String(user.sub ?? ''),
    name: user.name ?? String(user.sub ?? ''),
    roles: Array.isArray(user.roles) ? user.roles : [],
    permissions: Array.isArray(user.permissions) ? user.permissions : [],
  };
  if (user.jurisdiction) me.jurisdiction = user.jurisdiction;
  return me;
}
