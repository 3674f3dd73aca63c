// The dunning positions (schema v2) must say exactly what the journal says: the engine fed
// by the snapshot (positions, no journal lines) gives the same actions and statuses as the
// engine fed by the whole journal, on a generated ledger and on several days; and every
// way of writing the journal keeps the rows equal to a rebuild from the journal.
import { afterEach, describe, expect, it } from 'vitest';
import type { RecouvreDb } from '../../../renderer/src/db/database';
import { deleteClient } from '../../../renderer/src/db/clients';
import { loadDemoData } from '../../../renderer/src/db/demo';
import { fromJournalRow } from '../../../renderer/src/db/derived';
import { fromClientStepsRow } from '../../../renderer/src/db/dunningPositions';
import { createInvoice, refreshOpenFlags } from '../../../renderer/src/db/invoices';
import { addJournalEntry, updateJournalEntry } from '../../../renderer/src/db/journal';
import { deletePayment, recordPayment } from '../../../renderer/src/db/payments';
import { loadDunningData, type DunningData } from '../../../renderer/src/db/snapshot';
import { generateDemo } from '../../../renderer/src/demo/generateDemo';
import { addDays } from '../../../renderer/src/domain/dates';
import {
  clientDunningStatus,
  dailyAlerts,
  dueActions,
  type DunningInput,
} from '../../../renderer/src/domain/dunning';
import { foldJournal, type InvoiceStepHistory } from '../../../renderer/src/domain/dunning/positions';
import { DEFAULT_RATES } from '../../../renderer/src/domain/rates';
import { addClient, freshDb } from './helpers';

const TODAY = '2026-11-27';
let db: RecouvreDb;

afterEach(async () => {
  db.close();
  await db.delete();
});

function input(data: DunningData, today: string, journal = data.journal, withPositions = true): DunningInput {
  const { positions, ...rest } = data;
  return {
    ...rest,
    journal,
    ...(withPositions ? { positions } : {}),
    today,
    tolerance: 500,
    minDaysBetweenActions: 7,
  };
}

