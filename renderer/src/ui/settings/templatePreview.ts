/**
 * What the template editor shows beside the text: the letter (or e-mail) it makes for a
 * real client — the first one in the database — or, in an empty database, for a sample
 * client, so the user sees every placeholder filled. And the mistakes that would print
 * literally: names that are not placeholders, sections not closed.
 */
import { invoiceBalances } from '../../domain/balances';
import { addDays } from '../../domain/dates';
import type {
  Client,
  CompanySettings,
  HalfYearRates,
  Invoice,
  IsoDate,
  Payment,
  Template,
  TemplateKind,
} from '../../domain/model';
import { clientPenalties } from '../../domain/penalties';
import { letterFigures } from '../../documents/letters/figures';
import type { LetterInput } from '../../documents/letters/types';
import { letterContext } from '../../documents/templates/context';
import { renderTemplate, segmentsToPlainText } from '../../documents/templates/engine';

export interface PreviewData {
  client: Client;
  invoices: Invoice[];
  payments: Payment[];
  /** true when made up because the database holds no client yet */
  sample: boolean;
}

/** A made-up client with two overdue invoices, relative to today so they are always late. */
export function sampleData(today: IsoDate, lang: 'fr' | 'en'): PreviewData {
  const client: Client = {
    id: 'sample-client',
    name: 'Dupont SARL',
    kind: 'professional',
    legalForm: 'SARL',
    siren: '552100554',
    addressLines: ['12 RUE DES LILAS', '75011 PARIS'],
    contacts: [{ name: 'Mme Martin', email: 'compta@dupont.example', billing: true }],
    language: lang,
    createdAt: `${today}T08:00:00.000Z`,
  };
  const invoice = (n: number, issuedDaysAgo: number, amount: number): Invoice => ({
    id: `sample-invoice-${n}`,
    number: `F-2026-0${n}`,
    clientId: client.id,
    issueDate: addDays(today, -issuedDaysAgo),
    dueDate: addDays(today, -issuedDaysAgo + 30),
    amountInclVat: amount,
    amountExclVat: Math.round(amount / 1.2),
    currency: 'EUR',
    source: 'manual',
  });
  return { client, invoices: [invoice(14, 75, 123456), invoice(21, 50, 240000)], payments: [], sample: true };
}

export function previewInput(
  template: Template,
  company: CompanySettings,
  data: PreviewData,
  today: IsoDate,
  rates: HalfYearRates[],
): LetterInput {
  const balances = invoiceBalances(data.invoices, data.payments, today);
  const open = data.invoices
    .map((invoice) => ({ invoice, balance: balances.get(invoice.id) ?? invoice.amountInclVat }))
    .filter((l) => l.balance > 0);
  const penalties = clientPenalties({
    client: data.client,
    invoices: open.map((l) => l.invoice),
    payments: data.payments,
    asOf: today,
    rates,
    contractualRate: company.contractualRate,
    fixedIndemnity: company.fixedIndemnity,
  });
  return {
    kind: template.kind as TemplateKind,
    template,
    company,
    client: data.client,
    invoices: open,
    penalties,
    previousActions: [],
    today,
    lang: template.language,
  };
}

export interface TemplateProblems {
  unknown: string[];
  malformed: string[];
}

/** The placeholder names the engine does not know, in subject and body (they would print as typed). */
export function templateProblems(subject: string, body: string): TemplateProblems {
  const s = renderTemplate(subject, { values: {} });
  const b = renderTemplate(body, { values: {} });
  return {
    unknown: [...new Set([...s.unknown, ...b.unknown])],
    malformed: [...new Set([...s.malformed, ...b.malformed])],
  };
}

/** The e-mail as its recipient reads it: subject and plain text, the invoice table as a list. */
export function emailPreview(input: LetterInput): { subject: string; body: string } {
  const context = letterContext(input, letterFigures(input));
  const list = context.values['factures.liste'] ?? '';
  const render = (text: string) =>
    segmentsToPlainText(renderTemplate(text, context).segments, (name) =>
      name === 'factures.tableau' ? list : '[…]',
    );
  return {
    subject: render(input.template.subject).replace(/\s*\n\s*/g, ' '),
    body: render(input.template.body),
  };
}
