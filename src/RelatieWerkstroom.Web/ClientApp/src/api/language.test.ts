import { describe, expect, it } from 'vitest';
import { languageMiddleware } from './language';

const sent = async (language: string | undefined) => {
  const request = new Request('http://localhost/api/tasks/1/claim', { method: 'POST' });
  const result = await languageMiddleware(() => language).onRequest!({ request } as never);
  return (result as Request).headers.get('Accept-Language');
};

describe('the language the host answers in', () => {
  it('is the UI language, Dutch unless English is chosen', async () => {
    expect(await sent('en')).toBe('en');
    expect(await sent('nl')).toBe('nl');
    expect(await sent(undefined)).toBe('nl');
  });
});
