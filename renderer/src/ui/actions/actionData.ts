/**
 * Everything a letter, an e-mail or a call note needs about one action, read from the
 * database at the moment the user clicks: the client, the invoices concerned with what
 * is still owed, the penalties to date and the earlier steps (recalled by the letters).
 */
import { getClient } from '../../db/clients';
import type { RecouvreDb } from '../../db/database';
import { listClientInvoices } from '../../db/invoices';
import { listClientJournal } from '../../db/journal';
import { listClientPayments } from '../../db/payments';
import { listTemplates } from '../../db/templates';
import { invoiceBalances } from '../../domain/balances';
import { formalNoticeDates } from '../../domain/formalNotice';
import type {
  Client,
  CompanySettings,
  HalfYearRates,
  Invoice,
  IsoDate,
  JournalEntry,
  Payment,
  Template,
  TemplateKind,
} from '../../domain/model';
import { clientPenalties, type ClientPenalties } from '../../domain/penalties';
import { err, ok, type Result } from '../../domain/result';
import type { LetterInput, LetterInvoice } from '../../documents/letters/types';
import type { ActionTarget } from './actionTarget';
import { companyRates } from './companyRates';

export interface ActionData {
  client: Client;
  /** the invoices of the action, oldest due date first, with today's balance */
  invoices: LetterInvoice[];
  /** all the client's invoices and payments: penalties are computed on the whole account */
  allInvoices: Invoice[];
  payments: Payment[];
  journal: JournalEntry[];
  rates: HalfYearRates[];
  templates: Template[];
  penalties: ClientPenalties;
}

export async function loadActionData(
  database: RecouvreDb,
  target: ActionTarget,
  company: CompanySettings,
  today: IsoDate,
): Promise<Result<ActionData>> {
  const [client, allInvoices, payments, journal, templates, rates] = await Promise.all([
    getClient(database, target.clientId),
    listClientInvoices(database, target.clientId),
    listClientPayments(database, target.clientId),
    listClientJournal(database, target.clientId),
    listTemplates(database),
    companyRates(database),
  ]);
  if (!client) return err('action.clientNotFound', { id: target.clientId });
  const balances = invoiceBalances(allInvoices, payments, today);
  const wanted = new Set(target.invoiceIds);
  const invoices = allInvoices
    .filter((i) => wanted.has(i.id))
    .map((invoice) => ({ invoice, balance: balances.get(invoice.id) ?? invoice.amountInclVat }));
  if (invoices.length === 0) return err('action.noInvoice');
  // Penalties of the invoices this letter is about; the others are chased by their own step.
  const penalties = clientPenalties({
    client,
    invoices: invoices.map((i) => i.invoice),
    payments,
    asOf: today,
    rates,
    contractualRate: company.contractualRate,
    fixedIndemnity: company.fixedIndemnity,
    formalNoticeDates: formalNoticeDates(journal),
  });
  return ok({ client, invoices, allInvoices, payments, journal, rates, templates, penalties });
}

export function letterInputOf(
  data: ActionData,
  template: Template,
  company: CompanySettings,
  today: IsoDate,
  registeredNumber?: string,
): LetterInput {
  return {
    kind: template.kind as TemplateKind,
    template,
    company,
    client: data.client,
    invoices: data.invoices,
    penalties: data.penalties,
    previousActions: data.journal,
    ...(registeredNumber ? { registeredNumber } : {}),
    today,
    lang: data.client.language,
  };
}
