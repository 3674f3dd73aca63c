/**
 * A dataset file: the business data of Recouvre as one JSON document. `npm run seed`
 * writes one, the app loads it (demo data), and backups use the same format.
 *
 * Derived index fields (the open flags, payments.invoiceIds / onAccount) are never in the
 * file: they are recomputed on load, so a file edited by hand cannot lie about them.
 */
import { z } from 'zod';
import type { DemoData } from '../demo/generateDemo';
import type { DocumentFile, IsoDate, IsoDateTime, Scenario, StoredDocument, Template } from '../domain/model';
import { err, type Result } from '../domain/result';
import type { RecouvreDb } from './database';
import { fromInvoiceRow, fromJournalRow, fromPaymentRow } from './derived';
import type { MetaEntry } from './schema';
import {
  clientSchema,
  disputeSchema,
  invoiceSchema,
  isoDateSchema,
  isoDateTimeSchema,
  journalEntrySchema,
  parseWith,
  paymentSchema,
  planSchema,
  promiseSchema,
  scenarioSchema,
  storedDocumentSchema,
  templateSchema,
} from './validation';

export const DATASET_FORMAT = 'recouvre-dataset';
export const DATASET_VERSION = 1;

export interface DatasetFile {
  documentId: string;
  /** the bytes, base64 */
  base64: string;
}

export interface Dataset extends DemoData {
  format: typeof DATASET_FORMAT;
  version: typeof DATASET_VERSION;
  createdAt: IsoDateTime;
  /** how the demo was generated, when it was */
  generator?: { seed: number; today: IsoDate; clients: number; invoices: number };
  scenarios?: Scenario[];
  templates?: Template[];
  documents?: StoredDocument[];
  files?: DatasetFile[];
  meta?: MetaEntry[];
}

export const datasetSchema = z.object({
  format: z.literal(DATASET_FORMAT, { error: 'dataset.notRecouvre' }),
  version: z.literal(DATASET_VERSION, { error: 'dataset.unsupportedVersion' }),
  createdAt: isoDateTimeSchema,
  generator: z
    .object({
      seed: z.number().int(),
      today: isoDateSchema,
      clients: z.number().int(),
      invoices: z.number().int(),
    })
    .optional(),
  clients: z.array(clientSchema),
  invoices: z.array(invoiceSchema),
  payments: z.array(paymentSchema),
  journal: z.array(journalEntrySchema),
  promises: z.array(promiseSchema),
  disputes: z.array(disputeSchema),
  plans: z.array(planSchema),
  scenarios: z.array(scenarioSchema).optional(),
  templates: z.array(templateSchema).optional(),
  documents: z.array(storedDocumentSchema).optional(),
  files: z.array(z.object({ documentId: z.string().min(1), base64: z.string() })).optional(),
  meta: z.array(z.object({ key: z.string().min(1), value: z.unknown() })).optional(),
}) satisfies z.ZodType<Dataset>;

/**
 * Checks a parsed JSON file: shapes first, then what zod cannot see (every reference
 * points at a record of the same client, invoice numbers are unique, nothing is paid
 * beyond its amount). The error's params name the list and the index of the first problem.
 */
export function parseDataset(json: unknown): Result<Dataset> {
  const parsed = parseWith(datasetSchema, json);
  if (!parsed.ok) return parsed;
  const problem = referenceProblem(parsed.value);
  return problem ? err(problem.code, problem.params) : parsed;
}

function referenceProblem(d: Dataset): { code: string; params: Record<string, string | number> } | null {
  const clients = new Set(d.clients.map((c) => c.id));
  if (clients.size !== d.clients.length) return { code: 'dataset.duplicateId', params: { field: 'clients' } };
  const invoiceClient = new Map<string, string>();
  const numbers = new Set<string>();
  for (const [index, i] of d.invoices.entries()) {
    if (!clients.has(i.clientId))
      return { code: 'dataset.unknownClient', params: { field: 'invoices', index } };
    if (numbers.has(i.number))
      return { code: 'invoice.duplicateNumber', params: { number: i.number, index } };
    if (invoiceClient.has(i.id)) return { code: 'dataset.duplicateId', params: { field: 'invoices', index } };
    numbers.add(i.number);
    invoiceClient.set(i.id, i.clientId);
  }
  const belongs = (clientId: string, invoiceIds: readonly string[]): boolean =>
    clients.has(clientId) && invoiceIds.every((id) => invoiceClient.get(id) === clientId);
  const paid = new Map<string, number>();
  for (const [index, p] of d.payments.entries()) {
    if (
      !belongs(
        p.clientId,
        p.allocations.map((a) => a.invoiceId),
      )
    ) {
      return { code: 'dataset.unknownReference', params: { field: 'payments', index } };
    }
    for (const a of p.allocations) paid.set(a.invoiceId, (paid.get(a.invoiceId) ?? 0) + a.amount);
  }
  for (const [index, i] of d.invoices.entries()) {
    if ((paid.get(i.id) ?? 0) > i.amountInclVat)
      return { code: 'dataset.overpaidInvoice', params: { number: i.number, index } };
  }
  const lists = { journal: d.journal, promises: d.promises, disputes: d.disputes, plans: d.plans } as const;
  for (const [field, list] of Object.entries(lists)) {
    const index = list.findIndex((x) => !belongs(x.clientId, x.invoiceIds));
    if (index >= 0) return { code: 'dataset.unknownReference', params: { field, index } };
  }
  const documents = new Set((d.documents ?? []).map((doc) => doc.id));
  const orphan = (d.files ?? []).findIndex((f) => !documents.has(f.documentId));
  if (orphan >= 0) return { code: 'dataset.unknownReference', params: { field: 'files', index: orphan } };
  return null;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}

/** Demo data as a dataset file. */
export function demoDataset(
  data: DemoData,
  createdAt: IsoDateTime,
  generator?: Dataset['generator'],
): Dataset {
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    createdAt,
    ...(generator ? { generator } : {}),
    ...data,
  };
}

/** Everything in the database as a dataset (files included): the content of a backup. */
export async function exportDataset(db: RecouvreDb): Promise<Dataset> {
  return db.transaction('r', db.tables, async () => {
    const files: DocumentFile[] = await db.documentFiles.toArray();
    return {
      format: DATASET_FORMAT,
      version: DATASET_VERSION,
      createdAt: db.nowIso(),
      clients: await db.clients.toArray(),
      invoices: (await db.invoices.toArray()).map(fromInvoiceRow),
      payments: (await db.payments.toArray()).map(fromPaymentRow),
      journal: (await db.journal.toArray()).map(fromJournalRow),
      promises: await db.promises.toArray(),
      disputes: await db.disputes.toArray(),
      plans: await db.plans.toArray(),
      scenarios: await db.scenarios.toArray(),
      templates: await db.templates.toArray(),
      documents: await db.documents.toArray(),
      files: files.map((f) => ({ documentId: f.documentId, base64: toBase64(f.bytes) })),
      meta: await db.meta.toArray(),
    };
  });
}
