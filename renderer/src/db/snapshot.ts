/**
 * Everything the dunning engine needs, read in one transaction so it is consistent.
 *
 * It reads the open receivables only: invoices flagged open, the payments allocated to
 * them (plus money on account of their clients), the journal entries about them and the
 * follow-ups that touch them. Settled history — most of a database after a few years —
 * is not read: it cannot produce an action.
 */
import type {
  Client,
  Dispute,
  Invoice,
  JournalEntry,
  Payment,
  PaymentPlan,
  PromiseToPay,
  Scenario,
} from '../domain/model';
import type { Table } from 'dexie';
import type { RecouvreDb } from './database';
import { fromInvoiceRow, fromPaymentRow } from './derived';
import type { PaymentRow } from './schema';

export interface DunningData {
  clients: Client[];
  invoices: Invoice[];
  payments: Payment[];
  scenarios: Scenario[];
  journal: JournalEntry[];
  promises: PromiseToPay[];
  disputes: Dispute[];
  plans: PaymentPlan[];
}

export async function loadDunningData(db: RecouvreDb): Promise<DunningData> {
  const tables = [db.invoices, db.clients, db.payments, db.scenarios, db.journal, db.promises, db.disputes, db.plans];
  return db.transaction('r', tables, async () => {
    const openRows = await db.invoices.where('open').equals(1).toArray();
    const openIds = openRows.map((r) => r.id);
    const openSet = new Set(openIds);
    const clientIds = [...new Set(openRows.map((r) => r.clientId))];
    const clientSet = new Set(clientIds);
    const touchesOpen = (x: { invoiceIds: string[] }): boolean => x.invoiceIds.some((id) => openSet.has(id));

    const [clients, allocated, onAccount, journal, scenarios, promises, disputes, plans] = await Promise.all([
      db.clients.bulkGet(clientIds),
      rowsByKeys(db.payments, 'invoiceIds', openIds),
      db.payments.where('onAccount').above(0).toArray(),
      rowsByKeys(db.journal, 'invoiceIds', openIds),
      db.scenarios.toArray(),
      db.promises.toArray(),
      db.disputes.toArray(),
      db.plans.toArray(),
    ]);

    const payments = new Map<string, PaymentRow>();
    for (const p of allocated) payments.set(p.id, p);
    for (const p of onAccount) if (clientSet.has(p.clientId)) payments.set(p.id, p);
    // A multi-entry index returns an entry once per matching invoice: keep one.
    const entries = new Map<string, JournalEntry>();
    for (const e of journal) entries.set(e.id, e);

    return {
      clients: clients.filter((c): c is Client => c !== undefined),
      invoices: openRows.map(fromInvoiceRow),
      payments: [...payments.values()].map(fromPaymentRow),
      scenarios,
      journal: [...entries.values()],
      promises: promises.filter(touchesOpen),
      disputes: disputes.filter(touchesOpen),
      plans: plans.filter(touchesOpen),
    };
  });
}

/**
 * The rows whose index holds any of the keys, as one getAll per key issued together.
 * Dexie's `anyOf` walks a cursor from key to key instead: in Chromium each step is a round
 * trip, and 16,000 open invoices took seconds (bench/database.bench.ts); parallel getAll
 * requests are batched by the browser and take a fraction of that.
 */
async function rowsByKeys<T>(table: Table<T, string>, index: string, keys: readonly string[]): Promise<T[]> {
  const lists = await Promise.all(keys.map((key) => table.where(index).equals(key).toArray()));
  return lists.flat();
}
