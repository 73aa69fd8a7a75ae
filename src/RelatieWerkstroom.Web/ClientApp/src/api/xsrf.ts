import type { Middleware } from 'openapi-fetch';

/** The host's JS-readable antiforgery cookie and the header it expects back on every change. */
export const xsrfCookieName = 'XSRF-TOKEN';
export const xsrfHeaderName = 'X-XSRF-TOKEN';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** Reads one cookie's value from a `document.cookie` style string. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return undefined;
}

/** Adds the antiforgery header to every request that changes something. */
export function xsrfMiddleware(cookies: () => string): Middleware {
  return {
    onRequest({ request }) {
      if (safeMethods.has(request.method.toUpperCase())) return request;
      const token = readCookie(cookies(), xsrfCookieName);
      if (token) request.headers.set(xsrfHeaderName, token);
      return request;
    },
  };
}
