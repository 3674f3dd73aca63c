/**
 * Index fields the database keeps beside the business data (see schema.ts), computed
 * only here so every writer agrees on them.
 */
import type { Invoice, JournalEntry, Payment } from '../domain/model';
import type { InvoiceRow, JournalRow, OpenFlag, PaymentRow } from './schema';

export function paymentDerivedFields(p: Pick<Payment, 'amount' | 'allocations'>): {
  invoiceIds: string[];
  onAccount: number;
} {
  const allocations = p.allocations ?? [];
  const allocated = allocations.reduce((sum, a) => sum + a.amount, 0);
  return {
    invoiceIds: [...new Set(allocations.map((a) => a.invoiceId))],
    onAccount: Math.max(0, p.amount - allocated),
  };
}

export function toPaymentRow(p: Payment): PaymentRow {
  return { ...p, ...paymentDerivedFields(p) };
}

/** The payment as the domain knows it, without the index fields. */
export function fromPaymentRow(row: PaymentRow): Payment {
  const { invoiceIds: _ids, onAccount: _onAccount, open: _open, ...payment } = row;
  return payment;
}

/** The journal entry as the domain knows it, without the index flag. */
export function fromJournalRow(row: JournalRow): JournalEntry {
  const { open: _open, ...entry } = row;
  return entry;
}

/** A payment or journal entry is open when it concerns an open invoice (a payment also with money on account). */
export function relatedOpenFlag(
  invoiceIds: readonly string[],
  openInvoices: ReadonlySet<string>,
  onAccount = 0,
): OpenFlag {
  return onAccount > 0 || invoiceIds.some((id) => openInvoices.has(id)) ? 1 : 0;
}

/** The invoice as the domain knows it, without the index field. */
export function fromInvoiceRow(row: InvoiceRow): Invoice {
  const { open: _open, ...invoice } = row;
  return invoice;
}

/** Open = something is still owed and the user has not written it off. */
export function openFlag(invoice: Invoice, allocatedToIt: number): OpenFlag {
  return invoice.writtenOffOn === undefined && invoice.amountInclVat - allocatedToIt > 0 ? 1 : 0;
}

/** Cents allocated to each invoice by these payments (all dates). */
export function allocatedByInvoice(payments: readonly Payment[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const p of payments) {
    for (const a of p.allocations) totals.set(a.invoiceId, (totals.get(a.invoiceId) ?? 0) + a.amount);
  }
  return totals;
}
