/**
 * Invoices. The number is unique across the database (it is what the debtor quotes);
 * the `open` index flag is kept right here and in payments.ts, in the same transaction
 * as the change that moves it.
 */
import type { Invoice, IsoDate } from '../domain/model';
import { err, ok, type Result } from '../domain/result';
import type { RecouvreDb } from './database';
import { fromInvoiceRow, openFlag } from './derived';
import type { InvoiceRow, OpenFlag } from './schema';
import { invoiceSchema, parseWith } from './validation';

export type InvoiceInput = Omit<Invoice, 'id' | 'currency' | 'source'> &
  Partial<Pick<Invoice, 'id' | 'currency' | 'source'>>;

function withDefaults(db: RecouvreDb, input: InvoiceInput): Invoice {
  return { currency: 'EUR', source: 'manual', ...input, id: input.id ?? db.newId() };
}

/** Creates one invoice; a number already used is refused with 'invoice.duplicateNumber' and nothing is written. */
export async function createInvoice(db: RecouvreDb, input: InvoiceInput): Promise<Result<Invoice>> {
  const created = await createInvoices(db, [input]);
  if (!created.ok) return created;
  const [invoice] = created.value;
  return invoice ? ok(invoice) : err('validation.invalid');
}

/**
 * Creates invoices all together or not at all (an import is accepted whole). On the first
 * problem nothing is written and the error's params say which input (`index`, from 0).
 */
export async function createInvoices(
  db: RecouvreDb,
  inputs: readonly InvoiceInput[],
): Promise<Result<Invoice[]>> {
  const invoices: Invoice[] = [];
  const numbers = new Map<string, number>();
  for (const [index, input] of inputs.entries()) {
    const parsed = parseWith(invoiceSchema, withDefaults(db, input));
    if (!parsed.ok) return err(parsed.error.code, { ...parsed.error.params, index });
    const earlier = numbers.get(parsed.value.number);
    if (earlier !== undefined) return err('invoice.duplicateNumber', { number: parsed.value.number, index });
    numbers.set(parsed.value.number, index);
    invoices.push(parsed.value);
  }
  return db.transaction('rw', db.invoices, db.clients, async () => {
    const clientIds = [...new Set(invoices.map((i) => i.clientId))];
    const clients = await db.clients.bulkGet(clientIds);
    const missing = clientIds.findIndex((_id, k) => clients[k] === undefined);
    if (missing >= 0) {
      const clientId = clientIds[missing] ?? '';
      return err<Invoice[]>('invoice.unknownClient', {
        clientId,
        index: invoices.findIndex((i) => i.clientId === clientId),
      });
    }
    const taken = await db.invoices
      .where('number')
      .anyOf([...numbers.keys()])
      .toArray();
    const first = taken[0];
    if (first)
      return err<Invoice[]>('invoice.duplicateNumber', {
        number: first.number,
        index: numbers.get(first.number) ?? 0,
      });
    const existingIds = await db.invoices.bulkGet(invoices.map((i) => i.id));
    const clash = existingIds.findIndex((row) => row !== undefined);
    if (clash >= 0) return err<Invoice[]>('invoice.duplicateId', { index: clash });
    await db.invoices.bulkAdd(invoices.map((i): InvoiceRow => ({ ...i, open: openFlag(i, 0) })));
    return ok(invoices);
  });
}

/** Changes an invoice; its amount cannot drop below what was already allocated to it. */
export async function updateInvoice(
  db: RecouvreDb,
  id: string,
  changes: Partial<Omit<Invoice, 'id'>>,
): Promise<Result<Invoice>> {
  return db.transaction('rw', [db.invoices, db.payments, db.clients, db.journal], async () => {
    const current = await db.invoices.get(id);
    if (!current) return err<Invoice>('invoice.notFound', { id });
    const parsed = parseWith(invoiceSchema, { ...fromInvoiceRow(current), ...changes, id });
    if (!parsed.ok) return parsed;
    const invoice = parsed.value;
    if (invoice.number !== current.number) {
      const other = await db.invoices.where('number').equals(invoice.number).first();
      if (other) return err<Invoice>('invoice.duplicateNumber', { number: invoice.number });
    }
    if (invoice.clientId !== current.clientId && !(await db.clients.get(invoice.clientId))) {
      return err<Invoice>('invoice.unknownClient', { clientId: invoice.clientId });
    }
    const allocated = await allocatedTo(db, id);
    if (allocated > invoice.amountInclVat) return err<Invoice>('invoice.amountBelowPaid', { allocated });
    if (allocated > 0 && invoice.clientId !== current.clientId) return err<Invoice>('invoice.hasPayments');
    await db.invoices.put({ ...invoice, open: current.open });
    await refreshOpenFlags(db, [id]);
    return ok(invoice);
  });
}

/** The user gives up the balance: the invoice leaves the dunning from that day. */
export function writeOffInvoice(db: RecouvreDb, id: string, on: string): Promise<Result<Invoice>> {
  return updateInvoice(db, id, { writtenOffOn: on });
}

