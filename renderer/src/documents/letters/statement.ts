/**
 * The statement of account ("relevé de compte"): every invoice, payment and credit note
 * of the client up to today, in date order, with the running balance. Sent with a cover
 * letter from the 'statement' template, and filed in the lawyer's dossier.
 */
import { invoiceBalances } from '../../domain/balances';
import { formatDateShort } from '../../domain/dates';
import type {
  Cents,
  Client,
  CompanySettings,
  Invoice,
  IsoDate,
  Language,
  Payment,
  Template,
} from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { fill, labelsFor } from '../templates/labels';
import { letterDocument, letterBlocks, packDocument } from './buildLetter';
import { letterContent } from './content';
import { drawTable } from './invoiceTable';
import type { TableModel } from './tableModel';

export interface StatementInput {
  template: Template;
  company: CompanySettings;
  client: Client;
  invoices: Invoice[];
  payments: Payment[];
  today: IsoDate;
  lang: Language;
}

export interface StatementLine {
  date: IsoDate;
  label: string;
  dueDate?: IsoDate;
  debit: Cents;
  credit: Cents;
  balance: Cents;
}

/** Invoices before payments on the same day: a same-day payment settles, it does not precede. */
export function statementLines(input: StatementInput): StatementLine[] {
  const S = labelsFor(input.lang).statement;
  const events: Omit<StatementLine, 'balance'>[] = [];
  for (const inv of input.invoices) {
    if (inv.clientId !== input.client.id || inv.issueDate > input.today) continue;
    events.push({
      date: inv.issueDate,
      label: fill(S.invoice, { number: inv.number }),
      dueDate: inv.dueDate,
      debit: inv.amountInclVat,
      credit: 0,
    });
  }
  const order = (e: Omit<StatementLine, 'balance'>): number => (e.debit > 0 ? 0 : 1);
  for (const p of input.payments) {
    if (p.clientId !== input.client.id || p.date > input.today) continue;
    const kind = p.kind === 'credit-note' ? S.creditNote : S.payment;
    events.push({
      date: p.date,
      label: p.reference ? `${kind} ${p.reference}` : kind,
      debit: 0,
      credit: p.amount,
    });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order(a) - order(b)));
  let balance = 0;
  return events.map((e) => {
    balance += e.debit - e.credit;
    return { ...e, balance };
  });
}

export function statementTableModel(input: StatementInput): TableModel {
  const L = labelsFor(input.lang);
  const S = L.statement;
  const money = (c: Cents): string => formatMoney(c, input.lang);
  const lines = statementLines(input);
  const debit = lines.reduce((s, l) => s + l.debit, 0);
  const credit = lines.reduce((s, l) => s + l.credit, 0);
  const widths = [22, 56, 22, 23, 23, 24];
  const labels = [S.date, S.operation, S.dueDate, S.debit, S.credit, S.balance];
  const aligns = ['center', 'left', 'center', 'right', 'right', 'right'] as const;
  return {
    columns: labels.map((label, i) => ({ label, widthMm: widths[i] ?? 20, align: aligns[i] ?? 'left' })),
    rows: lines.map((l) => [
      formatDateShort(l.date),
      l.label,
      l.dueDate ? formatDateShort(l.dueDate) : '',
      l.debit ? money(l.debit) : '',
      l.credit ? money(l.credit) : '',
      money(l.balance),
    ]),
    totals: [[S.totals, '', '', money(debit), money(credit), money(debit - credit)]],
  };
}

export function statementBalance(input: StatementInput): Cents {
  const lines = statementLines(input);
  return lines[lines.length - 1]?.balance ?? 0;
}

export async function buildStatement(input: StatementInput): Promise<Uint8Array> {
  const own = input.invoices.filter((i) => i.clientId === input.client.id);
  const balances = invoiceBalances(own, input.payments, input.today);
  const open = own
    .map((invoice) => ({ invoice, balance: balances.get(invoice.id) ?? invoice.amountInclVat }))
    .filter((l) => l.balance > 0);
  const content = letterContent(
    {
      kind: 'statement',
      template: input.template,
      company: input.company,
      client: input.client,
      invoices: open,
      penalties: { invoices: [], interest: 0, indemnities: 0, total: 0, missingRates: [] },
      previousActions: [],
      today: input.today,
      lang: input.lang,
      claimPenalties: false,
    },
    ['factures.tableau', 'penalites.detail', 'releve.tableau'],
    { 'releve.solde': formatMoney(statementBalance(input), input.lang) },
  );
  const blocks = {
    ...letterBlocks(content),
    'releve.tableau': () => [drawTable(statementTableModel(input))],
  };
  return packDocument(letterDocument(content, blocks, labelsFor(input.lang).statement.title));
}
