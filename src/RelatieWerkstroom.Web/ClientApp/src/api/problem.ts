import type { components } from './schema';

/** RFC 9457 problem; validation problems add `errors` (field → messages). */
export type Problem = components['schemas']['ProblemDetails'] & { errors?: Record<string, string[]> };

/** A failed API call, carrying the host's RFC 9457 problem document when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Field errors by name (the `errors` member), flattened to one message per field. */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, messages] of Object.entries(this.problem?.errors ?? {})) {
      const first = messages[0];
      if (first) result[name] = first;
    }
    return result;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
