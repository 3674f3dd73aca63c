/**
 * The figures of the claim shared by the summary note and dossier.json: what each invoice
 * still owes, the penalties and indemnities, what was received and left unallocated.
 */
import { invoiceBalances, unallocatedCents } from '../../domain/balances';
import type { Cents, Invoice } from '../../domain/model';
import type { DossierInput } from './types';

export interface ClaimLine {
  invoice: Invoice;
  paid: Cents;
  balance: Cents;
  interest: Cents;
  indemnity: Cents;
}

export interface Claim {
  lines: ClaimLine[];
  principal: Cents;
  interest: Cents;
  indemnities: Cents;
  indemnityCount: number;
  total: Cents;
  onAccount: Cents;
}

export function claimOf(input: DossierInput): Claim {
  const invoices = input.invoices.filter((i) => i.clientId === input.client.id);
  const payments = input.payments.filter((p) => p.clientId === input.client.id && p.date <= input.asOf);
  const balances = invoiceBalances(invoices, payments, input.asOf);
  const byInvoice = new Map(input.penalties.invoices.map((p) => [p.invoiceId, p]));
  const lines: ClaimLine[] = [];
  for (const invoice of [...invoices].sort((a, b) =>
    a.issueDate + a.number < b.issueDate + b.number ? -1 : 1,
  )) {
    if (invoice.writtenOffOn && invoice.writtenOffOn <= input.asOf) continue;
    const balance = balances.get(invoice.id) ?? 0;
    const p = byInvoice.get(invoice.id);
    // an invoice paid late still owes its penalties and indemnity: it stays in the claim
    if (balance <= 0 && !p) continue;
    lines.push({
      invoice,
      paid: invoice.amountInclVat - balance,
      balance,
      interest: p?.interest ?? 0,
      indemnity: p?.indemnity ?? 0,
    });
  }
  const principal = lines.reduce((s, l) => s + Math.max(0, l.balance), 0);
  const indemnityCount = input.penalties.invoices.filter((p) => p.indemnity > 0).length;
  return {
    lines,
    principal,
    interest: input.penalties.interest,
    indemnities: input.penalties.indemnities,
    indemnityCount,
    total: principal + input.penalties.interest + input.penalties.indemnities,
    onAccount: unallocatedCents(payments, input.asOf),
  };
}
