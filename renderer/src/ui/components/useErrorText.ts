import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../domain/money';
import type { DomainError } from '../../domain/result';
import { withMoneyParams } from './moneyParams';

/**
 * Turns a domain error code into a sentence. The shared `errors` namespace is tried
 * first, then the area's namespace given by the caller, then every namespace's
 * `errors.` section (each area keeps the codes it emits). An unknown code is shown as
 * is rather than hidden, so nothing fails silently.
 */
export function useErrorText(ns?: string) {
  const { t, i18n } = useTranslation();
  return (error: DomainError | null | undefined): string | null => {
    if (!error) return null;
    const lang = i18n.language === 'en' ? 'en' : 'fr';
    const params = withMoneyParams(error, (cents) => formatMoney(cents, lang)).params ?? {};
    const namespaces = ['errors', ...(ns ? [ns] : []), ...((i18n.options.ns as string[] | undefined) ?? [])];
    for (const space of namespaces) {
      for (const key of [`${space}:${error.code}`, `${space}:errors.${error.code}`]) {
        if (i18n.exists(key)) return t(key, params);
      }
    }
    return error.code;
  };
}
