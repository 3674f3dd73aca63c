import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/model';

/**
 * One JSON file per area and language (locales/fr/today.json …), each an i18next
 * namespace: several people can add strings without touching the same file.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

type Resources = Record<string, Record<string, Record<string, unknown>>>;

export function collectResources(): Resources {
  const resources: Resources = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /\.\/locales\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    resources[lang] ??= {};
    resources[lang][ns] = module.default;
  }
  return resources;
}

export const LANGUAGES: readonly Language[] = ['fr', 'en'];

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

export async function initI18n(lang: Language) {
  const resources = collectResources();
  await i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'fr',
    ns: Object.keys(resources.fr ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang;
  return i18next;
}

export async function changeLanguage(lang: Language) {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** Intl locale for a UI language: French formats for French, British for English. */
export function intlLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'fr-FR';
}
