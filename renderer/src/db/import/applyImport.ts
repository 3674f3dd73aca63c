/**
 * Writes an import plan (domain/import) all or nothing, in one Dexie transaction:
 * nothing when the file had a rejected line or when a row does not fit the database
 * (an address line too long, a payment for an unknown invoice…). Re-importing a file
 * updates what the previous import wrote and never duplicates it:
 * - invoices are found again by number (unique in the database);
 * - clients by SIREN, else by the source's code (FEC CompAuxNum, "Code client",
 *   remembered per source in meta 'importClientKeys:<source>'), else by name;
 * - payments by reference + date + amount (or by reference for the "already paid" part
 *   of an invoice list, whose amount grows from one export to the next).
 */
import type { z } from 'zod';
import { todayIn } from '../../domain/dates';
import type { Client, Invoice, IsoDate, Payment } from '../../domain/model';
import {
  normalizeText,
  type ImportedClient,
  type ImportIssue,
  type ImportPlan,
} from '../../domain/import/plan';
import type { RecouvreDb } from '../database';
import { openFlag, toPaymentRow } from '../derived';
import { newJournalEntry } from '../journal';
import type { InvoiceRow, PaymentRow } from '../schema';
import { clientSchema, invoiceSchema, parseWith, paymentSchema } from '../validation';

export interface ImportSummary {
  clientsCreated: number;
  clientsUpdated: number;
  invoicesCreated: number;
  invoicesUpdated: number;
  paymentsCreated: number;
  paymentsUpdated: number;
  /** invoices the source says are settled, closed by a payment "Lettrage …" */
  invoicesClosed: number;
}

export type ApplyImportResult = { ok: true; summary: ImportSummary } | { ok: false; errors: ImportIssue[] };

export interface ApplyImportOptions {
  /** the business date of the journal entries; the company's date in Europe/Paris by default */
  today?: IsoDate;
}

export const mappingKey = (sourceName: string): string => `importMapping:${sourceName}`;
export const clientKeysKey = (sourceName: string): string => `importClientKeys:${sourceName}`;

/** The column mapping used last time for this source, to pre-fill the mapping screen. */
export async function rememberedMapping(
  db: RecouvreDb,
  sourceName: string,
): Promise<Record<string, string> | undefined> {
  const entry = await db.meta.get(mappingKey(sourceName));
  return entry?.value as Record<string, string> | undefined;
}

