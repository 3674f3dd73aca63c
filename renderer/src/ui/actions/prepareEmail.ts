/**
 * "Ouvrir l'e-mail": the step's e-mail template filled in, as a mailto: link for the
 * user's mail client and as an .eml draft carrying what a link cannot (the letter in
 * Word and the invoices' PDFs). Nothing is sent by the app: the user sends it, then says
 * so ("Marquer comme envoyé"), which keeps the draft as the copy sent.
 */
import type { RecouvreDb } from '../../db/database';
import { listInvoiceDocuments, readDocumentBytes, storeDocumentWithEntry } from '../../db/documents';
import { composeEmail, type ComposedEmail } from '../../documents/email/compose';
import type { EmlAttachment } from '../../documents/email/eml';
import { letterFigures } from '../../documents/letters/figures';
import { letterContext } from '../../documents/templates/context';
import type { CompanySettings, IsoDate, JournalEntry } from '../../domain/model';
import { err, ok, type Result } from '../../domain/result';
import type { Platform, SaveResult } from '../../platform';
import { letterInputOf, loadActionData } from './actionData';
import type { ActionTarget } from './actionTarget';
import { buildStepLetter } from './generateLetter';
import { EML_MIME, documentFileName } from './letterFile';
import { stepLine } from './recordStep';
import { stepTemplate } from './stepTemplate';

export interface PrepareEmailInput {
  target: ActionTarget;
  company: CompanySettings;
  today: IsoDate;
  /** the instant written in the draft's Date header */
  now: Date;
}

export interface PreparedEmail {
  target: ActionTarget;
  today: IsoDate;
  composed: ComposedEmail;
  /** what the .eml carries */
  attachments: { fileName: string; mimeType: string; size: number }[];
  emlFileName: string;
}

function domainOf(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  return at > 0 ? email.slice(at + 1).trim() : undefined;
}

async function invoicePdfs(database: RecouvreDb, invoiceIds: readonly string[]): Promise<EmlAttachment[]> {
  const out: EmlAttachment[] = [];
  const seen = new Set<string>();
  for (const id of invoiceIds) {
    for (const doc of await listInvoiceDocuments(database, id)) {
      if (doc.kind !== 'invoice-pdf' || seen.has(doc.id)) continue;
      seen.add(doc.id);
      const bytes = await readDocumentBytes(database, doc.id);
      if (bytes) out.push({ fileName: doc.fileName, mimeType: doc.mimeType, bytes });
    }
  }
  return out;
}

export async function prepareEmail(
  database: RecouvreDb,
  input: PrepareEmailInput,
): Promise<Result<PreparedEmail>> {
  const data = await loadActionData(database, input.target, input.company, input.today);
  if (!data.ok) return data;
  const lang = data.value.client.language;
  const template = stepTemplate(input.target.step, 'email', lang, data.value.templates);
  if (!template) return err('action.noTemplate', { step: input.target.step.id });

  const letterInput = letterInputOf(data.value, template, input.company, input.today);
  const context = letterContext(letterInput, letterFigures(letterInput));
  const attachments: EmlAttachment[] = [];
  // The same step as a Word letter, when the scenario's template has one (the pre-reminder, a reminder…).
  const letter = await buildStepLetter(data.value, input.target, input.company, input.today);
  if (letter.ok)
    attachments.push({
      fileName: letter.value.fileName,
      mimeType: letter.value.mimeType,
      bytes: letter.value.bytes,
    });
  attachments.push(...(await invoicePdfs(database, input.target.invoiceIds)));

  const company = input.company;
  const composed = composeEmail({
    template,
    context,
    client: data.value.client,
    // An e-mail is plain text: an invoice table typed in a template becomes the invoice list.
    blocks: { 'factures.tableau': context.values['factures.liste'] ?? '' },
    ...(company.email.trim()
      ? { from: { name: company.name || undefined, address: company.email.trim() } }
      : {}),
    attachments,
    date: input.now,
    ...(domainOf(company.email) ? { messageIdDomain: domainOf(company.email) } : {}),
  });
  if (!composed.ok) return composed;
  return ok({
    target: input.target,
    today: input.today,
    composed: composed.value,
    attachments: attachments.map((a) => ({
      fileName: a.fileName,
      mimeType: a.mimeType,
      size: a.bytes.byteLength,
    })),
    emlFileName: documentFileName(template.kind, data.value.client.name, input.today, lang, 'eml'),
  });
}

/** "Télécharger le brouillon .eml": opens in Outlook, Thunderbird or Mail with the attachments. */
export function saveEmailDraft(
  platform: Pick<Platform, 'saveAndOpen'>,
  email: PreparedEmail,
): Promise<SaveResult> {
  return platform.saveAndOpen({ fileName: email.emlFileName, mimeType: EML_MIME, bytes: email.composed.eml });
}

export interface EmailSent {
  emailEntry: JournalEntry;
  stepEntry: JournalEntry;
  documentId: string;
}

/**
 * "Marquer comme envoyé": the draft is kept as the copy sent, an 'email-sent' line
 * names it, and the step is recorded done with it (the action leaves today's list) —
 * all in one transaction, so a failure leaves neither a copy with its step still due
 * nor a step done without its copy.
 */
export async function markEmailSent(database: RecouvreDb, email: PreparedEmail): Promise<Result<EmailSent>> {
  const { target, today } = email;
  const step = stepLine(target, today, 'done');
  if (!step.ok) return step;
  // The document's client, invoices and id are the step's too: storeDocumentWithEntry sets them.
  const { clientId: _client, invoiceIds: _invoices, documentIds: _documents, ...stepFields } = step.value;
  const stored = await storeDocumentWithEntry(
    database,
    {
      clientId: target.clientId,
      invoiceIds: target.invoiceIds,
      kind: 'email',
      fileName: email.emlFileName,
      mimeType: EML_MIME,
      bytes: email.composed.eml,
    },
    {
      date: today,
      type: 'email-sent',
      scenarioId: target.scenarioId,
      stepId: target.step.id,
      stepKind: target.step.kind,
      channel: 'email',
      note: email.composed.subject,
    },
    [stepFields],
  );
  if (!stored.ok) return stored;
  const [stepEntry] = stored.value.furtherEntries;
  if (!stepEntry) return err('action.unexpected', { message: 'step line missing' });
  return ok({ emailEntry: stored.value.entry, stepEntry, documentId: stored.value.document.id });
}
