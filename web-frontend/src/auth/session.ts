import { reactive, readonly } from 'vue';
import { fetchMe, type CurrentUser, type Role as ApiRole } from '@/api/me';
import { CSRF_COOKIE, onUnauthorized, readCookie } from '@/api/http';

/** A role a person signs in with (openapi/gateway.yaml; SERVICE is for machine clients only). */
export type Role = Exclude<ApiRole, 'SERVICE'>;

export const STAFF_ROLES: readonly Role[] = [
  'HOTLINE_AGENT', 'CLERK', 'INSPECTOR', 'APPROVER', 'HANDLER', 'SUPERVISOR', 'ADMIN',
];

interface SessionState {
  user: CurrentUser | null;
  loaded: boolean;
  /** An API answered 401 while the user was working: ask them to sign in again. */
  signInPrompt: boolean;
}

const state = reactive<SessionState>({ user: null, loaded: false, signInPrompt: false });
let loading: Promise<CurrentUser | null> | null = null;

export const session = readonly(state);

/** Who is signed in, asked once from the gateway (`GET /api/session`) and then remembered. */
export function loadSession(force = false): Promise<CurrentUser | null> {
  if (state.loaded && !force) return Promise.resolve(state.user);
  loading ??= fetchMe()
    .then((user) => {
      state.user = user;
      return user;
    })
    .finally(() => {
      state.loaded = true;
      loading = null;
    });
  return loading;
}

export function hasRole(...roles: Role[]): boolean {
  return !!state.user && roles.some((role) => state.user?.roles.includes(role));
}

export function isStaff(): boolean {
  return hasRole(...STAFF_ROLES);
}

onUnauthorized(() => {
  if (state.loaded && state.user) state.user = null;
  state.signInPrompt = true;
});

export function dismissSignInPrompt(): void {
  state.signInPrompt = false;
}

const RETURN_TO = 'returnTo';

/**
 * Starts the gateway's OAuth2 login (the issuer's page, then back to `/`). The page to come
 * back to is remembered in sessionStorage: a path, never a credential.
 */
export function signIn(returnTo: string = location.pathname + location.search): void {
  try {
    sessionStorage.setItem(RETURN_TO, returnTo);
  } catch {
    // storage unavailable: the user lands on the home page
  }
  location.assign('/oauth2/authorization/identity');
}

/** The page remembered by signIn, once. Only same-site paths are honoured. */
export function takeReturnTo(): string | undefined {
  let path: string | null = null;
  try {
    path = sessionStorage.getItem(RETURN_TO);
    sessionStorage.removeItem(RETURN_TO);
  } catch {
    return undefined;
  }
  return path && path.startsWith('/') && !path.startsWith('//') ? path : undefined;
}

/** `POST /logout` as a form navigation, so the gateway can end the issuer's session too. */
export function signOut(): void {
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = '/logout';
  const token = readCookie(CSRF_COOKIE);
  if (token) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = '_csrf';
    input.value = token;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}

/** Where a signed-in user starts: the portal for retailers, the console for staff. */
export function homeFor(user: { readonly roles: readonly string[] } | null): string {
  if (!user) return '/';
  if (user.roles.some((r) => (STAFF_ROLES as readonly string[]).includes(r))) return '/console';
  if (user.roles.includes('RETAILER')) return '/portal';
  return '/';
}
