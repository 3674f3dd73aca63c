/**
 * What an importer hands to the database: typed rows that refer to each other by
 * business keys (a client key, an invoice number), never by database ids, and every
 * rejected line. The database layer (db/import) resolves the keys against what is
 * already stored and writes all of it, or nothing when `errors` is not empty.
 */
import type { Cents, ClientKind, InvoiceSource, IsoDate, PaymentKind } from '../model';

/** A rejected line: `line` as the user sees it in the file (the header is line 1). */
export interface ImportIssue {
  line: number;
  /** the column's name in the file, or the field's name when no column holds it */
  field?: string;
  code: string;
  params?: Record<string, string | number>;
}

/** Something the importer decided without the file saying it, shown before writing. */
export interface ImportGuess {
  code: string;
  params?: Record<string, string | number>;
}

export type ImportKind = 'clients' | 'invoices' | 'payments';

export interface ImportedClient {
  /** how the rows of this import refer to the client: 'siren:…', 'ref:…' or 'name:…' */
  key: string;
  name: string;
  siren?: string;
  siret?: string;
  vatNumber?: string;
  /** the client's code in the source (FEC CompAuxNum, "Code client"), remembered per source */
  sourceKey?: string;
  kind?: ClientKind;
  addressLines?: string[];
  email?: string;
  phone?: string;
  contactName?: string;
  line: number;
}

export interface ImportedInvoice {
  number: string;
  clientKey: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  amountInclVat: Cents;
  amountExclVat: Cents;
  label?: string;
  openingBalance?: boolean;
  line: number;
}

export interface ImportedAllocation {
  invoiceNumber: string;
  amount: Cents;
}

export interface ImportedPayment {
  /** a client key of this import; absent when the invoice number tells the client */
  clientKey?: string;
  kind: PaymentKind;
  date: IsoDate;
  amount: Cents;
  reference?: string;
  allocations: ImportedAllocation[];
  /**
   * How a re-import finds it again: by reference + date + amount (a bank payment), or by
   * reference alone (the part of an invoice already paid when it was exported, whose
   * amount grows from one export to the next).
   */
  matchBy: 'reference-date-amount' | 'reference';
  line: number;
}

/** An invoice the source says is fully settled (FEC lettering): closed if still open here. */
export interface SettledInvoice {
  number: string;
  date: IsoDate;
  line: number;
}

export interface ImportPlan {
  source: Extract<InvoiceSource, 'csv' | 'fec'>;
  /** the file or tool the data comes from; the column mapping is remembered under it */
  sourceName: string;
  fileName: string;
  clients: ImportedClient[];
  invoices: ImportedInvoice[];
  payments: ImportedPayment[];
  settled: SettledInvoice[];
  errors: ImportIssue[];
  guesses: ImportGuess[];
  /** CSV only: field → column header, remembered for the next file of this source */
  mapping?: Record<string, string>;
}

export function emptyPlan(source: ImportPlan['source'], sourceName: string, fileName: string): ImportPlan {
  return {
    source,
    sourceName,
    fileName,
    clients: [],
    invoices: [],
    payments: [],
    settled: [],
    errors: [],
    guesses: [],
  };
}

/** Normalized text for matching names and headers: no accents, no case, single spaces. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** An invoice number as found in a file name or typed by hand: "FA-2026/0042" ≈ "fa 2026 0042". */
export function normalizeInvoiceNumber(s: string): string {
  return normalizeText(s).replace(/ /g, '');
}

/** The key that ties rows to a client: SIREN first, then the source's code, then the name. */
export function clientKeyOf(c: { siren?: string; sourceKey?: string; name: string }): string {
  if (c.siren) return `siren:${c.siren}`;
  if (c.sourceKey) return `ref:${c.sourceKey}`;
  return `name:${normalizeText(c.name)}`;
}
