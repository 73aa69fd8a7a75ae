import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, type Problem } from './problem';
import { hostFetch } from './hostFetch';

/** The one typed client for the host's API; types come from openapi/v1.json (`npm run gen:api`). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin', fetch: request => hostFetch(request) });

/**
 * Unwraps an openapi-fetch result: the data, or an {@link ApiError} with the problem document.
 * Screens use it inside react-query so failures reach the error boundary or the form.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, asProblem(error));
  return data as T;
}

function asProblem(error: unknown): Problem | undefined {
  return typeof error === 'object' && error !== null ? (error as Problem) : undefined;
}
