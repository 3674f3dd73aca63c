/**
 * Attaching a client's files (invoice PDFs, delivery notes…) in one go: each file named
 * after one of the client's invoices is linked to it. All files are written in one
 * transaction, or none when one is refused (too large, empty).
 */
import { invoiceNumberInFileName } from '../domain/import/attachmentMatch';
import type { StoredDocument } from '../domain/model';
import type { DomainError } from '../domain/result';
import type { RecouvreDb } from './database';
import { sha256Hex } from './documents';

export interface FileToAttach {
  name: string;
  bytes: Uint8Array;
  mimeType: string;
}

export interface AttachedFile {
  document: StoredDocument;
  /** the invoice number found in the file name, if any */
  invoiceNumber?: string;
}

export type AttachResult = { ok: true; attached: AttachedFile[] } | { ok: false; errors: DomainError[] };

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export async function attachFiles(
  db: RecouvreDb,
  clientId: string,
  files: readonly FileToAttach[],
  options: { maxBytes?: number } = {},
): Promise<AttachResult> {
  const max = options.maxBytes ?? MAX_ATTACHMENT_BYTES;
  const errors: DomainError[] = [];
  for (const f of files) {
    if (f.bytes.byteLength > max) errors.push({ code: 'attachment.tooLarge', params: { name: f.name, max } });
    else if (f.bytes.byteLength === 0) errors.push({ code: 'attachment.empty', params: { name: f.name } });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (!(await db.clients.get(clientId))) return { ok: false, errors: [{ code: 'attachment.unknownClient' }] };

  const invoices = await db.invoices.where('clientId').equals(clientId).toArray();
  const idOfNumber = new Map(invoices.map((i) => [i.number, i.id]));
  // Hash first: awaiting crypto inside a Dexie transaction would commit it early.
  const hashes = await Promise.all(files.map((f) => sha256Hex(f.bytes)));
  const createdAt = db.nowIso();
  const attached: AttachedFile[] = files.map((f, i) => {
    const invoiceNumber = invoiceNumberInFileName(f.name, [...idOfNumber.keys()]);
    const invoiceId = invoiceNumber ? idOfNumber.get(invoiceNumber) : undefined;
    const isPdf = f.mimeType === 'application/pdf' || /\.pdf$/i.test(f.name);
    const document: StoredDocument = {
      id: db.newId(),
      clientId,
      invoiceIds: invoiceId ? [invoiceId] : [],
      kind: invoiceId && isPdf ? 'invoice-pdf' : 'other',
      fileName: f.name,
      mimeType: f.mimeType || 'application/octet-stream',
      size: f.bytes.byteLength,
      sha256: hashes[i]!,
      createdAt,
    };
    return invoiceNumber ? { document, invoiceNumber } : { document };
  });
  await db.transaction('rw', db.documents, db.documentFiles, async () => {
    await db.documents.bulkAdd(attached.map((a) => a.document));
    await db.documentFiles.bulkAdd(
      attached.map((a, i) => ({ documentId: a.document.id, bytes: files[i]!.bytes.slice() })),
    );
  });
  return { ok: true, attached };
}
