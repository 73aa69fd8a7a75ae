import { parseDate } from '../worklist/deadline';

const locales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A calendar date (yyyy-MM-dd) in the reader's language, e.g. "3 dec. 2026". */
export function formatDate(value: string, language: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? 'nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(parseDate(value)),
  );
}

/** A moment in Dutch time, e.g. "3 dec. 2026 14:05". */
export function formatDateTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? 'nl-NL', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(value));
}

export function formatNumber(value: number, language: string, digits = 0): string {
  return new Intl.NumberFormat(locales[language] ?? 'nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}