export async function applyImport(
  db: RecouvreDb,
  plan: ImportPlan,
  options: ApplyImportOptions = {},
): Promise<ApplyImportResult> {
  if (plan.errors.length > 0) return { ok: false, errors: plan.errors };
  const today = options.today ?? todayIn('Europe/Paris', db.now());
  const at = db.nowIso();
  const tables = [db.clients, db.invoices, db.payments, db.journal, db.meta];
  return db.transaction('rw', tables, async () => {
    const issues: ImportIssue[] = [];
    /** The row as the database will store it, or its file line recorded as rejected. */
    const checked = <T>(schema: z.ZodType<T>, row: unknown, line: number): T | undefined => {
      const parsed = parseWith(schema, row);
      if (parsed.ok) return parsed.value;
      issues.push({
        line,
        code: parsed.error.code,
        ...(parsed.error.params ? { params: parsed.error.params } : {}),
      });
      return undefined;
    };
    const summary: ImportSummary = {
      clientsCreated: 0,
      clientsUpdated: 0,
      invoicesCreated: 0,
      invoicesUpdated: 0,
      paymentsCreated: 0,
      paymentsUpdated: 0,
      invoicesClosed: 0,
    };

    // Clients ----------------------------------------------------------------------------
    const allClients = await db.clients.toArray();
    const byId = new Map(allClients.map((c) => [c.id, c]));
    const bySiren = new Map<string, Client>();
    const byName = new Map<string, Client>();
    for (const c of allClients) {
      if (c.siren) bySiren.set(c.siren, c);
      byName.set(normalizeText(c.name), c);
    }
    const keysEntry = await db.meta.get(clientKeysKey(plan.sourceName));
    const sourceKeys: Record<string, string> = {
      ...((keysEntry?.value as Record<string, string> | undefined) ?? {}),
    };
    const clientIdOfKey = new Map<string, string>();
    const changedClients = new Map<string, Client>();

    const findClient = (c: Pick<ImportedClient, 'siren' | 'sourceKey' | 'name'>): Client | undefined => {
      if (c.siren && bySiren.has(c.siren)) return bySiren.get(c.siren);
      const known = c.sourceKey ? sourceKeys[c.sourceKey] : undefined;
      if (known && byId.has(known)) return byId.get(known);
      return byName.get(normalizeText(c.name));
    };

    for (const imported of plan.clients) {
      const existing = findClient(imported);
      const next = existing ? updatedClient(existing, imported) : newClient(db, imported, at);
      const row = checked(clientSchema, next, imported.line);
      if (row === undefined) continue;
      const client = row;
      if (existing) summary.clientsUpdated++;
      else summary.clientsCreated++;
      changedClients.set(client.id, client);
      byId.set(client.id, client);
      if (client.siren) bySiren.set(client.siren, client);
      byName.set(normalizeText(client.name), client);
      clientIdOfKey.set(imported.key, client.id);
      if (imported.sourceKey) sourceKeys[imported.sourceKey] = client.id;
    }
    const resolveClientKey = (key: string): string | undefined => {
      const fromPlan = clientIdOfKey.get(key);
      if (fromPlan) return fromPlan;
      if (key.startsWith('siren:')) return bySiren.get(key.slice(6))?.id;
      if (key.startsWith('ref:')) {
        const id = sourceKeys[key.slice(4)];
        return id && byId.has(id) ? id : undefined;
      }
      return byName.get(key.slice(5))?.id;
    };

    // Invoices ---------------------------------------------------------------------------
    const allocationNumbers = plan.payments.flatMap((p) => p.allocations.map((a) => a.invoiceNumber));
    const numbers = [
      ...new Set([
        ...plan.invoices.map((i) => i.number),
        ...allocationNumbers,
        ...plan.settled.map((s) => s.number),
      ]),
    ];
    const existingInvoices = await invoicesNumbered(db, numbers);
    const invoiceByNumber = new Map<string, Invoice>(existingInvoices.map((r) => [r.number, withoutOpen(r)]));
    const changedInvoices = new Map<string, Invoice>();
    for (const imported of plan.invoices) {
      const clientId = resolveClientKey(imported.clientKey);
      if (!clientId) {
        issues.push({
          line: imported.line,
          code: 'import.unknownClient',
          params: { client: imported.clientKey.replace(/^\w+:/, '') },
        });
        continue;
      }
      const existing = invoiceByNumber.get(imported.number);
      const next: Invoice = {
        ...(existing ?? { id: db.newId(), currency: 'EUR' }),
        number: imported.number,
        clientId,
        issueDate: imported.issueDate,
        dueDate: imported.dueDate,
        amountInclVat: imported.amountInclVat,
        amountExclVat: imported.amountExclVat,
        source: plan.source,
      } as Invoice;
      if (imported.label !== undefined) next.label = imported.label;
      if (imported.openingBalance) next.openingBalance = true;
      const row = checked(invoiceSchema, next, imported.line);
      if (row === undefined) continue;
      if (existing) summary.invoicesUpdated++;
      else summary.invoicesCreated++;
      invoiceByNumber.set(row.number, row);
      changedInvoices.set(row.id, row);
    }

    // Payments ---------------------------------------------------------------------------
    const touchedInvoiceIds = [...invoiceByNumber.values()].map((i) => i.id);
    const paymentClientIds = new Set<string>([...clientIdOfKey.values()]);
    for (const i of invoiceByNumber.values()) paymentClientIds.add(i.clientId);
    const payments = new Map<string, Payment>();
    for (const p of await paymentsConcerning(db, paymentClientIds, touchedInvoiceIds))
      payments.set(p.id, withoutIndexFields(p));
    const changedPayments = new Map<string, Payment>();

    // Cents allocated to each invoice, kept up to date as payments are replaced.
    const allocated = new Map<string, number>();
    const account = (p: Payment, sign: 1 | -1): void => {
      for (const a of p.allocations)
        allocated.set(a.invoiceId, (allocated.get(a.invoiceId) ?? 0) + sign * a.amount);
    };
    for (const p of payments.values()) account(p, 1);
    const allocatedTo = (invoiceId: string, except?: string): number => {
      const own = except ? (payments.get(except)?.allocations ?? []) : [];
      return (
        (allocated.get(invoiceId) ?? 0) -
        own.filter((a) => a.invoiceId === invoiceId).reduce((s, a) => s + a.amount, 0)
      );
    };
    const replacePayment = (p: Payment): void => {
      const old = payments.get(p.id);
      if (old) account(old, -1);
      payments.set(p.id, p);
      account(p, 1);
      changedPayments.set(p.id, p);
    };
    const paymentsOfClient = new Map<string, Payment[]>();
    for (const p of payments.values()) {
      const list = paymentsOfClient.get(p.clientId) ?? [];
      list.push(p);
      paymentsOfClient.set(p.clientId, list);
    }

    for (const imported of plan.payments) {
      const invoices = imported.allocations.map((a) => invoiceByNumber.get(a.invoiceNumber));
      const unknown = imported.allocations.find((_a, i) => invoices[i] === undefined);
      if (unknown) {
        issues.push({
          line: imported.line,
          code: 'import.unknownInvoice',
          params: { number: unknown.invoiceNumber },
        });
        continue;
      }
      const clientId = imported.clientKey ? resolveClientKey(imported.clientKey) : invoices[0]?.clientId;
      if (!clientId) {
        issues.push({
          line: imported.line,
          code: 'import.unknownClient',
          params: { client: (imported.clientKey ?? '').replace(/^\w+:/, '') },
        });
        continue;
      }
      const otherClient = invoices.find((i) => i !== undefined && i.clientId !== clientId);
      if (otherClient) {
        issues.push({
          line: imported.line,
          code: 'import.invoiceOfAnotherClient',
          params: { number: otherClient.number },
        });
        continue;
      }
      const existing = (paymentsOfClient.get(clientId) ?? []).find(
        (p) =>
          p.clientId === clientId &&
          p.reference === imported.reference &&
          (imported.matchBy === 'reference' || (p.date === imported.date && p.amount === imported.amount)),
      );
      const id = existing?.id ?? db.newId();
      // What the invoice still owes caps the allocation; the rest stays on account.
      const allocations = [];
      for (const [i, a] of imported.allocations.entries()) {
        const invoice = invoices[i]!;
        const owed = invoice.amountInclVat - allocatedTo(invoice.id, id);
        const amount = Math.min(a.amount, Math.max(0, owed));
        if (amount > 0) allocations.push({ invoiceId: invoice.id, amount });
      }
      const next: Payment = {
        id,
        clientId,
        kind: imported.kind,
        date: imported.date,
        amount: imported.amount,
        ...(imported.reference !== undefined ? { reference: imported.reference } : {}),
        allocations,
        source: plan.source,
      };
      const row = checked(paymentSchema, next, imported.line);
      if (row === undefined) continue;
      if (existing) summary.paymentsUpdated++;
      else summary.paymentsCreated++;
      replacePayment(row);
      if (!existing) paymentsOfClient.set(clientId, [...(paymentsOfClient.get(clientId) ?? []), row]);
    }

    // Invoices the source says are settled but are still open here --------------------------
    const planNumbers = new Set(plan.invoices.map((i) => i.number));
    for (const s of plan.settled) {
      const invoice = invoiceByNumber.get(s.number);
      if (!invoice || planNumbers.has(s.number) || invoice.writtenOffOn) continue;
      const owed = invoice.amountInclVat - allocatedTo(invoice.id);
      if (owed <= 0) continue;
      const payment: Payment = {
        id: db.newId(),
        clientId: invoice.clientId,
        kind: 'payment',
        date: s.date < invoice.issueDate ? invoice.issueDate : s.date,
        amount: owed,
        reference: `Lettrage ${s.number}`,
        allocations: [{ invoiceId: invoice.id, amount: owed }],
        source: plan.source,
      };
      replacePayment(payment);
      changedInvoices.set(invoice.id, invoice);
      summary.invoicesClosed++;
    }

    if (issues.length > 0) return { ok: false as const, errors: issues };

    // Writes -----------------------------------------------------------------------------
    // The open flag of every invoice whose allocations may have moved.
    const invoiceById = new Map([...invoiceByNumber.values()].map((i) => [i.id, i]));
    for (const p of changedPayments.values()) {
      for (const a of p.allocations) {
        const inv = invoiceById.get(a.invoiceId);
        if (inv) changedInvoices.set(inv.id, inv);
      }
    }
    const invoiceRows: InvoiceRow[] = [...changedInvoices.values()].map((i) => ({
      ...i,
      open: openFlag(i, allocatedTo(i.id)),
    }));
    await db.clients.bulkPut([...changedClients.values()]);
    await db.invoices.bulkPut(invoiceRows);
    await db.payments.bulkPut([...changedPayments.values()].map(toPaymentRow));

    const invoicesOfClient = new Map<string, string[]>();
    for (const c of changedClients.keys()) invoicesOfClient.set(c, []);
    for (const i of changedInvoices.values()) {
      const list = invoicesOfClient.get(i.clientId) ?? [];
      list.push(i.id);
      invoicesOfClient.set(i.clientId, list);
    }
    for (const p of changedPayments.values())
      if (!invoicesOfClient.has(p.clientId)) invoicesOfClient.set(p.clientId, []);
    await db.journal.bulkAdd(
      [...invoicesOfClient.entries()].map(([clientId, invoiceIds]) =>
        newJournalEntry(db, {
          clientId,
          invoiceIds,
          date: today,
          type: 'import',
          note: plan.fileName || plan.sourceName,
        }),
      ),
    );
    if (plan.mapping) await db.meta.put({ key: mappingKey(plan.sourceName), value: plan.mapping });
    await db.meta.put({ key: clientKeysKey(plan.sourceName), value: sourceKeys });
    return { ok: true as const, summary };
  });
}

