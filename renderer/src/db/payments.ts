/**
 * Payments received and credit notes. Recording one writes the journal and moves the
 * `open` flag of the invoices it settles, all in one transaction.
 */
import type { Payment } from '../domain/model';
import { err, ok, type Result } from '../domain/result';
import type { RecouvreDb } from './database';
import { fromPaymentRow, toPaymentRow } from './derived';
import { refreshOpenFlags } from './invoices';
import { newJournalEntry } from './journal';
import { parseWith, paymentSchema } from './validation';

export type PaymentInput = Omit<Payment, 'id' | 'kind'> & Partial<Pick<Payment, 'id' | 'kind'>>;

export async function recordPayment(db: RecouvreDb, input: PaymentInput): Promise<Result<Payment>> {
  const parsed = parseWith(paymentSchema, { kind: 'payment', ...input, id: input.id ?? db.newId() });
  if (!parsed.ok) return parsed;
  const payment = parsed.value;
  return db.transaction('rw', [db.payments, db.invoices, db.clients, db.journal], async () => {
    const problem = await allocationProblem(db, payment);
    if (problem) return problem;
    if (await db.payments.get(payment.id)) return err<Payment>('payment.duplicateId');
    const invoiceIds = [...new Set(payment.allocations.map((a) => a.invoiceId))];
    await db.payments.add(toPaymentRow(payment));
    await db.journal.add(
      newJournalEntry(db, {
        clientId: payment.clientId,
        invoiceIds,
        date: payment.date,
        type: 'payment',
        note: payment.reference,
      }),
    );
    // The new rows count as open; if the payment closes its invoices, this closes them all.
    await refreshOpenFlags(db, invoiceIds);
    return ok(payment);
  });
}

/** Changes how a payment is spread over invoices (e.g. a remainder left on account). */
export async function reallocatePayment(
  db: RecouvreDb,
  id: string,
  allocations: Payment['allocations'],
): Promise<Result<Payment>> {
  return db.transaction('rw', [db.payments, db.invoices, db.clients, db.journal], async () => {
    const row = await db.payments.get(id);
    if (!row) return err<Payment>('payment.notFound', { id });
    const parsed = parseWith(paymentSchema, { ...fromPaymentRow(row), allocations });
    if (!parsed.ok) return parsed;
    const payment = parsed.value;
    const problem = await allocationProblem(db, payment);
    if (problem) return problem;
    await db.payments.put({ ...toPaymentRow(payment), open: 1 });
    await refreshOpenFlags(db, [...row.invoiceIds, ...payment.allocations.map((a) => a.invoiceId)]);
    return ok(payment);
  });
}

/** Removes a payment entered by mistake; the invoices it settled are owed again. */
export async function deletePayment(db: RecouvreDb, id: string): Promise<Result<void>> {
  return db.transaction('rw', [db.payments, db.invoices, db.journal], async () => {
    const row = await db.payments.get(id);
    if (!row) return err('payment.notFound', { id });
    await db.payments.delete(id);
    await refreshOpenFlags(db, row.invoiceIds);
    return ok(undefined);
  });
}

/** A client's payments and credit notes, oldest first. */
export async function listClientPayments(db: RecouvreDb, clientId: string): Promise<Payment[]> {
  const rows = await db.payments.where('clientId').equals(clientId).sortBy('date');
  return rows.map(fromPaymentRow);
}

/**
 * Allocations must name invoices of the same client and not pay an invoice beyond its
 * amount (what the other payments leave of it).
 */
async function allocationProblem(db: RecouvreDb, payment: Payment): Promise<Result<Payment> | null> {
  if (!(await db.clients.get(payment.clientId)))
    return err('payment.unknownClient', { clientId: payment.clientId });
  const ids = [...new Set(payment.allocations.map((a) => a.invoiceId))];
  const invoices = await db.invoices.bulkGet(ids);
  const others = (await db.payments.where('invoiceIds').anyOf(ids).toArray()).filter(
    (p) => p.id !== payment.id,
  );
  for (const [k, invoice] of invoices.entries()) {
    const invoiceId = ids[k] ?? '';
    if (!invoice || invoice.clientId !== payment.clientId)
      return err('payment.unknownInvoice', { invoiceId });
    const sumOf = (list: readonly Pick<Payment, 'allocations'>[]): number =>
      list.reduce(
        (s, p) =>
          s + p.allocations.filter((a) => a.invoiceId === invoiceId).reduce((t, a) => t + a.amount, 0),
        0,
      );
    const remaining = invoice.amountInclVat - sumOf(others);
    if (sumOf([payment]) > remaining) {
      return err('payment.exceedsBalance', { number: invoice.number, remaining });
    }
  }
  return null;
}
