/**
 * Files dropped on the client file, written by db/attachments.attachFiles (all files or
 * none). "Automatic" lets it guess: a PDF named after one of the client's invoices becomes
 * that invoice's PDF. A kind chosen by the user is stored as such; a delivery note is still
 * linked to the invoice its name gives.
 */
import {
  attachFiles,
  attachmentSizeErrors,
  type AttachmentKind,
  type FileToAttach,
} from '../../../db/attachments';
import type { RecouvreDb } from '../../../db/database';
import type { DocumentKind } from '../../../domain/model';
import type { DomainError } from '../../../domain/result';

export type AttachKind = 'auto' | Exclude<AttachmentKind, 'invoice-pdf'>;
export const ATTACH_KINDS: readonly AttachKind[] = [
  'auto',
  'delivery-note',
  'terms-of-sale',
  'acknowledgement-scan',
  'other',
];

export interface AttachedLine {
  fileName: string;
  kind: DocumentKind;
  invoiceNumber?: string;
}

export type AttachOutcome = { ok: true; attached: AttachedLine[] } | { ok: false; errors: DomainError[] };

/** Refuses a file too large before reading it: a 2 GB video dropped by mistake never reaches memory. */
export function sizeErrors(files: readonly { name: string; size: number }[]): DomainError[] {
  return attachmentSizeErrors(files).map(withMegabytes);
}

/** "20 Mo" reads better than 20971520 in the message. */
function withMegabytes(e: DomainError): DomainError {
  const max = e.params?.max;
  return typeof max === 'number' ? { ...e, params: { ...e.params, mb: Math.round(max / 1024 / 1024) } } : e;
}

export async function readFiles(files: readonly File[]): Promise<FileToAttach[]> {
  return Promise.all(
    files.map(async (f) => ({
      name: f.name,
      mimeType: f.type,
      bytes: new Uint8Array(await f.arrayBuffer()),
    })),
  );
}

export async function attachDocuments(
  database: RecouvreDb,
  clientId: string,
  files: readonly FileToAttach[],
  kind: AttachKind,
): Promise<AttachOutcome> {
  const r = await attachFiles(database, clientId, files, kind === 'auto' ? {} : { kind });
  if (!r.ok) return { ok: false, errors: r.errors.map(withMegabytes) };
  return {
    ok: true,
    attached: r.attached.map((a) => ({
      fileName: a.document.fileName,
      kind: a.document.kind,
      ...(a.invoiceNumber ? { invoiceNumber: a.invoiceNumber } : {}),
    })),
  };
}