/**
 * The stored invoices among these numbers. A FEC names every invoice of the year (≈ 200,000
 * numbers, lettered ones included): asking the number index for them walks a cursor from
 * key to key, one step per stored match. When the table is no bigger than the list, one
 * getAll of the table, filtered here, is faster; an empty table (a first import) is not read.
 */
async function invoicesNumbered(db: RecouvreDb, numbers: readonly string[]): Promise<InvoiceRow[]> {
  if (numbers.length === 0) return [];
  const stored = await db.invoices.count();
  if (stored === 0) return [];
  if (stored > numbers.length) return db.invoices.where('number').anyOf(numbers).toArray();
  const wanted = new Set(numbers);
  return (await db.invoices.toArray()).filter((r) => wanted.has(r.number));
}

/** The stored payments of these clients or allocated to these invoices, read the same way. */
async function paymentsConcerning(
  db: RecouvreDb,
  clientIds: ReadonlySet<string>,
  invoiceIds: readonly string[],
): Promise<PaymentRow[]> {
  const stored = await db.payments.count();
  if (stored === 0) return [];
  if (stored > clientIds.size + invoiceIds.length) {
    const ofClients = await db.payments
      .where('clientId')
      .anyOf([...clientIds])
      .toArray();
    const allocated = await db.payments.where('invoiceIds').anyOf(invoiceIds).toArray();
    return [...ofClients, ...allocated];
  }
  const invoices = new Set(invoiceIds);
  return (await db.payments.toArray()).filter(
    (p) => clientIds.has(p.clientId) || p.allocations.some((a) => invoices.has(a.invoiceId)),
  );
}

