// A letter or e-mail kept as sent and the journal line naming it are written together.
import { afterEach, describe, expect, it } from 'vitest';
import type { RecouvreDb } from '../../../renderer/src/db/database';
import { readDocumentBytes, storeDocumentWithEntry } from '../../../renderer/src/db/documents';
import { createInvoice } from '../../../renderer/src/db/invoices';
import { listClientJournal } from '../../../renderer/src/db/journal';
import { addClient, freshDb, FROZEN_NOW } from './helpers';

let db: RecouvreDb;
afterEach(() => db?.close());

async function clientWithInvoice(): Promise<{ clientId: string; invoiceId: string }> {
  db = freshDb();
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

const LETTER = {
  kind: 'letter' as const,
  fileName: 'Relance Menuiserie Lefèvre 2026-11-27.docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  bytes: new TextEncoder().encode('abc'),
};

describe('storeDocumentWithEntry', () => {
  it('stores the document, its bytes and SHA-256, and the line that names it; each names the other', async () => {
    const { clientId, invoiceId } = await clientWithInvoice();
    const r = await storeDocumentWithEntry(
      db,
      { ...LETTER, clientId, invoiceIds: [invoiceId] },
      { date: '2026-11-27', type: 'document', stepKind: 'reminder', channel: 'letter' },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { document, entry } = r.value;
    expect(document).toMatchObject({
      clientId,
      invoiceIds: [invoiceId],
      kind: 'letter',
      size: 3,
      // SHA-256("abc"), FIPS 180-2 test vector.
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      journalId: entry.id,
      createdAt: FROZEN_NOW.toISOString(),
    });
    expect(entry).toMatchObject({
      clientId,
      invoiceIds: [invoiceId],
      date: '2026-11-27',
      type: 'document',
      documentIds: [document.id],
      at: FROZEN_NOW.toISOString(),
    });
    expect(await listClientJournal(db, clientId)).toEqual([entry]);
    expect(await readDocumentBytes(db, document.id)).toEqual(LETTER.bytes);
    // The document's id is drawn before the line's: the order the letter flow always had.
    expect([document.id, entry.id]).toEqual(['id-3', 'id-4']);
  });

  it('writes neither when the line cannot be written', async () => {
    const { clientId } = await clientWithInvoice();
    const other = await addClient(db, { name: 'Autre' });
    const foreign = await createInvoice(db, {
      clientId: other.id,
      number: 'FA-9',
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      amountInclVat: 100,
      amountExclVat: 100,
    });
    if (!foreign.ok) throw new Error('setup');
    const r = await storeDocumentWithEntry(
      db,
      { ...LETTER, clientId, invoiceIds: [foreign.value.id] },
      { date: '2026-11-27', type: 'document' },
    );
    expect(r.ok ? null : r.error.code).toBe('journal.unknownInvoice');
    const bad = await storeDocumentWithEntry(
      db,
      { ...LETTER, clientId },
      { date: '27/11/2026', type: 'document' },
    );
    expect(bad.ok).toBe(false);
    expect([await db.documents.count(), await db.documentFiles.count(), await db.journal.count()]).toEqual([
      0, 0, 0,
    ]);
  });

  it('writes further lines naming the document in the same transaction, or nothing when one is wrong', async () => {
    const { clientId, invoiceId } = await clientWithInvoice();
    const sent = { date: '2026-11-27', type: 'email-sent' as const, channel: 'email' as const };
    const bad = await storeDocumentWithEntry(db, { ...LETTER, clientId, invoiceIds: [invoiceId] }, sent, [
      { date: '27/11/2026', type: 'step', outcome: 'done' },
    ]);
    expect(bad.ok).toBe(false);
    expect([await db.documents.count(), await db.documentFiles.count(), await db.journal.count()]).toEqual([
      0, 0, 0,
    ]);

    const r = await storeDocumentWithEntry(db, { ...LETTER, clientId, invoiceIds: [invoiceId] }, sent, [
      { date: '2026-11-27', type: 'step', outcome: 'done', stepId: 'standard-reminder-1' },
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { document, entry, furtherEntries } = r.value;
    expect(furtherEntries).toHaveLength(1);
    expect(furtherEntries[0]).toMatchObject({
      clientId,
      invoiceIds: [invoiceId],
      type: 'step',
      outcome: 'done',
      documentIds: [document.id],
    });
    expect(await listClientJournal(db, clientId)).toEqual([entry, ...furtherEntries]);
  });
});
