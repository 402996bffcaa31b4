import createClient from 'openapi-fetch';
import type { paths as LicensingPaths } from './generated/licensing';
import type { paths as ComplaintsPaths } from './generated/complaints';
import { apiMiddleware } from './http';
import { withoutNulls } from './nulls';
import { apiErrorFrom, networkError } from './problem';

// fetch is looked up at call time, so tests can stub globalThis.fetch
const lateFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** Typed client of openapi/licensing.yaml through the gateway (same origin). */
export const licensingApi = createClient<LicensingPaths>({ credentials: 'include', fetch: lateFetch });
licensingApi.use(apiMiddleware);

/** Typed client of openapi/complaints.yaml through the gateway (same origin). */
export const complaintsApi = createClient<ComplaintsPaths>({ credentials: 'include', fetch: lateFetch });
complaintsApi.use(apiMiddleware);

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call; an ApiError (with the problem to show) otherwise. */
export async function call<T>(request: Promise<Outcome<T>>): Promise<T> {
  let outcome: Outcome<T>;
  try {
    outcome = await request;
  } catch (error) {
    throw networkError(error);
  }
  const { response } = outcome;
  if (!response.ok) {
    throw apiErrorFrom(response.status, outcome.error, response.headers.get('X-Correlation-Id'));
  }
  return withoutNulls(outcome.data) as T;
}
