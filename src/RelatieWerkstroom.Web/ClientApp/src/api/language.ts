import type { Middleware } from 'openapi-fetch';

/**
 * Tells the host the UI's language on every request (Accept-Language), so its problem documents come back in that
 * language alone: the host owns the wording of its refusals, the screen only says which language it shows.
 */
export function languageMiddleware(language: () => string | undefined): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Accept-Language', language()?.startsWith('en') ? 'en' : 'nl');
      return request;
    },
  };
}
