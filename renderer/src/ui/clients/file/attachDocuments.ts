/**
 * Files dropped on the client file. "Automatic" goes through db/attachments.attachFiles
 * (a PDF named after one of the client's invoices becomes that invoice's PDF, all files
 * or none). A kind chosen by the user (delivery note, terms of sale, AR card scan) is
 * stored with db/documents.storeDocument, still linked to the invoice its name gives,
 * because attachFiles has no kind option yet (see the report).
 */
import { attachFiles, MAX_ATTACHMENT_BYTES, type FileToAttach } from '../../../db/attachments';
import type { RecouvreDb } from '../../../db/database';
import { storeDocument } from '../../../db/documents';
import { invoiceNumberInFileName } from '../../../domain/import/attachmentMatch';
import type { DocumentKind, Invoice } from '../../../domain/model';
import type { DomainError } from '../../../domain/result';

export type AttachKind =
  'auto' | Extract<DocumentKind, 'delivery-note' | 'terms-of-sale' | 'acknowledgement-scan' | 'other'>;
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
  return files.flatMap((f) =>
    f.size > MAX_ATTACHMENT_BYTES
      ? [withMegabytes({ code: 'attachment.tooLarge', params: { name: f.name, max: MAX_ATTACHMENT_BYTES } })]
      : f.size === 0
        ? [{ code: 'attachment.empty', params: { name: f.name } }]
        : [],
  );
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
  invoices: readonly Invoice[],
  files: readonly FileToAttach[],
  kind: AttachKind,
): Promise<AttachOutcome> {
  if (kind === 'auto') {
    const r = await attachFiles(database, clientId, files);
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
  const errors = sizeErrors(files.map((f) => ({ name: f.name, size: f.bytes.byteLength })));
  if (errors.length > 0) return { ok: false, errors };
  const idOfNumber = new Map(invoices.map((i) => [i.number, i.id]));
  const attached: AttachedLine[] = [];
  for (const f of files) {
    const invoiceNumber = invoiceNumberInFileName(f.name, [...idOfNumber.keys()]);
    const invoiceId = invoiceNumber ? idOfNumber.get(invoiceNumber) : undefined;
    const stored = await storeDocument(database, {
      clientId,
      invoiceIds: invoiceId ? [invoiceId] : [],
      kind,
      fileName: f.name,
      mimeType: f.mimeType || 'application/octet-stream',
      bytes: f.bytes,
    });
    if (!stored.ok) return { ok: false, errors: [stored.error] };
    attached.push({ fileName: f.name, kind, ...(invoiceNumber && invoiceId ? { invoiceNumber } : {}) });
  }
  return { ok: true, attached };
}
