import { useTranslation } from 'react-i18next';
import type { ImportGuess, ImportIssue } from '../../domain/import/plan';
import { useErrorText } from '../components/useErrorText';

/**
 * The import helper's messages live in the `import` namespace under their code
 * ('import.required', 'fec.guess.separator'…); a field id in the params ('clientName')
 * is shown by its label. Codes from elsewhere (the database checks) go through the
 * shared error lookup.
 */
export function useImportText() {
  const { t, i18n } = useTranslation('import');
  const errorText = useErrorText('import');
  const params = (p: Record<string, string | number> | undefined) => {
    const out: Record<string, string | number> = { ...(p ?? {}) };
    if (typeof out.field === 'string' && i18n.exists(`import:fields.${out.field}`))
      out.field = t(`fields.${out.field}`);
    return out;
  };
  const message = (code: string, p?: Record<string, string | number>): string =>
    i18n.exists(`import:${code}`) ? t(code, params(p)) : (errorText({ code, params: params(p) }) ?? code);
  const field = (name: string | undefined): string =>
    name === undefined ? '' : i18n.exists(`import:fields.${name}`) ? t(`fields.${name}`) : name;
  return {
    issue: (i: ImportIssue) => message(i.code, i.params),
    guess: (g: ImportGuess) => message(g.code, g.params),
    field,
  };
}
