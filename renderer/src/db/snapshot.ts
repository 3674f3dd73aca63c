/**
 * Everything the dunning engine needs, read in one transaction so it is consistent.
 *
 * It reads the open receivables only, each table through its `open` index flag (one
 * lookup per table, see schema.ts): invoices still owed, the payments allocated to them
 * (plus money on account of their clients) and the follow-ups that touch them. Settled
 * history — most of a database after a few years — is not read: it cannot produce an action.
 *
 * The journal itself is not read either (tens of thousands of lines on a big ledger): the
 * engine gets the step history folded small per open invoice and per client
 * (dunningPositions.ts, schema v2), and `journal` holds only the registered letters of the
 * open invoices, whose delivery the alerts follow.
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
import type { ClientStepHistory, DunningPositions, InvoiceStepHistory } from '../domain/dunning/positions';
import type { RecouvreDb } from './database';
import { fromInvoiceRow, fromPaymentRow } from './derived';
import { fromClientStepsRow, type DunningPositionRow } from './dunningPositions';

export interface DunningData {
  clients: Client[];
  invoices: Invoice[];
  payments: Payment[];
  scenarios: Scenario[];
  /** the journal lines of open invoices with registered-letter tracking (not every line) */
  journal: JournalEntry[];
  /** the step history of the open invoices and of their clients, for the dunning engine */
  positions: DunningPositions;
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
    db.dunningPositions,
    db.clientSteps,
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

    const [clients, openPayments, positionRows, clientSteps, scenarios, promises, disputes, plans] =
      await Promise.all([
        db.clients.bulkGet(clientIds),
        db.payments.where('open').equals(1).toArray(),
        db.dunningPositions.where('open').equals(1).toArray(),
        db.clientSteps.toArray(),
        db.scenarios.toArray(),
        db.promises.toArray(),
        db.disputes.toArray(),
        db.plans.toArray(),
      ]);

    // The flags may over-include (a row written by other code counts as open): filter exactly.
    const payments = openPayments.filter(
      (p) => touchesOpen(p) || (p.onAccount > 0 && clientSet.has(p.clientId)),
    );

    const histories: InvoiceStepHistory[] = [];
    const letters = new Map<string, JournalEntry>();
    for (const row of positionRows) {
      if (!openSet.has(row.invoiceId)) continue;
      histories.push(withoutFlag(row));
      for (const l of row.letters) letters.set(l.id, l);
    }
    const clientHistories: ClientStepHistory[] = clientSteps
      .filter((c) => clientSet.has(c.clientId))
      .map(fromClientStepsRow);

    return {
      clients: clients.filter((c): c is Client => c !== undefined),
      invoices: openRows.map(fromInvoiceRow),
      payments: payments.map(fromPaymentRow),
      scenarios,
      journal: [...letters.values()],
      positions: { invoices: histories, clients: clientHistories },
      promises: promises.filter(touchesOpen),
      disputes: disputes.filter(touchesOpen),
      plans: plans.filter(touchesOpen),
    };
  });
}

function withoutFlag(row: DunningPositionRow): InvoiceStepHistory {
  const { open: _open, ...history } = row;
  return history;
}
