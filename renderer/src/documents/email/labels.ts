/**
 * Text written into the e-mail itself, in the client's language (not the UI's): read
 * straight from the `email` i18n resources so translators edit one place.
 */
import type { Language } from '../../domain/model';
import en from '../../i18n/locales/en/email.json';
import fr from '../../i18n/locales/fr/email.json';

export interface EmailLabels {
  truncationNote: string;
}

export function emailLabels(lang: Language): EmailLabels {
  return (lang === 'en' ? en : fr).document;
}
