/**
 * Backup and restore of the whole database (see format.ts for the file). A restore is
 * checked entirely first — manifest, every row against the database's schemas, every
 * file against its SHA-256 — and then replaces all data in one transaction: if anything
 * fails, the data in place is untouched.
 */
import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';
import type { ZodType } from 'zod';
import type { DocumentFile, IsoDate, Payment, StoredDocument } from '../../domain/model';
import { err, ok, type DomainError, type Result } from '../../domain/result';
import type { RecouvreDb } from '../database';
import { allocatedByInvoice, openFlag, toPaymentRow } from '../derived';
import { sha256Hex } from '../../domain/sha256';
import { CURRENT_VERSION } from '../migrations';
import type { InvoiceRow } from '../schema';
import {
  clientSchema,
  disputeSchema,
  invoiceSchema,
  journalEntrySchema,
  paymentSchema,
  planSchema,
  promiseSchema,
  scenarioSchema,
  storedDocumentSchema,
  templateSchema,
} from '../validation';
import { z } from 'zod';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DATA_TABLES,
  dataSchema,
  manifestSchema,
  type BackupManifest,
  type DataTable,
} from './format';

export interface ExportOptions {
  now: Date;
  appVersion?: string;
}

export async function exportBackup(db: RecouvreDb, options: ExportOptions): Promise<Uint8Array> {
  const tables = [...DATA_TABLES.map((t) => db.table(t)), db.documentFiles];
  const { data, files } = await db.transaction('r', tables, async () => {
    const data: Record<string, unknown[]> = {};
    for (const t of DATA_TABLES) data[t] = await db.table(t).toArray();
    const files = await db.documentFiles.toArray();
    return { data, files };
  });
  // The index fields (invoices.open, payments.invoiceIds/onAccount) are recomputed on restore.
  const counts: Record<string, number> = Object.fromEntries(
    DATA_TABLES.map((t) => [t, data[t]?.length ?? 0]),
  );
  counts.documentFiles = files.length;
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_VERSION,
    appVersion: options.appVersion ?? 'unknown',
    createdAt: options.now.toISOString(),
    counts,
  };
  const zip: Zippable = {
    'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
    'data.json': strToU8(JSON.stringify(data)),
  };
  // PDFs and images are compressed already: stored as they are.
  for (const f of files) zip[`files/${f.documentId}`] = [f.bytes, { level: 0 }];
  return zipSync(zip, { level: 6 });
}

export interface BackupPreview {
  createdAt: string;
  schemaVersion: number;
  appVersion: string;
  /** rows per table, documentFiles included */
  counts: Record<string, number>;
}

export interface BackupContent {
  manifest: BackupManifest;
  data: Record<DataTable, unknown[]>;
  files: DocumentFile[];
}

const ROW_SCHEMAS: Record<DataTable, ZodType> = {
  clients: clientSchema,
  invoices: invoiceSchema,
  payments: paymentSchema,
  scenarios: scenarioSchema,
  templates: templateSchema,
  journal: journalEntrySchema,
  promises: promiseSchema,
  disputes: disputeSchema,
  plans: planSchema,
  documents: storedDocumentSchema,
  meta: z.object({ key: z.string().min(1), value: z.unknown() }),
};

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}

/** Reads and checks a backup file without touching the database. */
export async function readBackup(bytes: Uint8Array): Promise<Result<BackupContent>> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return err('backup.notZip');
  }
  const manifest = manifestSchema.safeParse(parseJson(entries['manifest.json']));
  if (!manifest.success) return err('backup.manifestInvalid');
  if (manifest.data.schemaVersion > CURRENT_VERSION) {
    return err('backup.newerSchema', { version: manifest.data.schemaVersion, current: CURRENT_VERSION });
  }
  const data = dataSchema.safeParse(parseJson(entries['data.json']));
  if (!data.success) return err('backup.dataInvalid');
  for (const table of DATA_TABLES) {
    const rows = data.data[table];
    for (const [index, row] of rows.entries()) {
      const checked = ROW_SCHEMAS[table].safeParse(row);
      if (!checked.success) {
        const field = checked.error.issues[0]?.path.map(String).join('.') ?? '';
        return err('backup.rowInvalid', { table, index, field });
      }
    }
    if ((manifest.data.counts[table] ?? -1) !== rows.length) return err('backup.countMismatch', { table });
  }
  const files: DocumentFile[] = [];
  for (const doc of data.data.documents as StoredDocument[]) {
    const fileBytes = entries[`files/${doc.id}`];
    if (!fileBytes) return err('backup.fileMissing', { name: doc.fileName });
    if (sha256Hex(fileBytes) !== doc.sha256) return err('backup.fileCorrupted', { name: doc.fileName });
    files.push({ documentId: doc.id, bytes: fileBytes });
  }
  return ok({ manifest: manifest.data, data: data.data, files });
}

export async function previewBackup(bytes: Uint8Array): Promise<Result<BackupPreview>> {
  const read = await readBackup(bytes);
  if (!read.ok) return read;
  const { manifest } = read.value;
  return ok({
    createdAt: manifest.createdAt,
    schemaVersion: manifest.schemaVersion,
    appVersion: manifest.appVersion,
    counts: manifest.counts,
  });
}

/** Replaces every table with the backup's content, or changes nothing. */
export async function restoreBackup(db: RecouvreDb, bytes: Uint8Array): Promise<Result<BackupPreview>> {
  const read = await readBackup(bytes);
  if (!read.ok) return read;
  const { data, files, manifest } = read.value;
  const payments = data.payments as Payment[];
  const allocated = allocatedByInvoice(payments);
  const invoices = (data.invoices as InvoiceRow[]).map((i) => {
    const { open: _open, ...invoice } = i;
    return { ...invoice, open: openFlag(invoice, allocated.get(invoice.id) ?? 0) };
  });
  const rows: Record<DataTable, unknown[]> = { ...data, invoices, payments: payments.map(toPaymentRow) };
  try {
    await db.transaction('rw', [...DATA_TABLES.map((t) => db.table(t)), db.documentFiles], async () => {
      for (const t of [...DATA_TABLES, 'documentFiles'] as const) await db.table(t).clear();
      for (const t of DATA_TABLES) await db.table(t).bulkAdd(rows[t]);
      await db.documentFiles.bulkAdd(files);
    });
  } catch (e) {
    const error: DomainError = {
      code: 'backup.restoreFailed',
      params: { reason: e instanceof Error ? e.name : 'unknown' },
    };
    return { ok: false, error };
  }
  return ok({
    createdAt: manifest.createdAt,
    schemaVersion: manifest.schemaVersion,
    appVersion: manifest.appVersion,
    counts: manifest.counts,
  });
}

/** The daily automatic backup: once per calendar day of the company. */
export function shouldBackupToday(lastBackupDate: IsoDate | null | undefined, today: IsoDate): boolean {
  return !lastBackupDate || lastBackupDate < today;
}

/** "recouvre-sauvegarde-2026-11-27.zip" */
export function backupFileName(today: IsoDate): string {
  return `recouvre-sauvegarde-${today}.zip`;
}
