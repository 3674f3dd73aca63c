import { useTranslation } from 'react-i18next';
import type { DomainError } from '../../domain/result';

/**
 * Turns a domain error code into a sentence. Codes are looked up in the `errors`
 * namespace first, then in the namespace given (e.g. 'import'); an unknown code is
 * shown as is rather than hidden, so nothing fails silently.
 */
export function useErrorText(ns?: string) {
  const { t, i18n } = useTranslation(['errors', ...(ns ? [ns] : [])]);
  return (error: DomainError | null | undefined): string | null => {
    if (!error) return null;
    const params = error.params ?? {};
    for (const space of [ns, 'errors'].filter(Boolean) as string[]) {
      if (i18n.exists(`${space}:${error.code}`)) return t(`${space}:${error.code}`, params);
    }
    return error.code;
  };
}
