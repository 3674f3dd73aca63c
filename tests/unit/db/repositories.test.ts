import { afterEach, describe, expect, it } from 'vitest';
import type { RecouvreDb } from '../../../renderer/src/db/database';
import { createClient, deleteClient, listClients, updateClient } from '../../../renderer/src/db/clients';
import {
  createInvoice,
  createInvoices,
  getInvoice,
  listClientInvoices,
  listOpenInvoices,
  updateInvoice,
  writeOffInvoice,
} from '../../../renderer/src/db/invoices';
import { deletePayment, listClientPayments, recordPayment } from '../../../renderer/src/db/payments';
import { addJournalEntry, listClientJournal, updateJournalEntry } from '../../../renderer/src/db/journal';
import { listScenarios, saveScenario, deleteScenario } from '../../../renderer/src/db/scenarios';
import { getMeta, setMeta } from '../../../renderer/src/db/meta';
import { MAX_CENTS } from '../../../renderer/src/domain/money';
import { ACME, addClient, freshDb, sequentialIds } from './helpers';

let db: RecouvreDb;
afterEach(async () => {
  db?.close();
});

const INVOICE = {
  number: 'FA-2026-0001',
  issueDate: '2026-10-01',
  dueDate: '2026-10-31',
  amountInclVat: 120_000, // 1 200,00 € = 1 000,00 € HT + 20 % VAT
  amountExclVat: 100_000,
};

describe('first open', () => {
  it('writes the shipped scenarios once, when the database is created', async () => {
    db = freshDb();
    const ids = (await listScenarios(db)).map((s) => s.id).sort();
    expect(ids).toEqual(['consumer', 'standard', 'strategic']);
  });
});

describe('clients', () => {
  it('creates with a fixed id and the frozen clock, reads back and updates', async () => {
    db = freshDb();
    const created = await createClient(db, ACME);
    expect(created).toMatchObject({ ok: true, value: { id: 'id-1', createdAt: '2026-11-27T09:00:00.000Z' } });
    const updated = await updateClient(db, 'id-1', { segment: 'PME' });
    expect(updated.ok && updated.value.segment).toBe('PME');
    expect((await listClients(db)).map((c) => c.name)).toEqual(['Menuiserie Lefèvre']);
  });

  it('keeps the opening date of a collective procedure, refuses a wrong one, and clears both', async () => {
    db = freshDb();
    await createClient(db, ACME);
    const opened = await updateClient(db, 'id-1', {
      insolvency: 'redressement',
      insolvencyOpenedOn: '2026-03-16',
    });
    expect(opened.ok && opened.value).toMatchObject({
      insolvency: 'redressement',
      insolvencyOpenedOn: '2026-03-16',
    });
    const wrong = await updateClient(db, 'id-1', { insolvencyOpenedOn: '2026-02-30' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'date.invalid', params: { field: 'insolvencyOpenedOn' } },
    });
    // the form sends an emptied field as undefined (clientChanges): the merge must drop it
    const cleared = await updateClient(db, 'id-1', { insolvency: undefined, insolvencyOpenedOn: undefined });
    expect(cleared.ok).toBe(true);
    const stored = await db.clients.get('id-1');
    expect(stored?.insolvency).toBeUndefined();
    expect(stored?.insolvencyOpenedOn).toBeUndefined();
  });

  it('refuses a SIREN whose Luhn key is wrong, naming the field', async () => {
    db = freshDb();
    // 732829321: digits sum with doubling = 41, not a multiple of 10.
    const r = await createClient(db, { ...ACME, siren: '732829321' });
    expect(r).toEqual({ ok: false, error: { code: 'siren.invalid', params: { field: 'siren' } } });
    expect(await db.clients.count()).toBe(0);
  });

  it('refuses an address line longer than 38 characters (NF Z 10-011)', async () => {
    db = freshDb();
    const r = await createClient(db, { ...ACME, addressLines: ['X'.repeat(39), '44000 NANTES'] });
    expect(r).toEqual({
      ok: false,
      error: { code: 'address.lineTooLong', params: { field: 'addressLines.0' } },
    });
  });

  it('refuses a scenario that does not exist', async () => {
    db = freshDb();
    const r = await createClient(db, { ...ACME, scenarioId: 'nope' });
    expect(r.ok ? null : r.error.code).toBe('client.unknownScenario');
  });

  it('deletes a client only while it has no invoice', async () => {
    db = freshDb();
    const c = await addClient(db);
    await createInvoice(db, { ...INVOICE, clientId: c.id });
    expect((await deleteClient(db, c.id)).ok).toBe(false);
    expect(await db.clients.count()).toBe(1);
  });
});

