import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../../../../renderer/src/db/documents';
import { listClientJournal } from '../../../../renderer/src/db/journal';
import { DOCX_MIME, generateLetter } from '../../../../renderer/src/ui/actions';
import { account, CLIENT_ID, COMPANY, INVOICE_ID, RecordingPlatform, target, TODAY } from './fixtures';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!);

describe('generateLetter', () => {
  it('keeps the Word letter with its SHA-256, writes a document line naming it and saves it as "Relance - client - date.docx"', async () => {
    const db = await account();
    const platform = new RecordingPlatform();
    const r = await generateLetter(db, platform, {
      target: target('standard-reminder-2'),
      company: COMPANY,
      today: TODAY,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));

    // Ids in the order the flow asks for them: the document first, then its journal line.
    expect(r.value.document).toMatchObject({
      id: 'id-1',
      journalId: 'id-2',
      clientId: CLIENT_ID,
      invoiceIds: [INVOICE_ID],
      kind: 'letter',
      fileName: 'Relance - Menuiserie Lefèvre - 2026-11-27.docx',
      mimeType: DOCX_MIME,
      createdAt: '2026-11-27T09:00:00.000Z',
    });
    const stored = await readDocumentBytes(db, 'id-1');
    expect(stored).toBeDefined();
    expect(r.value.document.sha256).toBe(sha256(stored!));
    expect(r.value.document.size).toBe(stored!.byteLength);

    const line = {
      id: 'id-2',
      clientId: CLIENT_ID,
      invoiceIds: [INVOICE_ID],
      date: TODAY,
      at: '2026-11-27T09:00:00.000Z',
      type: 'document',
      scenarioId: 'standard',
      stepId: 'standard-reminder-2',
      stepKind: 'reminder',
      channel: 'letter',
      documentIds: ['id-1'],
    };
    expect(r.value.journalEntry).toEqual(line);
    // toMatchObject: the stored row may carry index fields of its own (db/schema.ts).
    const journal = await listClientJournal(db, CLIENT_ID);
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject(line);

    // What the user gets is byte for byte the copy kept as proof.
    expect(platform.opened).toHaveLength(1);
    expect(platform.opened[0]!.fileName).toBe('Relance - Menuiserie Lefèvre - 2026-11-27.docx');
    expect(platform.opened[0]!.mimeType).toBe(DOCX_MIME);
    expect(sha256(platform.opened[0]!.bytes)).toBe(r.value.document.sha256);
    expect(r.value.saved).toEqual({ status: 'saved', path: '/home/claire/Documents/x' });
    expect(platform.saved).toEqual([]);
  });

  it('fills the second-reminder letter with the invoice and the client', async () => {
    const db = await account();
    const r = await generateLetter(db, new RecordingPlatform(), {
      target: target('standard-reminder-2'),
      company: COMPANY,
      today: TODAY,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const xml = documentXml(r.value.letter.bytes);
    expect(xml).toContain('FA-2026-0042');
    expect(xml).toContain('Menuiserie Lefèvre');
    expect(xml).toContain('Atelier Martin');
  });

  it('names the file in English for an English-speaking client', async () => {
    const db = await account({ language: 'en' });
    const platform = new RecordingPlatform();
    const r = await generateLetter(db, platform, {
      target: target('standard-last-reminder'),
      company: COMPANY,
      today: TODAY,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(platform.opened[0]!.fileName).toBe(
      'Last reminder before formal notice - Menuiserie Lefèvre - 2026-11-27.docx',
    );
    expect(documentXml(r.value.letter.bytes)).toContain('Final reminder before formal notice');
  });

  it('still keeps the copy when the user cancels the save dialog', async () => {
    const db = await account();
    const platform = new RecordingPlatform({ status: 'cancelled' });
    const r = await generateLetter(db, platform, {
      target: target('standard-reminder-2'),
      company: COMPANY,
      today: TODAY,
    });
    expect(r.ok && r.value.saved).toEqual({ status: 'cancelled' });
    expect(await db.documents.count()).toBe(1);
  });

  it('writes nothing for a step without a letter (a call)', async () => {
    const db = await account();
    const platform = new RecordingPlatform();
    const r = await generateLetter(db, platform, {
      target: target('strategic-call-1', 'strategic'),
      company: COMPANY,
      today: TODAY,
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'action.noTemplate', params: { step: 'strategic-call-1' } },
    });
    expect(await db.documents.count()).toBe(0);
    expect(await db.journal.count()).toBe(0);
    expect(platform.opened).toEqual([]);
  });

  it('refuses a client or invoices that are gone', async () => {
    const db = await account();
    const platform = new RecordingPlatform();
    const gone = { ...target('standard-reminder-2'), clientId: 'client-gone' };
    expect(await generateLetter(db, platform, { target: gone, company: COMPANY, today: TODAY })).toEqual({
      ok: false,
      error: { code: 'action.clientNotFound', params: { id: 'client-gone' } },
    });
    const noInvoice = { ...target('standard-reminder-2'), invoiceIds: ['invoice-gone'] };
    expect(await generateLetter(db, platform, { target: noInvoice, company: COMPANY, today: TODAY })).toEqual(
      {
        ok: false,
        error: { code: 'action.noInvoice' },
      },
    );
    expect(await db.documents.count()).toBe(0);
  });
});
