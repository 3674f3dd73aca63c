import { useTranslation } from 'react-i18next';
import { formatDate, formatDateShort } from '../../domain/dates';
import { formatAmount, formatMoney } from '../../domain/money';
import type { Cents, IsoDate, Language } from '../../domain/model';

/** Money and dates formatted for the language the user chose (fr-FR / en-GB). */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'fr';
  return {
    lang,
    money: (cents: Cents) => formatMoney(cents, lang),
    amount: (cents: Cents) => formatAmount(cents, lang),
    date: (d: IsoDate) => formatDate(d, lang),
    shortDate: (d: IsoDate) => formatDateShort(d, lang),
    number: (n: number, digits = 0) =>
      new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: digits }).format(n),
  };
}
