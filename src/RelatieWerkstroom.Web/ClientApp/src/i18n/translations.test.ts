import { describe, expect, it } from 'vitest';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

const byLanguage = (language: string) =>
  Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.startsWith(`./locales/${language}/`))
      .map(([path, module]) => [path.split('/').pop(), keys(module.default).sort()]),
  );

describe('translations', () => {
  it('has every Dutch text in English too, and nothing English-only', () => {
    const nl = byLanguage('nl');
    const en = byLanguage('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const file of Object.keys(nl)) expect(en[file], file).toEqual(nl[file]);
  });
});
