import { afterEach, describe, expect, it } from 'vitest';
import type { RecouvreDb } from '../../../renderer/src/db/database';
import {
  listInvoiceDocuments,
  readDocumentBytes,
  storeDocument,
  listClientDocuments,
} from '../../../renderer/src/db/documents';
import {
  cancelPromise,
  createPaymentPlan,
  listFollowUps,
  openDispute,
  recordPromise,
  resolveDispute,
} from '../../../renderer/src/db/followUps';
import { createInvoice } from '../../../renderer/src/db/invoices';
import { addJournalEntry, listClientJournal } from '../../../renderer/src/db/journal';
import { deletePayment, recordPayment } from '../../../renderer/src/db/payments';
import { loadDunningData } from '../../../renderer/src/db/snapshot';
import { addClient, freshDb } from './helpers';

let db: RecouvreDb;
afterEach(() => db?.close());

async function clientWithInvoices(): Promise<{ clientId: string; a: string; b: string }> {
  db = freshDb();
  const c = await addClient(db);
  const base = {
    clientId: c.id,
    issueDate: '2026-09-01',
    dueDate: '2026-10-01',
    amountInclVat: 60_000,
    amountExclVat: 50_000,
  };
  const a = await createInvoice(db, { ...base, number: 'FA-1' });
  const b = await createInvoice(db, { ...base, number: 'FA-2' });
  if (!a.ok || !b.ok) throw new Error('setup');
  return { clientId: c.id, a: a.value.id, b: b.value.id };
}

describe('promises, disputes, plans', () => {
  it('writes each one and its journal line together', async () => {
    const { clientId, a, b } = await clientWithInvoices();
    const promise = await recordPromise(db, {
      clientId,
      invoiceIds: [a],
      madeOn: '2026-10-10',
      promisedDate: '2026-10-20',
      amount: 60_000,
      note: 'Au téléphone',
    });
    const dispute = await openDispute(db, {
      clientId,
      invoiceIds: [b],
      reason: 'Livraison incomplète',
      openedOn: '2026-10-12',
    });
    // 1 200,00 € over two monthly instalments of 600,00 €.
    const plan = await createPaymentPlan(db, {
      clientId,
      invoiceIds: [a, b],
      createdOn: '2026-10-15',
      instalments: [
        { dueDate: '2026-11-15', amount: 60_000 },
        { dueDate: '2026-12-15', amount: 60_000 },
      ],
    });
    expect([promise.ok, dispute.ok, plan.ok]).toEqual([true, true, true]);
    const journal = await listClientJournal(db, clientId);
    expect(journal.map((e) => [e.date, e.type, e.note])).toEqual([
      ['2026-10-10', 'promise', 'Au téléphone'],
      ['2026-10-12', 'dispute', 'Livraison incomplète'],
      ['2026-10-15', 'payment-plan', undefined],
    ]);

    await cancelPromise(db, promise.ok ? promise.value.id : '', '2026-10-18');
    await resolveDispute(db, dispute.ok ? dispute.value.id : '', {
      resolvedOn: '2026-10-30',
      resolution: 'Avoir accordé',
    });
    const all = await listFollowUps(db, clientId);
    expect(all.promises[0]?.cancelledOn).toBe('2026-10-18');
    expect(all.disputes[0]).toMatchObject({ resolvedOn: '2026-10-30', resolution: 'Avoir accordé' });
    expect(all.plans[0]?.instalments).toHaveLength(2);
  });

  it('refuses a promise dated before it was made and one on another client’s invoice, writing nothing', async () => {
    const { clientId, a } = await clientWithInvoices();
    const early = await recordPromise(db, {
      clientId,
      invoiceIds: [a],
      madeOn: '2026-10-10',
      promisedDate: '2026-10-01',
      amount: 100,
    });
    expect(early.ok ? null : early.error.code).toBe('promise.dateBeforeMade');
    const other = await addClient(db, { name: 'Autre' });
    const foreign = await openDispute(db, {
      clientId: other.id,
      invoiceIds: [a],
      reason: 'x',
      openedOn: '2026-10-12',
    });
    expect(foreign.ok ? null : foreign.error.code).toBe('followUp.unknownInvoice');
    expect(await db.journal.count()).toBe(0);
    expect((await db.promises.count()) + (await db.disputes.count())).toBe(0);
  });
});