function withoutOpen(row: InvoiceRow): Invoice {
  const { open: _open, ...invoice } = row;
  return invoice;
}

function withoutIndexFields(row: PaymentRow): Payment {
  const { invoiceIds: _ids, onAccount: _onAccount, ...payment } = row;
  return payment;
}

function newClient(db: RecouvreDb, c: ImportedClient, at: string): Client {
  const client: Client = {
    id: db.newId(),
    name: c.name,
    kind: c.kind ?? 'professional',
    addressLines: c.addressLines ?? [],
    contacts:
      c.email || c.phone
        ? [
            {
              name: c.contactName ?? c.name,
              ...(c.email ? { email: c.email } : {}),
              ...(c.phone ? { phone: c.phone } : {}),
              billing: true,
            },
          ]
        : [],
    language: 'fr',
    createdAt: at,
  };
  if (c.siren) client.siren = c.siren;
  if (c.siret) client.siret = c.siret;
  if (c.vatNumber) client.vatNumber = c.vatNumber;
  return client;
}

/** What the file knows replaces what we had; what only the user entered (scenario, notes…) stays. */
function updatedClient(existing: Client, c: ImportedClient): Client {
  const next: Client = { ...existing, name: c.name };
  if (c.siren) next.siren = c.siren;
  if (c.siret) next.siret = c.siret;
  if (c.vatNumber) next.vatNumber = c.vatNumber;
  if (c.addressLines && c.addressLines.length > 0) next.addressLines = c.addressLines;
  if (c.email && !existing.contacts.some((k) => k.email === c.email)) {
    next.contacts = [
      ...existing.contacts,
      { name: c.contactName ?? c.name, email: c.email, billing: existing.contacts.length === 0 },
    ];
  }
  return next;
}