function sortedHistory(h: InvoiceStepHistory): InvoiceStepHistory {
  const key = (x: object): string => JSON.stringify(x);
  return {
    ...h,
    marks: [...h.marks].sort((a, b) => key(a).localeCompare(key(b))),
    postponements: [...h.postponements].sort((a, b) => key(a).localeCompare(key(b))),
    letters: [...h.letters].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** The rows equal a fold of the whole journal; an open invoice's row says open. */
async function expectRowsMatchJournal(database: RecouvreDb): Promise<void> {
  const folded = foldJournal((await database.journal.toArray()).map(fromJournalRow));
  const rows = await database.dunningPositions.toArray();
  expect(rows.map((r) => r.invoiceId).sort()).toEqual([...folded.invoices.keys()].sort());
  const open = new Set(await database.invoices.where('open').equals(1).primaryKeys());
  for (const { open: flag, ...row } of rows) {
    expect(sortedHistory(row)).toEqual(sortedHistory(folded.invoices.get(row.invoiceId)!));
    if (open.has(row.invoiceId)) expect(flag).toBe(1);
  }
  const clients = (await database.clientSteps.toArray()).map(fromClientStepsRow);
  expect(clients.sort((a, b) => a.clientId.localeCompare(b.clientId))).toEqual(
    [...folded.clients.values()].sort((a, b) => a.clientId.localeCompare(b.clientId)),
  );
}

describe('dunning positions on a generated ledger', () => {
  it('give the same actions, statuses and alerts as the whole journal, on several days', async () => {
    db = freshDb();
    const demo = generateDemo({ clients: 40, invoices: 400, seed: 11, today: TODAY });
    await loadDemoData(db, demo);
    await expectRowsMatchJournal(db);
    const data = await loadDunningData(db);
    expect(data.positions.invoices.length).toBeGreaterThan(20);
    const steps = demo.journal.filter((e) => e.type === 'step').length;
    expect(steps).toBeGreaterThan(100);

    let compared = 0;
    for (const today of [
      TODAY,
      addDays(TODAY, -3),
      addDays(TODAY, -20),
      addDays(TODAY, -60),
      addDays(TODAY, 15),
    ]) {
      // Same open invoices, payments and follow-ups; the whole journal instead of the positions.
      const fromJournal = input(data, today, demo.journal, false);
      const fromPositions = input(data, today);
      const actions = dueActions(fromJournal);
      expect(dueActions(fromPositions)).toEqual(actions);
      expect(clientDunningStatus(fromPositions)).toEqual(clientDunningStatus(fromJournal));
      compared += actions.length;
    }
    expect(compared).toBeGreaterThan(10);
    // The alerts read the registered letters the snapshot still carries.
    expect(dailyAlerts({ ...input(data, TODAY), rates: DEFAULT_RATES })).toEqual(
      dailyAlerts({ ...input(data, TODAY, demo.journal, false), rates: DEFAULT_RATES }),
    );
    // On the day the ledger was made, the snapshot equals the engine over everything.
    // (Invoices in key order, as the snapshot reads them: when two invoices of a client
    // have their next step on the same day, the status names the first one met.)
    const everything: DunningInput = {
      ...demo,
      invoices: [...demo.invoices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      scenarios: data.scenarios,
      today: TODAY,
      tolerance: 500,
      minDaysBetweenActions: 7,
    };
    expect(dueActions(input(data, TODAY))).toEqual(dueActions(everything));
    expect(clientDunningStatus(input(data, TODAY))).toEqual(clientDunningStatus(everything));
  });

  it('stay equal to the journal through every kind of write', async () => {
    db = freshDb();
    await loadDemoData(db, generateDemo({ clients: 12, invoices: 120, seed: 5, today: TODAY }));
    const open = await db.invoices.where('open').equals(1).toArray();
    const target = open[0]!;
    // A step done, then corrected; a postponement; a step on two invoices of a client.
    const added = await addJournalEntry(db, {
      clientId: target.clientId,
      invoiceIds: [target.id],
      date: TODAY,
      type: 'step',
      stepId: 'standard-formal-notice',
      stepKind: 'formal-notice',
      outcome: 'done',
      registered: { number: '1A 123 456 7890 1', depositDate: TODAY },
    });
    if (!added.ok) throw new Error('setup');
    await expectRowsMatchJournal(db);
    await updateJournalEntry(db, added.value.id, {
      registered: { number: '1A 123 456 7890 1', depositDate: TODAY, deliveredDate: addDays(TODAY, 2) },
    });
    await expectRowsMatchJournal(db);
    const letters = (await loadDunningData(db)).journal.filter((e) => e.id === added.value.id);
    expect(letters.map((e) => e.registered?.deliveredDate)).toEqual([addDays(TODAY, 2)]);
    await addJournalEntry(db, {
      clientId: target.clientId,
      invoiceIds: [target.id],
      date: TODAY,
      type: 'step',
      stepId: 'standard-court-file',
      stepKind: 'court-file',
      outcome: 'postponed',
      postponedTo: addDays(TODAY, 30),
    });
    await expectRowsMatchJournal(db);

    // Paid in full: the row is closed and the snapshot leaves it; deleted: back again.
    const balance = target.amountInclVat;
    const paid = await recordPayment(db, {
      id: 'pay-all',
      clientId: target.clientId,
      date: TODAY,
      amount: balance,
      allocations: [{ invoiceId: target.id, amount: balance }],
    });
    if (paid.ok) {
      expect((await db.dunningPositions.get(target.id))?.open).toBe(0);
      expect((await loadDunningData(db)).positions.invoices.map((h) => h.invoiceId)).not.toContain(target.id);
      await deletePayment(db, 'pay-all');
      expect((await db.dunningPositions.get(target.id))?.open).toBe(1);
      expect((await loadDunningData(db)).positions.invoices.map((h) => h.invoiceId)).toContain(target.id);
    }
    await refreshOpenFlags(db);
    await expectRowsMatchJournal(db);

    // Raw deletes and a clear, as other code might do them.
    const someLine = (await db.journal.where('type').equals('step').first())!;
    await db.journal.delete(someLine.id);
    await expectRowsMatchJournal(db);
    const client = await addClient(db, { name: 'Éphémère SARL' });
    await addJournalEntry(db, {
      clientId: client.id,
      invoiceIds: [],
      date: TODAY,
      type: 'step',
      stepKind: 'call',
      outcome: 'done',
    });
    expect(await db.clientSteps.get(client.id)).toEqual({ clientId: client.id, doneDates: TODAY });
    await deleteClient(db, client.id);
    expect(await db.clientSteps.get(client.id)).toBeUndefined();
    await expectRowsMatchJournal(db);
    await db.journal.clear();
    expect(await db.dunningPositions.count()).toBe(0);
    expect(await db.clientSteps.count()).toBe(0);
  });

  it('make a step recorded before its invoice exists count once the invoice is created open', async () => {
    db = freshDb();
    const c = await addClient(db);
    // Raw write, as a restore does: the line names an invoice written just after it.
    await db.journal.add({
      id: 'early',
      clientId: c.id,
      invoiceIds: ['inv-1'],
      date: '2026-11-01',
      at: '2026-11-01T09:00:00.000Z',
      type: 'step',
      stepId: 'standard-reminder-1',
      stepKind: 'reminder',
      outcome: 'done',
    });
    await createInvoice(db, {
      id: 'inv-1',
      clientId: c.id,
      number: 'FA-1',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      amountInclVat: 12_000,
      amountExclVat: 10_000,
    });
    const data = await loadDunningData(db);
    expect(data.positions.invoices.map((h) => h.invoiceId)).toEqual(['inv-1']);
  });

  it('follow a bulk write of many invoices when few have a position (the import path)', async () => {
    db = freshDb();
    const c = await addClient(db);
    const invoice = (id: string, open: 0 | 1) => ({
      id,
      number: id.toUpperCase(),
      clientId: c.id,
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      amountInclVat: 12_000,
      amountExclVat: 10_000,
      currency: 'EUR',
      source: 'csv' as const,
      open,
    });
    // An empty positions table: a bulk write creates no row.
    await db.invoices.bulkPut([invoice('a', 1), invoice('b', 1), invoice('c', 1)]);
    expect(await db.dunningPositions.count()).toBe(0);
    await addJournalEntry(db, {
      clientId: c.id,
      invoiceIds: ['a'],
      date: TODAY,
      type: 'step',
      stepId: 'standard-reminder-1',
      stepKind: 'reminder',
      outcome: 'done',
    });
    // A line naming an invoice not written now (imported later): its row must stay as it is.
    await db.journal.add({
      id: 'early-x',
      clientId: c.id,
      invoiceIds: ['x'],
      date: TODAY,
      at: `${TODAY}T09:00:00.000Z`,
      type: 'step',
      stepId: 'standard-reminder-1',
      stepKind: 'reminder',
      outcome: 'done',
    });
    expect(await db.dunningPositions.count()).toBe(2);
    // Two positions, three invoices rewritten (a closed by the file): a's row follows,
    // x's row is untouched, no row appears for b or c.
    await db.invoices.bulkPut([invoice('a', 0), invoice('b', 1), invoice('c', 0)]);
    expect(await db.dunningPositions.toArray()).toMatchObject([
      { invoiceId: 'a', open: 0 },
      { invoiceId: 'x', open: 1 },
    ]);
    await expectRowsMatchJournal(db);
  });
});
