/**
 * The fixed words of the documents (table headers, "Objet :", page numbers) come from
 * the `letters` i18n namespace, read straight from its JSON: a letter is written in the
 * client's language, not the UI's, and is built in the bench and in Node tests where no
 * i18next instance runs. The editable wording lives in the templates (defaults.ts).
 */
import type { Language } from '../../domain/model';
import en from '../../i18n/locales/en/letters.json';
import fr from '../../i18n/locales/fr/letters.json';

export type LetterLabels = typeof fr;

const LABELS: Record<Language, LetterLabels> = { fr, en };

export function labelsFor(lang: Language): LetterLabels {
  return LABELS[lang];
}

/** i18next-style interpolation ("{{city}}, le {{date}}") without i18next. */
export function fill(label: string, params: Record<string, string | number>): string {
  return label.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
