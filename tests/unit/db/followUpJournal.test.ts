// The journal line of a follow-up's change is written with the change, in one transaction,
// and says which follow-up it is about and what happened to it.
import { afterEach, describe, expect, it } from 'vitest';
import type { RecouvreDb } from '../../../renderer/src/db/database';
import {
  cancelPaymentPlan,
  cancelPromise,
  createPaymentPlan,
  openDispute,
  recordPromise,
  resolveDispute,
} from '../../../renderer/src/db/followUps';
import { createInvoice } from '../../../renderer/src/db/invoices';
import { listClientJournal } from '../../../renderer/src/db/journal';
import { addClient, freshDb, sequentialIds } from './helpers';

let db: RecouvreDb;
afterEach(() => db?.close());

/** ids id-1, id-2… unless `forced` is set: lets a test make the next id collide. */
let forced: string | null = null;

async function clientWithInvoice(): Promise<{ clientId: string; invoiceId: string }> {
  const seq = sequentialIds();
  forced = null;
  db = freshDb({ newId: () => forced ?? seq() });
  const c = await addClient(db);
  const inv = await createInvoice(db, {
    clientId: c.id,
    number: 'FA-1',
    issueDate: '2026-09-01',
    dueDate: '2026-10-01',
    amountInclVat: 60_000,
    amountExclVat: 50_000,
  });
  if (!inv.ok) throw new Error('setup');
  return { clientId: c.id, invoiceId: inv.value.id };
}

const unwrap = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value;
};

describe('follow-up journal lines', () => {
  it('records the opening, the cancellation and the resolution with the follow-up id and event', async () => {
    const { clientId, invoiceId } = await clientWithInvoice();
    const promise = unwrap(
      await recordPromise(db, {
        clientId,
        invoiceIds: [invoiceId],
        madeOn: '2026-10-10',
        promisedDate: '2026-10-20',
        amount: 60_000,
      }),
    );
    const dispute = unwrap(
      await openDispute(db, {
        clientId,
        invoiceIds: [invoiceId],
        reason: 'Colis abîmé',
        openedOn: '2026-10-12',
      }),
    );
    const plan = unwrap(
      await createPaymentPlan(db, {
        clientId,
        invoiceIds: [invoiceId],
        createdOn: '2026-10-15',
        instalments: [{ dueDate: '2026-11-15', amount: 60_000 }],
      }),
    );
    unwrap(await cancelPromise(db, promise.id, '2026-10-18', 'Promesse annulée.'));
    unwrap(await resolveDispute(db, dispute.id, { resolvedOn: '2026-10-30', resolution: 'Avoir accordé' }));
    unwrap(await cancelPaymentPlan(db, plan.id, '2026-11-02'));

    const journal = await listClientJournal(db, clientId);
    expect(journal.map((e) => [e.date, e.type, e.followUpId, e.event, e.note, e.invoiceIds])).toEqual([
      ['2026-10-10', 'promise', promise.id, 'opened', undefined, [invoiceId]],
      ['2026-10-12', 'dispute', dispute.id, 'opened', 'Colis abîmé', [invoiceId]],
      ['2026-10-15', 'payment-plan', plan.id, 'opened', undefined, [invoiceId]],
      ['2026-10-18', 'promise', promise.id, 'cancelled', 'Promesse annulée.', [invoiceId]],
      // Without a note from the caller, the line says the resolution itself.
      ['2026-10-30', 'dispute', dispute.id, 'resolved', 'Avoir accordé', [invoiceId]],
      ['2026-11-02', 'payment-plan', plan.id, 'cancelled', undefined, [invoiceId]],
    ]);
    // A resolution written by the dialog keeps the dialog's sentence.
    const d2 = unwrap(
      await openDispute(db, { clientId, invoiceIds: [invoiceId], reason: 'Prix', openedOn: '2026-11-03' }),
    );
    unwrap(
      await resolveDispute(
        db,
        d2.id,
        { resolvedOn: '2026-11-04', resolution: 'Remise' },
        'Litige résolu : Remise',
      ),
    );
    expect((await listClientJournal(db, clientId)).at(-1)?.note).toBe('Litige résolu : Remise');
  });

  it('writes nothing when the follow-up is unknown', async () => {
    await clientWithInvoice();
    const before = await db.journal.count();
    const r = await cancelPromise(db, 'nope', '2026-10-18');
    expect(r.ok ? null : r.error).toEqual({ code: 'followUp.notFound', params: { id: 'nope' } });
    expect(await db.journal.count()).toBe(before);
  });

  it('keeps the promise open when its journal line cannot be written (one transaction)', async () => {
    const { clientId, invoiceId } = await clientWithInvoice();
    const promise = unwrap(
      await recordPromise(db, {
        clientId,
        invoiceIds: [invoiceId],
        madeOn: '2026-10-10',
        promisedDate: '2026-10-20',
        amount: 60_000,
      }),
    );
    const opened = (await listClientJournal(db, clientId))[0]!;
    // The next journal id collides with the opening line: the add fails, the put is rolled back.
    forced = opened.id;
    await expect(cancelPromise(db, promise.id, '2026-10-18')).rejects.toThrow();
    forced = null;
    expect((await db.promises.get(promise.id))?.cancelledOn).toBeUndefined();
    expect(await db.journal.count()).toBe(1);
  });
});
