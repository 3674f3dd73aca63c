/**
 * Everything the dunning engine needs, read in one transaction so it is consistent.
 *
 * It reads the open receivables only, each table through its `open` index flag (one
 * lookup per table, see schema.ts): invoices still owed, the payments allocated to them
 * (plus money on account of their clients), the journal entries about them and the
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
import type { RecouvreDb } from './database';
import { fromInvoiceRow, fromJournalRow, fromPaymentRow } from './derived';

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
  const tables = [
    db.invoices,
    db.clients,
    db.payments,
    db.scenarios,
    db.journal,
    db.promises,
    db.disputes,
    db.plans,
  ];
  return db.transaction('r', tables, async () => {
    const openRows = await db.invoices.where('open').equals(1).toArray();
    const openIds = openRows.map((r) => r.id);
    const openSet = new Set(openIds);
    const clientIds = [...new Set(openRows.map((r) => r.clientId))];
    const clientSet = new Set(clientIds);
    const touchesOpen = (x: { invoiceIds: string[] }): boolean => x.invoiceIds.some((id) => openSet.has(id));

    const [clients, openPayments, journal, scenarios, promises, disputes, plans] = await Promise.all([
      db.clients.bulkGet(clientIds),
      db.payments.where('open').equals(1).toArray(),
      db.journal.where('open').equals(1).toArray(),
      db.scenarios.toArray(),
      db.promises.toArray(),
      db.disputes.toArray(),
      db.plans.toArray(),
    ]);

    // The flags may over-include (a row written by other code counts as open): filter exactly.
    const payments = openPayments.filter(
      (p) => touchesOpen(p) || (p.onAccount > 0 && clientSet.has(p.clientId)),
    );

    return {
      clients: clients.filter((c): c is Client => c !== undefined),
      invoices: openRows.map(fromInvoiceRow),
      payments: payments.map(fromPaymentRow),
      scenarios,
      journal: journal.filter(touchesOpen).map(fromJournalRow),
      promises: promises.filter(touchesOpen),
      disputes: disputes.filter(touchesOpen),
      plans: plans.filter(touchesOpen),
    };
  });
}
