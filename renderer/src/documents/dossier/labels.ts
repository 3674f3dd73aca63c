/**
 * Text written into the dossier, in the dossier's language (French for a French lawyer),
 * read from the `dossier` i18n resources so the UI and the documents share one wording.
 */
import type { Language } from '../../domain/model';
import en from '../../i18n/locales/en/dossier.json';
import fr from '../../i18n/locales/fr/dossier.json';

export type DossierLabels = typeof fr;

export function dossierLabels(lang: Language): DossierLabels {
  return lang === 'en' ? en : fr;
}

/** i18next-style "{{name}}" interpolation, for text built outside React. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
