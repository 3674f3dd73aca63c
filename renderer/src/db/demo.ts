/**
 * Loads demo data or a dataset file into the database, replacing the business data
 * (the UI asks the user first). One transaction: on any failure the previous data stays.
 */
import type { DemoData } from '../demo/generateDemo';
import type { RecouvreDb } from './database';
import { allocatedByInvoice, openFlag, relatedOpenFlag, toPaymentRow } from './derived';
import { fromBase64, type Dataset } from './dataset';
import { BUSINESS_TABLES } from './schema';

export interface LoadedCounts {
  clients: number;
  invoices: number;
  openInvoices: number;
  payments: number;
  journal: number;
  promises: number;
  disputes: number;
  plans: number;
  documents: number;
}

/**
 * Replaces clients, invoices, payments, journal, follow-ups and documents. Scenarios,
 * templates and meta entries carried by a dataset are written over the current ones
 * with the same id; the others are kept (they are the user's configuration).
 * Pass data checked by `parseDataset` or made by `generateDemo`.
 */
export async function loadDemoData(db: RecouvreDb, data: DemoData | Dataset): Promise<LoadedCounts> {
  const allocated = allocatedByInvoice(data.payments);
  const invoices = data.invoices.map((i) => ({ ...i, open: openFlag(i, allocated.get(i.id) ?? 0) }));
  const openIds = new Set(invoices.filter((i) => i.open === 1).map((i) => i.id));
  const payments = data.payments.map((p) => {
    const row = toPaymentRow(p);
    return { ...row, open: relatedOpenFlag(row.invoiceIds, openIds, row.onAccount) };
  });
  const journal = data.journal.map((e) => ({ ...e, open: relatedOpenFlag(e.invoiceIds, openIds) }));
  const dataset: Partial<Dataset> = 'format' in data ? data : {};
  const files = (dataset.files ?? []).map((f) => ({ documentId: f.documentId, bytes: fromBase64(f.base64) }));

  await db.transaction('rw', db.tables, async () => {
    for (const name of BUSINESS_TABLES) await db.table(name).clear();
    await db.clients.bulkAdd(data.clients);
    await db.invoices.bulkAdd(invoices);
    await db.payments.bulkAdd(payments);
    await db.journal.bulkAdd(journal);
    await db.promises.bulkAdd(data.promises);
    await db.disputes.bulkAdd(data.disputes);
    await db.plans.bulkAdd(data.plans);
    if (dataset.documents) await db.documents.bulkAdd(dataset.documents);
    if (files.length > 0) await db.documentFiles.bulkAdd(files);
    if (dataset.scenarios) await db.scenarios.bulkPut(dataset.scenarios);
    if (dataset.templates) await db.templates.bulkPut(dataset.templates);
    if (dataset.meta) await db.meta.bulkPut(dataset.meta);
  });

  return {
    clients: data.clients.length,
    invoices: invoices.length,
    openInvoices: invoices.filter((i) => i.open === 1).length,
    payments: payments.length,
    journal: data.journal.length,
    promises: data.promises.length,
    disputes: data.disputes.length,
    plans: data.plans.length,
    documents: dataset.documents?.length ?? 0,
  };
}