describe('invoices', () => {
  it('creates an invoice, open, with EUR and manual source by default', async () => {
    db = freshDb();
    const c = await addClient(db);
    const r = await createInvoice(db, { ...INVOICE, clientId: c.id });
    expect(r).toEqual({
      ok: true,
      value: { ...INVOICE, id: 'id-2', clientId: 'id-1', currency: 'EUR', source: 'manual' },
    });
    expect((await db.invoices.get('id-2'))?.open).toBe(1);
    expect(await getInvoice(db, 'id-2')).toEqual(r.ok && r.value); // the index flag stays inside the db layer
  });

  it('refuses a number already used, with invoice.duplicateNumber, and writes nothing', async () => {
    db = freshDb();
    const c = await addClient(db);
    await createInvoice(db, { ...INVOICE, clientId: c.id });
    const again = await createInvoice(db, {
      ...INVOICE,
      clientId: c.id,
      amountInclVat: 5000,
      amountExclVat: 5000,
    });
    expect(again).toEqual({
      ok: false,
      error: { code: 'invoice.duplicateNumber', params: { number: 'FA-2026-0001', index: 0 } },
    });
    expect(await db.invoices.count()).toBe(1);
  });

  it('accepts a batch whole or not at all: one duplicate in it, nothing is written', async () => {
    db = freshDb();
    const c = await addClient(db);
    await createInvoice(db, { ...INVOICE, clientId: c.id });
    const batch = await createInvoices(db, [
      { ...INVOICE, number: 'FA-2026-0002', clientId: c.id },
      { ...INVOICE, number: 'FA-2026-0001', clientId: c.id },
    ]);
    expect(batch.ok ? null : batch.error).toEqual({
      code: 'invoice.duplicateNumber',
      params: { number: 'FA-2026-0001', index: 1 },
    });
    expect((await db.invoices.toArray()).map((i) => i.number)).toEqual(['FA-2026-0001']);

    const twiceInBatch = await createInvoices(db, [
      { ...INVOICE, number: 'A', clientId: c.id },
      { ...INVOICE, number: 'A', clientId: c.id },
    ]);
    expect(twiceInBatch.ok ? null : twiceInBatch.error.code).toBe('invoice.duplicateNumber');
  });

  it.each([
    [{ amountInclVat: 12.5 }, 'money.invalid', 'amountInclVat'],
    [{ amountInclVat: -100 }, 'money.negative', 'amountInclVat'],
    [{ amountInclVat: MAX_CENTS + 1 }, 'money.tooLarge', 'amountInclVat'],
    [{ dueDate: '2026-02-30' }, 'date.invalid', 'dueDate'],
    [{ dueDate: '2026-09-30' }, 'invoice.dueBeforeIssue', 'dueDate'],
    [{ amountExclVat: 130_000 }, 'invoice.exclAboveIncl', 'amountExclVat'],
    [{ number: '   ' }, 'validation.required', 'number'],
  ])('refuses %o with %s', async (change, code, field) => {
    db = freshDb();
    const c = await addClient(db);
    const r = await createInvoice(db, { ...INVOICE, clientId: c.id, ...change });
    expect(r).toEqual({ ok: false, error: { code, params: { field, index: 0 } } });
    expect(await db.invoices.count()).toBe(0);
  });

  it('refuses an invoice of an unknown client', async () => {
    db = freshDb();
    const r = await createInvoice(db, { ...INVOICE, clientId: 'ghost' });
    expect(r.ok ? null : r.error.code).toBe('invoice.unknownClient');
  });

  it('lists a client’s invoices by due date and leaves the dunning when written off', async () => {
    db = freshDb();
    const c = await addClient(db);
    await createInvoice(db, { ...INVOICE, number: 'late', dueDate: '2026-11-30', clientId: c.id });
    await createInvoice(db, { ...INVOICE, number: 'early', dueDate: '2026-10-15', clientId: c.id });
    expect((await listClientInvoices(db, c.id)).map((i) => i.number)).toEqual(['early', 'late']);
    const early = (await listClientInvoices(db, c.id))[0]!;
    await writeOffInvoice(db, early.id, '2026-11-20');
    expect((await listOpenInvoices(db)).map((i) => i.number)).toEqual(['late']);
  });
});

