import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readDocumentBytes, storeDocument } from '../../../../renderer/src/db/documents';
import { listClientJournal } from '../../../../renderer/src/db/journal';
import {
  DOCX_MIME,
  EML_MIME,
  markEmailSent,
  prepareEmail,
  saveEmailDraft,
} from '../../../../renderer/src/ui/actions';
import {
  account,
  CLIENT_ID,
  COMPANY,
  INVOICE_ID,
  proposedSteps,
  RecordingPlatform,
  target,
  TODAY,
} from './fixtures';

const NOW = new Date('2026-11-27T09:00:00.000Z');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The invoice's PDF as the user attached it to the client file. */
async function withInvoicePdf(db: Awaited<ReturnType<typeof account>>) {
  const r = await storeDocument(db, {
    id: 'pdf-42',
    clientId: CLIENT_ID,
    invoiceIds: [INVOICE_ID],
    kind: 'invoice-pdf',
    fileName: 'FA-2026-0042.pdf',
    mimeType: 'application/pdf',
    bytes: new TextEncoder().encode('%PDF-1.4 facture FA-2026-0042'),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
}

describe('prepareEmail', () => {
  it('fills the e-mail reminder for the billing contact, with the Word letter and the invoice PDF attached', async () => {
    const db = await account();
    await withInvoicePdf(db);
    const r = await prepareEmail(db, {
      target: target('standard-reminder-1'),
      company: COMPANY,
      today: TODAY,
      now: NOW,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.composed.to).toEqual([
      { name: 'Service comptabilité', address: 'compta@menuiserie-lefevre.example' },
    ]);
    // email-reminder-fr: "{{entreprise.nom}} — rappel de paiement"
    expect(r.value.composed.subject).toBe('Atelier Martin — rappel de paiement');
    expect(r.value.composed.body).toContain('FA-2026-0042');
    expect(r.value.attachments.map((a) => [a.fileName, a.mimeType])).toEqual([
      ['Relance - Menuiserie Lefèvre - 2026-11-27.docx', DOCX_MIME],
      ['FA-2026-0042.pdf', 'application/pdf'],
    ]);
    // '%PDF-1.4 facture FA-2026-0042' is 29 bytes.
    expect(r.value.attachments[1]!.size).toBe(29);
    expect(r.value.emlFileName).toBe('Relance - Menuiserie Lefèvre - 2026-11-27.eml');
    const eml = new TextDecoder().decode(r.value.composed.eml);
    expect(eml).toContain('FA-2026-0042.pdf');
    // Preparing writes nothing: the user may never send it.
    expect(await db.documents.count()).toBe(1);
    expect(await db.journal.count()).toBe(0);
  });

  it('saves the .eml draft through the platform', async () => {
    const db = await account();
    const platform = new RecordingPlatform();
    const r = await prepareEmail(db, {
      target: target('standard-reminder-1'),
      company: COMPANY,
      today: TODAY,
      now: NOW,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(await saveEmailDraft(platform, r.value)).toEqual({
      status: 'saved',
      path: '/home/claire/Documents/x',
    });
    expect(platform.opened.map((f) => [f.fileName, f.mimeType])).toEqual([
      ['Relance - Menuiserie Lefèvre - 2026-11-27.eml', EML_MIME],
    ]);
    expect(sha256(platform.opened[0]!.bytes)).toBe(sha256(r.value.composed.eml));
  });

  it('writes in English to an English-speaking client', async () => {
    const db = await account({ language: 'en' });
    const r = await prepareEmail(db, {
      target: target('standard-reminder-1'),
      company: COMPANY,
      today: TODAY,
      now: NOW,
    });
    expect(r.ok && r.value.composed.subject).toBe('Atelier Martin — payment reminder');
    expect(r.ok && r.value.emlFileName).toBe('Reminder - Menuiserie Lefèvre - 2026-11-27.eml');
  });

  it('refuses a step without an e-mail template (the court file)', async () => {
    const db = await account();
    const r = await prepareEmail(db, {
      target: target('standard-court-file'),
      company: COMPANY,
      today: TODAY,
      now: NOW,
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'action.noTemplate', params: { step: 'standard-court-file' } },
    });
  });
});

describe('markEmailSent', () => {
  it('keeps the draft as the copy sent, writes an email-sent line and the step done, and the step leaves the list', async () => {
    const db = await account();
    const prepared = await prepareEmail(db, {
      target: target('standard-reminder-1'),
      company: COMPANY,
      today: TODAY,
      now: NOW,
    });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    expect(await proposedSteps(db, TODAY)).toEqual(['standard-reminder-1']);

    const r = await markEmailSent(db, prepared.value);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    // Ids: the document, its email-sent line, then the step line.
    expect(r.value.documentId).toBe('id-1');
    const doc = await db.documents.get('id-1');
    expect(doc).toMatchObject({
      kind: 'email',
      fileName: 'Relance - Menuiserie Lefèvre - 2026-11-27.eml',
      mimeType: EML_MIME,
      journalId: 'id-2',
      invoiceIds: [INVOICE_ID],
      sha256: sha256(prepared.value.composed.eml),
    });
    expect(await readDocumentBytes(db, 'id-1')).toEqual(prepared.value.composed.eml);

    expect(r.value.emailEntry).toMatchObject({
      id: 'id-2',
      type: 'email-sent',
      channel: 'email',
      documentIds: ['id-1'],
      note: 'Atelier Martin — rappel de paiement',
    });
    expect(r.value.stepEntry).toMatchObject({
      id: 'id-3',
      type: 'step',
      outcome: 'done',
      stepId: 'standard-reminder-1',
      documentIds: ['id-1'],
    });
    expect((await listClientJournal(db, CLIENT_ID)).map((e) => e.type)).toEqual(['email-sent', 'step']);
    expect(await proposedSteps(db, TODAY)).toEqual([]);
  });
});
