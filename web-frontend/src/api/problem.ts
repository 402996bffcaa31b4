import type { components } from './generated/licensing';
import { t } from '@/i18n';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/**
 * A failed API call as the user should see it: the problem+json the platform answered
 * (its title is already in the user's language), or one made up for a network failure or
 * a body that was not a problem.
 */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get title(): string {
    return this.problem.title;
  }

  get detail(): string | undefined {
    return this.problem.detail;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** Field messages keyed by the server's field path (`premises.divisionCode`). */
  fieldMessages(): Record<string, string> {
    return Object.fromEntries(this.fieldErrors.map((e) => [e.field, e.message]));
  }
}

export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.title === 'string' && typeof candidate.status === 'number';
}

/** The error for a response that was not 2xx, given its parsed body (if any). */
export function apiErrorFrom(status: number, body: unknown, correlationId?: string | null): ApiError {
  if (isProblem(body)) {
    return new ApiError({ ...body, type: body.type ?? 'about:blank' });
  }
  return new ApiError({
    type: '/problems/unexpected',
    title: t('errors.status', { status }),
    status,
    ...(correlationId ? { correlationId } : {}),
  });
}

export function networkError(cause?: unknown): ApiError {
  const error = new ApiError({ type: '/problems/network', title: t('errors.network'), status: 0 });
  if (cause !== undefined) (error as { cause?: unknown }).cause = cause;
  return error;
}

/** Whatever was thrown, as an ApiError to show (programming errors are rethrown). */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof TypeError) return networkError(error);
  throw error;
}