describe('payments', () => {
  async function setUp(): Promise<{ clientId: string; invoiceId: string }> {
    db = freshDb();
    const c = await addClient(db);
    const inv = await createInvoice(db, { ...INVOICE, clientId: c.id });
    if (!inv.ok) throw new Error('setup');
    return { clientId: c.id, invoiceId: inv.value.id };
  }

  it('records a payment, writes the journal, and closes the invoice once fully paid', async () => {
    const { clientId, invoiceId } = await setUp();
    // 1 200,00 € owed: 700,00 € then 500,00 € → 0 left.
    const first = await recordPayment(db, {
      clientId,
      date: '2026-11-05',
      amount: 70_000,
      reference: 'VIR 1',
      allocations: [{ invoiceId, amount: 70_000 }],
    });
    expect(first.ok).toBe(true);
    expect((await db.invoices.get(invoiceId))?.open).toBe(1);
    await recordPayment(db, {
      clientId,
      date: '2026-11-10',
      amount: 50_000,
      allocations: [{ invoiceId, amount: 50_000 }],
    });
    expect((await db.invoices.get(invoiceId))?.open).toBe(0);

    const journal = await listClientJournal(db, clientId);
    expect(journal.map((e) => [e.type, e.date, e.invoiceIds, e.note])).toEqual([
      ['payment', '2026-11-05', [invoiceId], 'VIR 1'],
      ['payment', '2026-11-10', [invoiceId], undefined],
    ]);
    expect((await listClientPayments(db, clientId)).map((p) => p.amount)).toEqual([70_000, 50_000]);
    expect(await listClientPayments(db, clientId)).not.toContainEqual(
      expect.objectContaining({ invoiceIds: expect.anything() }),
    );
  });

  it('refuses to pay an invoice beyond what is left of it', async () => {
    const { clientId, invoiceId } = await setUp();
    await recordPayment(db, {
      clientId,
      date: '2026-11-05',
      amount: 100_000,
      allocations: [{ invoiceId, amount: 100_000 }],
    });
    // 1 200,00 − 1 000,00 = 200,00 € left; 300,00 € is too much.
    const r = await recordPayment(db, {
      clientId,
      date: '2026-11-06',
      amount: 30_000,
      allocations: [{ invoiceId, amount: 30_000 }],
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'payment.exceedsBalance', params: { number: 'FA-2026-0001', remaining: 20_000 } },
    });
    expect(await db.payments.count()).toBe(1);
  });

  it('refuses allocations above the payment amount', async () => {
    const { clientId, invoiceId } = await setUp();
    const r = await recordPayment(db, {
      clientId,
      date: '2026-11-05',
      amount: 100,
      allocations: [{ invoiceId, amount: 200 }],
    });
    expect(r.ok ? null : r.error.code).toBe('payment.overAllocated');
  });

  it('rolls everything back when the journal write fails: no payment, invoice still open', async () => {
    db = freshDb({ newId: sequentialIds() });
    const c = await addClient(db); // id-1
    const inv = await createInvoice(db, { ...INVOICE, clientId: c.id }); // id-2
    if (!inv.ok) throw new Error('setup');
    await db.journal.add({
      id: 'id-3',
      clientId: c.id,
      invoiceIds: [],
      date: '2026-11-01',
      at: '2026-11-01T08:00:00.000Z',
      type: 'note',
    });
    // The payment brings its own id; its journal entry then draws id-3, which exists: the add fails.
    await expect(
      recordPayment(db, {
        id: 'pay-1',
        clientId: c.id,
        date: '2026-11-05',
        amount: 120_000,
        allocations: [{ invoiceId: inv.value.id, amount: 120_000 }],
      }),
    ).rejects.toThrow();
    expect(await db.payments.count()).toBe(0);
    expect((await db.invoices.get(inv.value.id))?.open).toBe(1);
    expect(await db.journal.count()).toBe(1);
  });

  it('reopens the invoice when its payment is deleted', async () => {
    const { clientId, invoiceId } = await setUp();
    const p = await recordPayment(db, {
      clientId,
      date: '2026-11-05',
      amount: 120_000,
      allocations: [{ invoiceId, amount: 120_000 }],
    });
    expect((await db.invoices.get(invoiceId))?.open).toBe(0);
    await deletePayment(db, p.ok ? p.value.id : '');
    expect((await db.invoices.get(invoiceId))?.open).toBe(1);
  });

  it('keeps the index fields right whoever writes the table', async () => {
    const { clientId, invoiceId } = await setUp();
    await db.payments.add({
      id: 'raw',
      clientId,
      kind: 'payment',
      date: '2026-11-01',
      amount: 500,
      allocations: [],
      invoiceIds: [],
      onAccount: 0,
    });
    expect(await db.payments.get('raw')).toMatchObject({ invoiceIds: [], onAccount: 500 });
    await db.payments.update('raw', { allocations: [{ invoiceId, amount: 200 }] });
    expect(await db.payments.get('raw')).toMatchObject({ invoiceIds: [invoiceId], onAccount: 300 });
  });

  it('refuses an amount below what was paid when the invoice is edited', async () => {
    const { clientId, invoiceId } = await setUp();
    await recordPayment(db, {
      clientId,
      date: '2026-11-05',
      amount: 100_000,
      allocations: [{ invoiceId, amount: 100_000 }],
    });
    const r = await updateInvoice(db, invoiceId, { amountInclVat: 90_000, amountExclVat: 75_000 });
    expect(r).toEqual({
      ok: false,
      error: { code: 'invoice.amountBelowPaid', params: { allocated: 100_000 } },
    });
  });
});

