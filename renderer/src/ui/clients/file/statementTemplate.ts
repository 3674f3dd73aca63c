/**
 * The cover text of the statement of account: the user's edited 'statement' template in
 * the language wanted when there is one, else the shipped one (same id, user wins).
 */
import { DEFAULT_TEMPLATES } from '../../../documents/templates/defaults';
import type { Language, Template } from '../../../domain/model';

export function statementTemplate(lang: Language, userTemplates: readonly Template[]): Template | null {
  const all = [...userTemplates, ...DEFAULT_TEMPLATES];
  const letters = all.filter((t) => t.kind === 'statement' && t.channel === 'letter');
  return (
    letters.find((t) => t.id === `statement-${lang}`) ?? letters.find((t) => t.language === lang) ?? null
  );
}
