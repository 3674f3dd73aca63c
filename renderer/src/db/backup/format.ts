/**
 * The backup file: one ZIP holding
 *   manifest.json  — format, schema version, app version, date, row counts
 *   data.json      — every table's rows except the files' bytes
 *   files/<documentId> — each stored document's bytes, as they are
 * Our own format rather than dexie-export-import's JSON: that one needs `self` and
 * FileReader (it does not load in Node tests) and would carry every PDF as base64 inside
 * one JSON string; a ZIP keeps the bytes as they are and opens with any unzip tool.
 */
import { z } from 'zod';
import type { TableName } from '../schema';

export const BACKUP_FORMAT = 'recouvre-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Tables saved in data.json, in restore order. documentFiles travel as files/<id>. */
export const DATA_TABLES = [
  'clients',
  'invoices',
  'payments',
  'scenarios',
  'templates',
  'journal',
  'promises',
  'disputes',
  'plans',
  'documents',
  'meta',
] as const satisfies readonly Exclude<TableName, 'documentFiles'>[];

export type DataTable = (typeof DATA_TABLES)[number];

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: z.string(),
  counts: z.record(z.string(), z.number().int().min(0)),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export const dataSchema = z.object(
  Object.fromEntries(DATA_TABLES.map((t) => [t, z.array(z.unknown())])) as Record<
    DataTable,
    z.ZodArray<z.ZodUnknown>
  >,
);