describe('documents', () => {
  it('stores metadata and bytes apart, with the SHA-256 of the bytes', async () => {
    const { clientId, a } = await clientWithInvoices();
    const bytes = new TextEncoder().encode('abc');
    const r = await storeDocument(db, {
      clientId,
      invoiceIds: [a],
      kind: 'invoice-pdf',
      fileName: 'FA-1.pdf',
      mimeType: 'application/pdf',
      bytes,
    });
    // SHA-256("abc"), FIPS 180-2 test vector.
    expect(r.ok && r.value).toMatchObject({
      size: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
    const id = r.ok ? r.value.id : '';
    expect(await readDocumentBytes(db, id)).toEqual(bytes);
    expect((await listClientDocuments(db, clientId)).map((d) => d.fileName)).toEqual(['FA-1.pdf']);
    expect((await listInvoiceDocuments(db, a)).map((d) => d.id)).toEqual([id]);
    expect(await listClientDocuments(db, clientId)).not.toContainEqual(
      expect.objectContaining({ bytes: expect.anything() }),
    );
  });
});

describe('loadDunningData', () => {
  it('reads the open receivables with their payments, journal and follow-ups, and nothing settled', async () => {
    const { clientId, a, b } = await clientWithInvoices();
    // FA-1 fully paid (600,00 €); FA-2 half paid (300,00 € of 600,00 €) and disputed.
    await recordPayment(db, {
      clientId,
      date: '2026-10-05',
      amount: 60_000,
      allocations: [{ invoiceId: a, amount: 60_000 }],
    });
    await recordPayment(db, {
      id: 'half',
      clientId,
      date: '2026-10-06',
      amount: 30_000,
      allocations: [{ invoiceId: b, amount: 30_000 }],
    });
    await recordPayment(db, { id: 'deposit', clientId, date: '2026-10-07', amount: 5_000, allocations: [] });
    await openDispute(db, { clientId, invoiceIds: [b], reason: 'Quantités', openedOn: '2026-10-08' });
    await recordPromise(db, {
      clientId,
      invoiceIds: [a],
      madeOn: '2026-10-02',
      promisedDate: '2026-10-05',
      amount: 60_000,
    });
    const other = await addClient(db, { name: 'Payeur modèle' });
    await createInvoice(db, {
      clientId: other.id,
      number: 'FA-3',
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      amountInclVat: 100,
      amountExclVat: 100,
    });
    const fa3 = (await db.invoices.where('number').equals('FA-3').first())!;
    await recordPayment(db, {
      clientId: other.id,
      date: '2026-10-01',
      amount: 100,
      allocations: [{ invoiceId: fa3.id, amount: 100 }],
    });

    const data = await loadDunningData(db);
    expect(data.invoices.map((i) => i.number)).toEqual(['FA-2']);
    expect(data.clients.map((c) => c.id)).toEqual([clientId]);
    expect(data.payments.map((p) => p.id).sort()).toEqual(['deposit', 'half']);
    // The journal is not read: steps come folded in `positions`, `journal` keeps only the
    // registered letters of open invoices (there is none here).
    expect(data.journal).toEqual([]);
    expect(data.positions).toEqual({ invoices: [], clients: [] });
    expect(data.disputes).toHaveLength(1);
    expect(data.promises).toHaveLength(0); // about FA-1, settled
    expect(data.scenarios).toHaveLength(3);
    expect(data.invoices[0]).not.toHaveProperty('open');
  });

  it('moves the open flags of payments, journal and dunning position with their invoice, both ways', async () => {
    const { clientId, a } = await clientWithInvoices();
    const reminder = await addJournalEntry(db, {
      clientId,
      invoiceIds: [a],
      date: '2026-10-03',
      type: 'step',
      stepId: 'standard-reminder-1',
      stepKind: 'reminder',
      outcome: 'done',
    });
    expect(reminder.ok).toBe(true);
    const position = {
      invoiceId: a,
      clientId,
      marks: [{ stepId: 'standard-reminder-1', stepKind: 'reminder', outcome: 'done', date: '2026-10-03' }],
      postponements: [],
      letters: [],
    };
    await recordPromise(db, {
      clientId,
      invoiceIds: [a],
      madeOn: '2026-10-02',
      promisedDate: '2026-10-05',
      amount: 60_000,
    });
    // 600,00 € owed: 100,00 € leaves it open, the other 500,00 € closes it.
    await recordPayment(db, {
      id: 'p1',
      clientId,
      date: '2026-10-04',
      amount: 10_000,
      allocations: [{ invoiceId: a, amount: 10_000 }],
    });
    expect((await db.journal.toArray()).map((e) => e.open)).toEqual([1, 1, 1]);
    expect((await loadDunningData(db)).positions.invoices).toEqual([position]);
    await recordPayment(db, {
      id: 'p2',
      clientId,
      date: '2026-10-05',
      amount: 50_000,
      allocations: [{ invoiceId: a, amount: 50_000 }],
    });
    expect((await db.journal.toArray()).map((e) => e.open)).toEqual([0, 0, 0, 0]);
    expect((await db.payments.toArray()).map((p) => p.open)).toEqual([0, 0]);
    expect((await db.dunningPositions.get(a))?.open).toBe(0);
    // FA-2 is still open: its client's done dates are read, FA-1's history is not.
    expect((await loadDunningData(db)).positions).toEqual({
      invoices: [],
      clients: [{ clientId, doneDates: ['2026-10-03'] }],
    });

    await deletePayment(db, 'p2');
    expect((await db.journal.toArray()).map((e) => e.open)).toEqual([1, 1, 1, 1]);
    expect((await db.payments.toArray()).map((p) => p.open)).toEqual([1]);
    const data = await loadDunningData(db);
    expect(data.positions.invoices).toEqual([position]);
    expect(data.positions.clients).toEqual([{ clientId, doneDates: ['2026-10-03'] }]);
  });
});
