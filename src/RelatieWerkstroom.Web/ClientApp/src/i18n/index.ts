import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nl';
const storageKey = 'werkstroom.language';

// Every file under locales/<language>/<namespace>.json is a namespace; a screen area adds its own file
// (e.g. locales/nl/designer.json) without touching this code.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, module] of Object.entries(files)) {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match) continue;
  const [, language, namespace] = match as unknown as [string, string, string];
  (resources[language] ??= {})[namespace] = module.default;
}

const isLanguage = (value: string | null): value is Language => languages.includes(value as Language);

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  return isLanguage(stored) ? stored : defaultLanguage;
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: defaultLanguage,
  defaultNS: 'common',
  ns: Object.keys(resources[defaultLanguage] ?? { common: {} }),
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Switches the language, remembers it, and keeps the document's `lang` right for screen readers. */
export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export default i18n;
