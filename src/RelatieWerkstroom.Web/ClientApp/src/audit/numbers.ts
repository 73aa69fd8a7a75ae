/** Figures as auditors read them; "–" where a group is suppressed or a value is missing. */
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

export const percentOfFraction = (value: number | null | undefined, language: string) =>
  value == null ? '–' : new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(value);

export const percent = (value: number | null | undefined, language: string) =>
  value == null ? '–' : new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

export const euros = (value: number | null | undefined, language: string) =>
  value == null ? '–' : new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);

export const count = (value: number | null | undefined, language: string, digits = 0) =>
  value == null ? '–' : new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);
