/**
 * Stored files (invoice PDFs, delivery notes, letters sent, scans of AR cards). The
 * metadata and the bytes are two tables so a list never loads the bytes; both are
 * written in one transaction. The SHA-256 lets the lawyer's dossier prove a copy is
 * the one sent.
 */
import type { DocumentKind, JournalEntry, StoredDocument } from '../domain/model';
import { err, ok, type Result } from '../domain/result';
import { sha256Hex } from '../domain/sha256';
import type { RecouvreDb } from './database';
import { newJournalEntry } from './journal';
import { journalEntrySchema, parseWith, storedDocumentSchema } from './validation';

export interface DocumentInput {
  id?: string;
  clientId?: string;
  invoiceIds?: string[];
  kind: DocumentKind;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  journalId?: string;
}

/** The metadata row, checked; the hash is computed by the caller before any transaction. */
function documentRecord(db: RecouvreDb, input: DocumentInput, sha256: string): Result<StoredDocument> {
  const parsed = parseWith(storedDocumentSchema, {
    id: input.id ?? db.newId(),
    clientId: input.clientId,
    invoiceIds: input.invoiceIds ?? [],
    kind: input.kind,
    fileName: input.fileName,
    mimeType: input.mimeType,
    size: input.bytes.byteLength,
    sha256,
    createdAt: db.nowIso(),
    journalId: input.journalId,
  });
  return parsed.ok ? ok(dropUndefined(parsed.value)) : parsed;
}

export async function storeDocument(db: RecouvreDb, input: DocumentInput): Promise<Result<StoredDocument>> {
  // Hash before the transaction: awaiting a non-IndexedDB promise inside it would commit it early.
  const sha256 = sha256Hex(input.bytes);
  const record = documentRecord(db, input, sha256);
  if (!record.ok) return record;
  const doc = record.value;
  return db.transaction('rw', [db.documents, db.documentFiles, db.clients], async () => {
    if (doc.clientId !== undefined && !(await db.clients.get(doc.clientId))) {
      return err<StoredDocument>('document.unknownClient');
    }
    if (await db.documents.get(doc.id)) return err<StoredDocument>('document.duplicateId');
    await db.documents.add(doc);
    await db.documentFiles.add({ documentId: doc.id, bytes: input.bytes.slice() });
    return ok(doc);
  });
}

/** What the journal line of a stored document says; its client, invoices and document come from the document. */
export type DocumentJournalFields = Omit<
  JournalEntry,
  'id' | 'at' | 'clientId' | 'invoiceIds' | 'documentIds'
>;

export interface DocumentWithEntry {
  document: StoredDocument;
  entry: JournalEntry;
  /** the further lines asked for, in the order given */
  furtherEntries: JournalEntry[];
}

/**
 * A document produced for a client (a letter, an e-mail sent) and the journal line that
 * names it, in one transaction: a copy without its line would be missing from the
 * chronology, a line without its copy would prove nothing. `further` lines (the step the
 * document completes) name it too and are written in the same transaction, so the step
 * is never done without its copy, nor the copy kept with its step still due.
 */
export async function storeDocumentWithEntry(
  db: RecouvreDb,
  input: Omit<DocumentInput, 'journalId' | 'clientId'> & { clientId: string },
  journal: DocumentJournalFields,
  further: readonly DocumentJournalFields[] = [],
): Promise<Result<DocumentWithEntry>> {
  // Hash before the transaction: awaiting a non-IndexedDB promise inside it would commit it early.
  const sha256 = sha256Hex(input.bytes);
  // Ids first, so the document names its journal line and the line lists the document.
  const documentId = input.id ?? db.newId();
  const lines: JournalEntry[] = [];
  for (const fields of [journal, ...further]) {
    const parsed = parseWith(
      journalEntrySchema,
      newJournalEntry(db, {
        ...fields,
        clientId: input.clientId,
        invoiceIds: input.invoiceIds ?? [],
        documentIds: [documentId],
      }),
    );
    if (!parsed.ok) return parsed;
    lines.push(dropUndefined(parsed.value));
  }
  const [entry, ...furtherEntries] = lines as [JournalEntry, ...JournalEntry[]];
  const record = documentRecord(db, { ...input, id: documentId, journalId: entry.id }, sha256);
  if (!record.ok) return record;
  const doc = record.value;
  return db.transaction(
    'rw',
    [db.documents, db.documentFiles, db.journal, db.clients, db.invoices],
    async () => {
      if (!(await db.clients.get(input.clientId))) return err<DocumentWithEntry>('document.unknownClient');
      const invoices = await db.invoices.bulkGet(entry.invoiceIds);
      if (invoices.some((i) => i === undefined || i.clientId !== entry.clientId)) {
        return err<DocumentWithEntry>('journal.unknownInvoice');
      }
      if (await db.documents.get(doc.id)) return err<DocumentWithEntry>('document.duplicateId');
      await db.documents.add(doc);
      await db.documentFiles.add({ documentId: doc.id, bytes: input.bytes.slice() });
      const open = invoices.some((i) => i?.open === 1) ? 1 : 0;
      for (const line of lines) await db.journal.add({ ...line, open });
      return ok({ document: doc, entry, furtherEntries });
    },
  );
}

/** The file's bytes, read only when the user opens or exports it. */
export async function readDocumentBytes(db: RecouvreDb, documentId: string): Promise<Uint8Array | undefined> {
  const file = await db.documentFiles.get(documentId);
  return file?.bytes;
}

export function getDocument(db: RecouvreDb, id: string): Promise<StoredDocument | undefined> {
  return db.documents.get(id);
}

/** A client's documents, newest first. */
export async function listClientDocuments(db: RecouvreDb, clientId: string): Promise<StoredDocument[]> {
  return (await db.documents.where('clientId').equals(clientId).sortBy('createdAt')).reverse();
}

export async function listInvoiceDocuments(db: RecouvreDb, invoiceId: string): Promise<StoredDocument[]> {
  return (await db.documents.where('invoiceIds').equals(invoiceId).sortBy('createdAt')).reverse();
}

export async function deleteDocument(db: RecouvreDb, id: string): Promise<void> {
  await db.transaction('rw', db.documents, db.documentFiles, async () => {
    await db.documentFiles.delete(id);
    await db.documents.delete(id);
  });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
