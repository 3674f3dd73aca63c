/**
 * The values behind the placeholders of a letter, from the letter's input and figures.
 * A value that is not known (no registered number yet, no earlier reminder) stays
 * undefined so the engine reports it instead of printing a blank.
 */
import { addDays, formatDate, formatDateShort } from '../../domain/dates';
import type { Language } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { formatIban, formatRegisteredNumber } from '../../domain/validation';
import { formatRate, type LetterFigures } from '../letters/figures';
import type { LetterInput } from '../letters/types';
import type { TemplateContext } from './engine';

/** "A, B et C" / "A, B and C". */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

const orUndefined = (s: string | undefined): string | undefined => (s && s.trim() !== '' ? s : undefined);

export function letterContext(input: LetterInput, figures: LetterFigures): TemplateContext {
  const { company, client, lang } = input;
  const money = (c: number): string => formatMoney(c, lang);
  const contact = client.contacts.find((c) => c.billing) ?? client.contacts[0];
  const earliestDue = figures.lines[0]?.invoice.dueDate;
  const lastReminder = figures.previousReminders[figures.previousReminders.length - 1];
  const list = figures.lines.map((l) =>
    lang === 'fr'
      ? `- Facture n° ${l.invoice.number} du ${formatDateShort(l.invoice.issueDate)}, échéance ${formatDateShort(l.invoice.dueDate)} : ${money(l.balance)}`
      : `- Invoice ${l.invoice.number} of ${formatDateShort(l.invoice.issueDate)}, due ${formatDateShort(l.invoice.dueDate)}: ${money(l.balance)}`,
  );
  const deadline = company.formalNoticeDeadlineDays;
  const values: Record<string, string | undefined> = {
    'client.nom': orUndefined(client.name),
    'client.adresse': orUndefined(client.addressLines.join('\n')),
    'client.siren': orUndefined(client.siren),
    'client.contact': orUndefined(contact?.name),
    'entreprise.nom': orUndefined(company.name),
    'entreprise.forme': orUndefined(company.legalForm),
    'entreprise.siren': orUndefined(company.siren),
    'entreprise.tva': orUndefined(company.vatNumber),
    'entreprise.adresse': orUndefined(company.addressLines.join('\n')),
    'entreprise.ville': orUndefined(company.city),
    'entreprise.email': orUndefined(company.email),
    'entreprise.telephone': orUndefined(company.phone),
    'entreprise.iban': company.iban ? formatIban(company.iban) : undefined,
    'entreprise.bic': orUndefined(company.bic),
    'signataire.nom': orUndefined(company.signatoryName),
    'signataire.fonction': orUndefined(company.signatoryTitle),
    'date.jour': formatDate(input.today, lang),
    'date.echeance_finale': formatDate(addDays(input.today, deadline), lang),
    delai: String(deadline),
    'factures.liste': list.length ? list.join('\n') : undefined,
    'factures.nombre': String(figures.lines.length),
    'factures.echeance': earliestDue ? formatDate(earliestDue, lang) : undefined,
    'montant.principal': money(figures.principal),
    'montant.total': money(figures.total),
    'penalites.total': money(figures.interest),
    'penalites.taux': figures.rates.length
      ? figures.rates.map((r) => formatRate(r, lang)).join(lang === 'fr' ? ' puis ' : ' then ')
      : undefined,
    'indemnites.total': money(figures.indemnities),
    'relance.precedente.date': lastReminder ? formatDate(lastReminder, lang) : undefined,
    'relance.precedentes': figures.previousReminders.length
      ? joinList(
          figures.previousReminders.map((d) => formatDate(d, lang)),
          lang,
        )
      : undefined,
    'lrar.numero': input.registeredNumber ? formatRegisteredNumber(input.registeredNumber) : undefined,
  };
  return {
    values,
    flags: {
      'client.professionnel': client.kind !== 'consumer',
      'client.particulier': client.kind === 'consumer',
      'penalites.dues': figures.interest > 0,
      'indemnites.dues': figures.indemnities > 0,
    },
  };
}
