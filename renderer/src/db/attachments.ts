/**
 * Attaching a client's files (invoice PDFs, delivery notes…) in one go. All files are
 * written in one transaction, or none when one is refused (too large, empty).
 *
 * Without a kind, each file named after one of the client's invoices is linked to it, and
 * a PDF so linked is that invoice's PDF. With a kind chosen by the user, only invoice PDFs
 * and delivery notes are linked by name: terms of sale, an AR card scan or anything else
 * belong to the client, and a number in their name (a year, a contract) would mislead.
 */
import { invoiceNumberInFileName } from '../domain/import/attachmentMatch';
import type { DocumentKind, StoredDocument } from '../domain/model';
import type { DomainError } from '../domain/result';
import type { RecouvreDb } from './database';
import { sha256Hex } from '../domain/sha256';

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

/** The kinds a user can give a file they attach. */
export type AttachmentKind = Extract<
  DocumentKind,
  'invoice-pdf' | 'delivery-note' | 'terms-of-sale' | 'acknowledgement-scan' | 'other'
>;

/** Kinds that are about one invoice, so the invoice number in the file name links them. */
const LINKED_BY_NAME: ReadonlySet<AttachmentKind> = new Set(['invoice-pdf', 'delivery-note']);

export interface AttachOptions {
  /** absent: guessed per file (a PDF named after an invoice is its PDF, anything else 'other') */
  kind?: AttachmentKind;
  maxBytes?: number;
}

/**
 * Files too large or empty. Also called on `File.size` before reading, so that a 2 GB
 * video dropped by mistake never reaches memory.
 */
export function attachmentSizeErrors(
  files: readonly { name: string; size: number }[],
  max: number = MAX_ATTACHMENT_BYTES,
): DomainError[] {
  const errors: DomainError[] = [];
  for (const f of files) {
    if (f.size > max) errors.push({ code: 'attachment.tooLarge', params: { name: f.name, max } });
    else if (f.size === 0) errors.push({ code: 'attachment.empty', params: { name: f.name } });
  }
  return errors;
}

export async function attachFiles(
  db: RecouvreDb,
  clientId: string,
  files: readonly FileToAttach[],
  options: AttachOptions = {},
): Promise<AttachResult> {
  const errors = attachmentSizeErrors(
    files.map((f) => ({ name: f.name, size: f.bytes.byteLength })),
    options.maxBytes,
  );
  if (errors.length > 0) return { ok: false, errors };
  if (!(await db.clients.get(clientId))) return { ok: false, errors: [{ code: 'attachment.unknownClient' }] };

  const invoices = await db.invoices.where('clientId').equals(clientId).toArray();
  const idOfNumber = new Map(invoices.map((i) => [i.number, i.id]));
  // Hash first: awaiting crypto inside a Dexie transaction would commit it early.
  const hashes = files.map((f) => sha256Hex(f.bytes));
  const createdAt = db.nowIso();
  const numbers = [...idOfNumber.keys()];
  const chosen = options.kind;
  const attached: AttachedFile[] = files.map((f, i) => {
    const linked = chosen === undefined || LINKED_BY_NAME.has(chosen);
    const invoiceNumber = linked ? invoiceNumberInFileName(f.name, numbers) : undefined;
    const invoiceId = invoiceNumber ? idOfNumber.get(invoiceNumber) : undefined;
    const isPdf = f.mimeType === 'application/pdf' || /\.pdf$/i.test(f.name);
    const document: StoredDocument = {
      id: db.newId(),
      clientId,
      invoiceIds: invoiceId ? [invoiceId] : [],
      kind: chosen ?? (invoiceId && isPdf ? 'invoice-pdf' : 'other'),
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
