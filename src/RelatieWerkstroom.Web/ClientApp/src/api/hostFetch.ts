import i18n from 'i18next';
import { readCookie, xsrfCookieName, xsrfHeaderName } from './xsrf';

/** What the page knows that every request to the host must carry. */
export interface PageContext {
  /** `document.cookie`: the antiforgery token lives there. */
  cookies: string;
  /** The UI's language (i18next's current language). */
  language: string | undefined;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/**
 * Adds what the host expects on every request: the UI's language (Accept-Language), so that problem documents and
 * generated texts come back in the language on screen — the host owns their wording — and, on changes, the
 * antiforgery header from the host's cookie.
 */
export function withHostHeaders(request: Request, page: PageContext): Request {
  request.headers.set('Accept-Language', page.language?.startsWith('en') ? 'en' : 'nl');
  if (!safeMethods.has(request.method.toUpperCase())) {
    const token = readCookie(page.cookies, xsrfCookieName);
    if (token) request.headers.set(xsrfHeaderName, token);
  }
  return request;
}

/**
 * The one way the app talks to the host: the generated client, the designer's adapter and plain reads (document
 * texts) all go through here, so no call can forget the language or the antiforgery header.
 */
export function hostFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  // Paths are the host's: resolve them against the page, as the browser would.
  const target = typeof input === 'string' ? new URL(input, document.baseURI) : input;
  const request = new Request(target, { credentials: 'same-origin', ...init });
  return fetch(withHostHeaders(request, { cookies: document.cookie, language: i18n.language }));
}