/** Only an invoice nothing was paid on may be deleted (an entry mistake). */
export async function deleteInvoice(db: RecouvreDb, id: string): Promise<Result<void>> {
  return db.transaction('rw', db.invoices, db.payments, async () => {
    if ((await db.payments.where('invoiceIds').equals(id).count()) > 0) return err('invoice.hasPayments');
    await db.invoices.delete(id);
    return ok(undefined);
  });
}

export async function getInvoice(db: RecouvreDb, id: string): Promise<Invoice | undefined> {
  const row = await db.invoices.get(id);
  return row && fromInvoiceRow(row);
}

export async function findInvoiceByNumber(db: RecouvreDb, number: string): Promise<Invoice | undefined> {
  const row = await db.invoices.where('number').equals(number).first();
  return row && fromInvoiceRow(row);
}

/** A client's invoices, oldest due date first. */
export async function listClientInvoices(db: RecouvreDb, clientId: string): Promise<Invoice[]> {
  const rows = await db.invoices
    .where('[clientId+dueDate]')
    .between([clientId, ''], [clientId, '\uffff'])
    .toArray();
  return rows.map(fromInvoiceRow);
}

/** Invoices with something still owed and not written off (by the index flag). */
/**
 * Invoices due on or after `date`, paid or not: the sales history the DSO walks back
 * through (an invoice issued after `date` is due after it too, so the dueDate index finds
 * every invoice issued since).
 */
export async function listInvoicesDueSince(db: RecouvreDb, date: IsoDate): Promise<Invoice[]> {
  return (await db.invoices.where('dueDate').aboveOrEqual(date).toArray()).map(fromInvoiceRow);
}

export async function listOpenInvoices(db: RecouvreDb): Promise<Invoice[]> {
  return (await db.invoices.where('open').equals(1).toArray()).map(fromInvoiceRow);
}

async function allocatedTo(db: RecouvreDb, invoiceId: string): Promise<number> {
  const payments = await db.payments.where('invoiceIds').equals(invoiceId).toArray();
  let sum = 0;
  for (const p of payments) for (const a of p.allocations) if (a.invoiceId === invoiceId) sum += a.amount;
  return sum;
}

/**
 * Recomputes the `open` flag of these invoices (all when omitted) from the payments, then
 * the flags of the payments and journal entries about the invoices whose flag moved.
 * Call it inside the transaction that changed allocations; it is also the repair tool
 * after a restore written by other code.
 */
export async function refreshOpenFlags(db: RecouvreDb, invoiceIds?: readonly string[]): Promise<number> {
  return db.transaction('rw', db.invoices, db.payments, db.journal, async () => {
    const rows = invoiceIds
      ? (await db.invoices.bulkGet([...new Set(invoiceIds)])).filter((r): r is InvoiceRow => r !== undefined)
      : await db.invoices.toArray();
    if (rows.length === 0) return 0;
    const wanted = new Set(rows.map((r) => r.id));
    const payments = invoiceIds
      ? await db.payments
          .where('invoiceIds')
          .anyOf([...wanted])
          .toArray()
      : await db.payments.toArray();
    const allocated = new Map<string, number>();
    for (const p of payments) {
      for (const a of p.allocations) {
        if (wanted.has(a.invoiceId)) allocated.set(a.invoiceId, (allocated.get(a.invoiceId) ?? 0) + a.amount);
      }
    }
    const changed = rows
      .map((r) => ({ row: r, open: openFlag(r, allocated.get(r.id) ?? 0) }))
      .filter((x) => x.row.open !== x.open);
    await db.invoices.bulkUpdate(changed.map((x) => ({ key: x.row.id, changes: { open: x.open } })));
    await refreshRelatedFlags(db, invoiceIds ? changed.map((x) => x.row.id) : undefined);
    return changed.length;
  });
}

/** Payments and journal entries are open when they concern an open invoice (a payment also with money on account). */
async function refreshRelatedFlags(db: RecouvreDb, invoiceIds?: readonly string[]): Promise<void> {
  if (invoiceIds?.length === 0) return;
  const [payments, journal] = invoiceIds
    ? await Promise.all([
        db.payments
          .where('invoiceIds')
          .anyOf([...invoiceIds])
          .toArray(),
        db.journal
          .where('invoiceIds')
          .anyOf([...invoiceIds])
          .toArray(),
      ])
    : await Promise.all([db.payments.toArray(), db.journal.toArray()]);
  const referenced = [...new Set([...payments, ...journal].flatMap((r) => r.invoiceIds))];
  const invoices = await db.invoices.bulkGet(referenced);
  const isOpen = new Set(invoices.filter((i) => i?.open === 1).map((i) => i!.id));
  const flag = (ids: readonly string[], extra = false): OpenFlag =>
    extra || ids.some((id) => isOpen.has(id)) ? 1 : 0;
  await db.payments.bulkUpdate(
    payments
      .map((p) => ({ key: p.id, open: flag(p.invoiceIds, p.onAccount > 0), was: p.open }))
      .filter((x) => x.open !== x.was)
      .map((x) => ({ key: x.key, changes: { open: x.open } })),
  );
  await db.journal.bulkUpdate(
    journal
      .map((e) => ({ key: e.id, open: flag(e.invoiceIds), was: e.open }))
      .filter((x) => x.open !== x.was)
      .map((x) => ({ key: x.key, changes: { open: x.open } })),
  );
}
