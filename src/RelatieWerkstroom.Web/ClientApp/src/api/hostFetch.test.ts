import i18n from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { designerApi } from '../designer/api/designerApi';
import { hostFetch, withHostHeaders } from './hostFetch';
import { readCookie } from './xsrf';

const prepared = (method: string, cookies: string, language?: string) =>
  withHostHeaders(new Request('http://localhost/api/tasks/1/claim', { method }), { cookies, language });

describe('the language the host answers in', () => {
  it('is the UI language, Dutch unless English is chosen', () => {
    expect(prepared('GET', '', 'en').headers.get('Accept-Language')).toBe('en');
    expect(prepared('GET', '', 'en-GB').headers.get('Accept-Language')).toBe('en');
    expect(prepared('POST', '', 'nl').headers.get('Accept-Language')).toBe('nl');
    expect(prepared('GET', '', undefined).headers.get('Accept-Language')).toBe('nl');
  });
});

describe('antiforgery header', () => {
  it('is sent on changes with the cookie value decoded', () => {
    expect(prepared('POST', 'theme=x; XSRF-TOKEN=abc%2Bdef; other=1').headers.get('X-XSRF-TOKEN')).toBe('abc+def');
    expect(prepared('DELETE', 'XSRF-TOKEN=t1').headers.get('X-XSRF-TOKEN')).toBe('t1');
  });

  it('is not sent on reads', () => {
    expect(prepared('GET', 'XSRF-TOKEN=abc').headers.get('X-XSRF-TOKEN')).toBeNull();
  });

  it('is left out when the host has not set the cookie yet', () => {
    expect(prepared('POST', 'other=1').headers.get('X-XSRF-TOKEN')).toBeNull();
  });

  it('reads only the exact cookie name', () => {
    expect(readCookie('XSRF-TOKEN-OLD=a; XSRF-TOKEN=b', 'XSRF-TOKEN')).toBe('b');
    expect(readCookie('', 'XSRF-TOKEN')).toBeUndefined();
  });
});

describe('every caller', () => {
  const seen: Request[] = [];
  const stubPage = () => {
    seen.length = 0;
    vi.stubGlobal('document', { cookie: 'XSRF-TOKEN=tok', baseURI: 'http://localhost:5080/ontwerpen' });
    vi.stubGlobal('fetch', async (request: Request) => {
      seen.push(request);
      return new Response('[]', { headers: { 'Content-Type': 'application/json' } });
    });
  };
  afterEach(async () => {
    vi.unstubAllGlobals();
    if (i18n.isInitialized) await i18n.changeLanguage('nl');
  });

  it('goes through the same headers, whatever it passes in', async () => {
    stubPage();
    await hostFetch('/api/definitions/d/draft', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    await hostFetch(new Request('http://localhost:5080/api/cases/c1/documents/d1'));
    expect(seen.map(r => r.url)).toEqual(['http://localhost:5080/api/definitions/d/draft', 'http://localhost:5080/api/cases/c1/documents/d1']);
    expect(seen.map(r => r.headers.get('Accept-Language'))).toEqual(['nl', 'nl']);
    expect(seen[0]!.headers.get('X-XSRF-TOKEN')).toBe('tok');
    expect(seen[0]!.headers.get('Content-Type')).toBe('application/json');
  });

  it('includes the designer, so its server problems come back in English when English is on screen', async () => {
    await i18n.init({ lng: 'en', resources: {} });
    stubPage();
    await designerApi.validate({ definitionId: 'd' } as never);
    await designerApi.list();
    expect(seen.map(r => r.headers.get('Accept-Language'))).toEqual(['en', 'en']);
    expect(seen[0]!.headers.get('X-XSRF-TOKEN')).toBe('tok');
  });
});
