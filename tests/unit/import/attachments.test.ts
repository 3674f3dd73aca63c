import { describe, expect, it } from 'vitest';
import { attachFiles } from '../../../renderer/src/db/attachments';
import { invoiceNumberInFileName } from '../../../renderer/src/domain/import/attachmentMatch';
import { freshDb } from './helpers';

describe('invoiceNumberInFileName', () => {
  const numbers = ['FA-2026-004', 'FA-2026-0042', 'F12'];
  it('ignores separators and case, never matches a number glued to more digits', () => {
    expect(invoiceNumberInFileName('Facture fa_2026_0042.PDF', numbers)).toBe('FA-2026-0042');
    expect(invoiceNumberInFileName('FA20260042.pdf', numbers)).toBe('FA-2026-0042');
    expect(invoiceNumberInFileName('FA-2026-004 bon de livraison.pdf', numbers)).toBe('FA-2026-004');
    expect(invoiceNumberInFileName('F123.pdf', numbers)).toBeUndefined();
    expect(invoiceNumberInFileName('CGV 2026.pdf', numbers)).toBeUndefined();
  });
});

describe('attachFiles', () => {
  async function withInvoice() {
    const db = freshDb();
    await db.clients.add({
      id: 'c1',
      name: 'Dupont',
      kind: 'professional',
      addressLines: [],
      contacts: [],
      language: 'fr',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await db.invoices.add({
      id: 'i1',
      number: 'FA-2026-0042',
      clientId: 'c1',
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      amountInclVat: 100,
      amountExclVat: 100,
      currency: 'EUR',
      source: 'manual',
      open: 1,
    });
    return db;
  }

  it('links a PDF to the invoice its name carries and stores the bytes with their SHA-256', async () => {
    const db = await withInvoice();
    const pdf = new TextEncoder().encode('%PDF-1.7 facture');
    const r = await attachFiles(db, 'c1', [
      { name: 'Facture_FA_2026_0042.pdf', bytes: pdf, mimeType: 'application/pdf' },
      { name: 'CGV.pdf', bytes: new Uint8Array([1, 2, 3]), mimeType: 'application/pdf' },
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(
      r.attached.map((a) => [a.document.fileName, a.document.kind, a.document.invoiceIds, a.invoiceNumber]),
    ).toEqual([
      ['Facture_FA_2026_0042.pdf', 'invoice-pdf', ['i1'], 'FA-2026-0042'],
      ['CGV.pdf', 'other', [], undefined],
    ]);
    // sha256("\x01\x02\x03")
    expect(r.attached[1]?.document.sha256).toBe(
      '039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81',
    );
    expect((await db.documentFiles.get(r.attached[0]!.document.id))?.bytes).toEqual(pdf);
  });

  it('refuses a file over the limit and writes none of the files', async () => {
    const db = await withInvoice();
    const r = await attachFiles(
      db,
      'c1',
      [
        { name: 'ok.pdf', bytes: new Uint8Array(10), mimeType: 'application/pdf' },
        { name: 'scan.tiff', bytes: new Uint8Array(11), mimeType: 'image/tiff' },
      ],
      { maxBytes: 10 },
    );
    expect(r).toEqual({
      ok: false,
      errors: [{ code: 'attachment.tooLarge', params: { name: 'scan.tiff', max: 10 } }],
    });
    expect(await db.documents.count()).toBe(0);
  });
});
