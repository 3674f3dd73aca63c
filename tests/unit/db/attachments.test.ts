import { afterEach, describe, expect, it } from 'vitest';
import { attachFiles, attachmentSizeErrors, type AttachmentKind } from '../../../renderer/src/db/attachments';
import type { RecouvreDb } from '../../../renderer/src/db/database';
import { createInvoice } from '../../../renderer/src/db/invoices';
import { addClient, freshDb } from './helpers';

let db: RecouvreDb;
afterEach(() => db?.close());

async function clientWithInvoice(): Promise<{ clientId: string; invoiceId: string }> {
  db = freshDb();
  const client = await addClient(db);
  const invoice = await createInvoice(db, {
    clientId: client.id,
    number: 'FA-2026-0042',
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    amountInclVat: 120_000,
    amountExclVat: 100_000,
  });
  if (!invoice.ok) throw new Error(JSON.stringify(invoice.error));
  return { clientId: client.id, invoiceId: invoice.value.id };
}

const NAMED = {
  name: 'FA-2026-0042 scan.pdf',
  bytes: new Uint8Array([1, 2, 3]),
  mimeType: 'application/pdf',
};

describe('attachFiles with a kind chosen by the user', () => {
  it('links invoice PDFs and delivery notes by the number in their name, and nothing else', async () => {
    const { clientId, invoiceId } = await clientWithInvoice();
    const kinds: AttachmentKind[] = [
      'invoice-pdf',
      'delivery-note',
      'terms-of-sale',
      'acknowledgement-scan',
      'other',
    ];
    const linked: Record<string, string[]> = {};
    for (const kind of kinds) {
      const r = await attachFiles(db, clientId, [NAMED], { kind });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(r.attached[0]?.document.kind).toBe(kind);
      linked[kind] = r.attached[0]!.document.invoiceIds;
    }
    expect(linked).toEqual({
      'invoice-pdf': [invoiceId],
      'delivery-note': [invoiceId],
      'terms-of-sale': [],
      'acknowledgement-scan': [],
      other: [],
    });
    expect(await db.documents.count()).toBe(5);
  });

  it('keeps the kind even when no invoice matches (an invoice PDF of an invoice not yet entered)', async () => {
    const { clientId } = await clientWithInvoice();
    const r = await attachFiles(
      db,
      clientId,
      [{ name: 'BL 17.jpg', bytes: new Uint8Array([9]), mimeType: 'image/jpeg' }],
      { kind: 'delivery-note' },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.attached.map((a) => [a.document.kind, a.document.invoiceIds, a.invoiceNumber])).toEqual([
      ['delivery-note', [], undefined],
    ]);
  });

  it('without a kind, guesses as before: a PDF named after an invoice is its PDF, the rest other', async () => {
    const { clientId, invoiceId } = await clientWithInvoice();
    const r = await attachFiles(db, clientId, [
      NAMED,
      { name: 'FA-2026-0042.jpg', bytes: new Uint8Array([4]), mimeType: 'image/jpeg' },
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.attached.map((a) => [a.document.kind, a.document.invoiceIds])).toEqual([
      ['invoice-pdf', [invoiceId]],
      ['other', [invoiceId]],
    ]);
  });
});

describe('attachmentSizeErrors', () => {
  it('refuses a file over the limit or empty, by name', () => {
    expect(
      attachmentSizeErrors(
        [
          { name: 'ok.pdf', size: 10 },
          { name: 'big.tiff', size: 11 },
          { name: 'vide.pdf', size: 0 },
        ],
        10,
      ),
    ).toEqual([
      { code: 'attachment.tooLarge', params: { name: 'big.tiff', max: 10 } },
      { code: 'attachment.empty', params: { name: 'vide.pdf' } },
    ]);
    // 20 Mio by default: 20 × 1024 × 1024 = 20 971 520 bytes pass, one more does not.
    expect(attachmentSizeErrors([{ name: 'a', size: 20_971_520 }])).toEqual([]);
    expect(attachmentSizeErrors([{ name: 'a', size: 20_971_521 }])).toHaveLength(1);
  });
});