describe('journal', () => {
  it('adds entries of the client’s own invoices only and corrects registered-letter tracking', async () => {
    db = freshDb();
    const c = await addClient(db);
    const other = await addClient(db, { name: 'Autre' });
    const inv = await createInvoice(db, { ...INVOICE, clientId: other.id });
    const bad = await addJournalEntry(db, {
      clientId: c.id,
      invoiceIds: [inv.ok ? inv.value.id : ''],
      date: '2026-11-02',
      type: 'note',
    });
    expect(bad.ok ? null : bad.error.code).toBe('journal.unknownInvoice');

    const step = await addJournalEntry(db, {
      clientId: other.id,
      invoiceIds: [inv.ok ? inv.value.id : ''],
      date: '2026-11-30',
      type: 'step',
      stepKind: 'formal-notice',
      channel: 'registered-letter',
      registered: { number: '1A12345678901', depositDate: '2026-11-30' },
    });
    expect(step.ok).toBe(true);
    const id = step.ok ? step.value.id : '';
    const fixed = await updateJournalEntry(db, id, {
      registered: { number: '1A12345678901', depositDate: '2026-11-30', deliveredDate: '2026-12-02' },
    });
    expect(fixed.ok && fixed.value.registered?.deliveredDate).toBe('2026-12-02');
    expect((await db.journal.get(id))?.open).toBe(1); // still read by the dunning snapshot
    const wrong = await updateJournalEntry(db, id, { registered: { number: 'AB123' } });
    expect(wrong.ok ? null : wrong.error.code).toBe('registered.invalid');
  });
});

describe('scenarios and meta', () => {
  it('keeps a single default scenario and refuses to delete one still chosen', async () => {
    db = freshDb();
    const saved = await saveScenario(db, {
      id: 'fast',
      name: 'Rapide',
      isDefault: true,
      steps: [{ id: 'fast-1', offsetDays: 1, kind: 'reminder', channel: 'email' }],
    });
    expect(saved).toEqual({ ok: true, value: expect.anything() });
    expect((await listScenarios(db)).filter((s) => s.isDefault).map((s) => s.id)).toEqual(['fast']);
    await addClient(db, { scenarioId: 'fast' });
    expect(await deleteScenario(db, 'fast')).toEqual({
      ok: false,
      error: { code: 'scenario.inUse', params: { count: 1 } },
    });
  });

  it('stores small values by key', async () => {
    db = freshDb();
    await setMeta(db, 'importMappings', { invoices: { number: 'N° facture' } });
    expect(await getMeta(db, 'importMappings')).toEqual({ invoices: { number: 'N° facture' } });
    expect(await getMeta(db, 'userRates')).toBeUndefined();
  });
});
