import { describe, expect, it } from 'vitest';
import { readCookie, xsrfMiddleware } from './xsrf';

const run = async (method: string, cookies: string) => {
  const middleware = xsrfMiddleware(() => cookies);
  const request = new Request('http://localhost/api/tasks/1/claim', { method });
  const result = await middleware.onRequest!({ request } as never);
  return (result as Request).headers.get('X-XSRF-TOKEN');
};

describe('antiforgery header', () => {
  it('is sent on changes with the cookie value decoded', async () => {
    expect(await run('POST', 'theme=x; XSRF-TOKEN=abc%2Bdef; other=1')).toBe('abc+def');
    expect(await run('DELETE', 'XSRF-TOKEN=t1')).toBe('t1');
  });

  it('is not sent on reads', async () => {
    expect(await run('GET', 'XSRF-TOKEN=abc')).toBeNull();
  });

  it('is left out when the host has not set the cookie yet', async () => {
    expect(await run('POST', 'other=1')).toBeNull();
  });

  it('reads only the exact cookie name', () => {
    expect(readCookie('XSRF-TOKEN-OLD=a; XSRF-TOKEN=b', 'XSRF-TOKEN')).toBe('b');
    expect(readCookie('', 'XSRF-TOKEN')).toBeUndefined();
  });
});
