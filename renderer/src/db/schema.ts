/**
 * What the database stores, table by table, and the indexes of schema version 1.
 *
 * Three tables carry fields the domain does not know, derived by the database layer so
 * that the screens and the dunning engine can ask IndexedDB instead of scanning:
 * - invoices.open (1 = balance > 0 and not written off, else 0): IndexedDB cannot index
 *   a boolean, and "the open receivables" is the question asked most.
 * - payments.open and journal.open (1 = concerns an open invoice; a payment with money
 *   on account too): the dunning snapshot reads them with one index lookup each. Asking
 *   per open invoice costs ~0.15 ms a key in Chromium: seconds for 16,000 open invoices.
 * - payments.invoiceIds (the allocated invoices, multi-entry) and payments.onAccount
 *   (cents not allocated): IndexedDB cannot index `allocations[].invoiceId`.
 * The flags are hints for reading fast, kept by refreshOpenFlags in the transaction that
 * moves them; a row written without one counts as open (read, never missed). Money is
 * always recomputed by the domain from the payments.
 */
import type {
  Client,
  Dispute,
  DocumentFile,
  Invoice,
  JournalEntry,
  Payment,
  PaymentPlan,
  PromiseToPay,
  Scenario,
  StoredDocument,
  Template,
} from '../domain/model';

export type OpenFlag = 0 | 1;

export interface InvoiceRow extends Invoice {
  open: OpenFlag;
}

export interface PaymentRow extends Payment {
  invoiceIds: string[];
  onAccount: number;
  open?: OpenFlag;
}

export interface JournalRow extends JournalEntry {
  open?: OpenFlag;
}

/** Small user data that is not a business record: import column mappings, user rate tables… */
export interface MetaEntry<T = unknown> {
  key: string;
  value: T;
}

export interface TableRows {
  clients: Client;
  invoices: InvoiceRow;
  payments: PaymentRow;
  scenarios: Scenario;
  templates: Template;
  journal: JournalRow;
  promises: PromiseToPay;
  disputes: Dispute;
  plans: PaymentPlan;
  documents: StoredDocument;
  documentFiles: DocumentFile;
  meta: MetaEntry;
}

export type TableName = keyof TableRows;

/** Dexie store declarations: first the primary key, then the indexes ('&' unique, '*' multi-entry). */
export type StoresSpec = Record<string, string | null>;

export const STORES_V1 = {
  clients: 'id, name, kind, scenarioId',
  invoices: 'id, &number, clientId, dueDate, [clientId+dueDate], open',
  payments: 'id, clientId, date, *invoiceIds, onAccount, open',
  scenarios: 'id',
  templates: 'id, kind, language',
  journal: 'id, clientId, date, [clientId+date], *invoiceIds, type, open',
  promises: 'id, clientId, *invoiceIds',
  disputes: 'id, clientId, *invoiceIds',
  plans: 'id, clientId, *invoiceIds',
  documents: 'id, clientId, kind, *invoiceIds, journalId',
  // The bytes, keyed by their document: one file per document, read only when opened.
  documentFiles: 'documentId',
  meta: 'key',
} satisfies Record<TableName, string>;

/**
 * v2 adds two tables derived from the journal (see dunningPositions.ts): one small row per
 * invoice with a step history (read by its `open` flag, like the invoices) and one per
 * client with the dates of the steps done. They are rebuilt from the journal, never
 * saved in a backup or a dataset.
 */
export const STORES_V2 = {
  ...STORES_V1,
  dunningPositions: 'invoiceId, open',
  clientSteps: 'clientId',
} satisfies StoresSpec;

/** Business records replaced by a dataset load; configuration (scenarios, templates, meta) is kept. */
export const BUSINESS_TABLES = [
  'clients',
  'invoices',
  'payments',
  'journal',
  'promises',
  'disputes',
  'plans',
  'documents',
  'documentFiles',
] as const satisfies readonly TableName[];
