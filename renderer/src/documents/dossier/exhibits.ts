/**
 * The exhibits ("pièces") of the dossier: every stored document of the client except
 * earlier dossiers, numbered in the order a lawyer reads a file — the contract first
 * (terms of sale), then each invoice with its delivery note, then the correspondence in
 * date order (letters, e-mails, statements, acknowledgements of receipt).
 */
import { formatDateShort } from '../../domain/dates';
import type {
  DocumentKind,
  Invoice,
  IsoDate,
  JournalEntry,
  Language,
  StoredDocument,
} from '../../domain/model';
import { safeFileName } from './fileNames';
import { fill, type DossierLabels } from './labels';

export interface ExhibitPlan {
  number: number;
  document: StoredDocument;
  /** path inside the ZIP: "pieces/03-Facture FA-2026-001.pdf" */
  path: string;
  date: IsoDate;
  description: string;
}

export interface Exhibit extends ExhibitPlan {
  /** hex SHA-256 of the bytes written to the ZIP */
  sha256: string;
  size: number;
}

const CONTRACT_ORDER: Partial<Record<DocumentKind, number>> = {
  'terms-of-sale': 0,
  'invoice-pdf': 1,
  'delivery-note': 2,
};

/** Media that are already compressed: stored as-is in the ZIP (deflating them again costs time for nothing). */
export function isCompressed(mimeType: string, fileName: string): boolean {
  const t = mimeType.toLowerCase();
  if (/^(image\/(jpeg|png|gif|webp|heic|avif)|video\/|audio\/)/.test(t)) return true;
  if (/(pdf|zip|gzip|x-7z|rar|officedocument|opendocument|msword|ms-excel|epub)/.test(t)) return true;
  return /\.(pdf|jpe?g|png|gif|webp|heic|zip|gz|7z|docx|xlsx|pptx|odt|ods)$/i.test(fileName);
}

function exhibitDate(
  doc: StoredDocument,
  invoicesById: Map<string, Invoice>,
  journalById: Map<string, JournalEntry>,
): IsoDate {
  const entry = doc.journalId ? journalById.get(doc.journalId) : undefined;
  // an acknowledgement of receipt bears the day the letter was delivered (or came back)
  const r = entry?.registered;
  if (doc.kind === 'acknowledgement-scan' && r) {
    const d = r.deliveredDate ?? r.returnedDate ?? r.firstPresentationDate;
    if (d) return d;
  }
  if (entry) return entry.date;
  if (doc.kind === 'invoice-pdf' || doc.kind === 'delivery-note') {
    const inv = doc.invoiceIds.map((id) => invoicesById.get(id)).find((i) => i !== undefined);
    if (inv) return inv.issueDate;
  }
  return doc.createdAt.slice(0, 10);
}

function describe(
  doc: StoredDocument,
  invoicesById: Map<string, Invoice>,
  journalById: Map<string, JournalEntry>,
  labels: DossierLabels,
): string {
  const entry = doc.journalId ? journalById.get(doc.journalId) : undefined;
  const ids = doc.invoiceIds.length > 0 ? doc.invoiceIds : (entry?.invoiceIds ?? []);
  const numbers = ids.map((id) => invoicesById.get(id)?.number).filter((n): n is string => !!n);
  const invoices = numbers.join(', ');
  let text: string;
  if (doc.kind === 'invoice-pdf' || doc.kind === 'delivery-note') {
    text = fill(labels.exhibit[doc.kind], { invoices: invoices || '—' });
  } else {
    // a letter is named by its step ("Mise en demeure"), other documents by their kind
    text =
      entry?.stepKind && doc.kind !== 'acknowledgement-scan'
        ? labels.step[entry.stepKind]
        : labels.exhibit[doc.kind];
    if (entry?.channel && (doc.kind === 'letter' || doc.kind === 'email'))
      text += ` (${labels.channel[entry.channel]})`;
    if (invoices && doc.kind !== 'acknowledgement-scan')
      text += fill(labels.exhibit.invoicesSuffix, { invoices });
  }
  if (entry?.registered?.number)
    text += fill(labels.exhibit.registeredSuffix, { number: entry.registered.number });
  return text + fill(labels.exhibit.fileSuffix, { file: safeFileName(doc.fileName) });
}

export function planExhibits(
  documents: readonly StoredDocument[],
  invoices: readonly Invoice[],
  journal: readonly JournalEntry[],
  labels: DossierLabels,
  _lang: Language,
): ExhibitPlan[] {
  const invoicesById = new Map(invoices.map((i) => [i.id, i]));
  const journalById = new Map(journal.map((j) => [j.id, j]));
  const items = documents
    .filter((d) => d.kind !== 'dossier')
    .map((document) => ({ document, date: exhibitDate(document, invoicesById, journalById) }));
  const invoiceKey = (d: StoredDocument): string => {
    const inv = d.invoiceIds.map((id) => invoicesById.get(id)).find((i) => i !== undefined);
    return inv ? `${inv.issueDate}|${inv.number}` : '9999';
  };
  items.sort((a, b) => {
    const ga = CONTRACT_ORDER[a.document.kind] === undefined ? 1 : 0;
    const gb = CONTRACT_ORDER[b.document.kind] === undefined ? 1 : 0;
    if (ga !== gb) return ga - gb;
    if (ga === 0) {
      const ta = a.document.kind === 'terms-of-sale' ? 0 : 1;
      const tb = b.document.kind === 'terms-of-sale' ? 0 : 1;
      if (ta !== tb) return ta - tb;
      const ka = invoiceKey(a.document);
      const kb = invoiceKey(b.document);
      if (ka !== kb) return ka < kb ? -1 : 1;
      const oa = CONTRACT_ORDER[a.document.kind] ?? 9;
      const ob = CONTRACT_ORDER[b.document.kind] ?? 9;
      if (oa !== ob) return oa - ob;
    }
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    if (a.document.createdAt !== b.document.createdAt)
      return a.document.createdAt < b.document.createdAt ? -1 : 1;
    return a.document.id < b.document.id ? -1 : 1;
  });
  const width = Math.max(2, String(items.length).length);
  return items.map(({ document, date }, i) => {
    const number = i + 1;
    const prefix = `${String(number).padStart(width, '0')}-`;
    return {
      number,
      document,
      path: `${labels.files.pieces}/${prefix}${safeFileName(document.fileName, 100 - prefix.length)}`,
      date,
      description: describe(document, invoicesById, journalById, labels),
    };
  });
}

export function exhibitDateText(d: IsoDate, lang: Language): string {
  return formatDateShort(d, lang);
}
