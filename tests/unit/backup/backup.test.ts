import { createHash } from 'node:crypto';
import { zipSync, unzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { attachFiles } from '../../../renderer/src/db/attachments';
import {
  exportBackup,
  previewBackup,
  restoreBackup,
  shouldBackupToday,
  backupFileName,
} from '../../../renderer/src/db/backup/backup';
import { applyImport } from '../../../renderer/src/db/import/applyImport';
import type { RecouvreDb } from '../../../renderer/src/db/database';
import { CURRENT_VERSION } from '../../../renderer/src/db/migrations';
import { parseCsvImport, readCsvHeader } from '../../../renderer/src/domain/import/csv';
import { guessMapping } from '../../../renderer/src/domain/import/csvMapping';
import { dump, fixtureText, freshDb } from '../import/helpers';

const NOW = new Date('2026-11-27T08:30:00.000Z');

async function populated(): Promise<RecouvreDb> {
  const db = freshDb();
  const text = fixtureText('factures-facturation-cp1252.csv');
  const plan = parseCsvImport(text, 'invoices', guessMapping(readCsvHeader(text).headers, 'invoices'), {
    sourceName: 'Facturation',
  }).plan;
  const r = await applyImport(db, plan, { today: '2026-11-27' });
  if (!r.ok) throw new Error('import failed');
  // Bytes of every value, a PDF-like file and a larger pseudo-random one.
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const big = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 2654435761) >>> 24);
  const attached = await attachFiles(db, 'id-0001', [
    { name: 'F2026-001.pdf', bytes: all, mimeType: 'application/pdf' },
    { name: 'bon de livraison.jpg', bytes: big, mimeType: 'image/jpeg' },
  ]);
  if (!attached.ok) throw new Error('attach failed');
  return db;
}

async function fileHashes(db: RecouvreDb): Promise<Record<string, string>> {
  const files = await db.documentFiles.toArray();
  return Object.fromEntries(
    files.map((f) => [f.documentId, createHash('sha256').update(f.bytes).digest('hex')]),
  );
}

describe('backup', () => {
  it('survives export → wipe → restore, every file byte for byte', async () => {
    const db = await populated();
    const before = await dump(db);
    const hashes = await fileHashes(db);
    const bytes = await exportBackup(db, { now: NOW, appVersion: '0.1.0' });

    const preview = await previewBackup(bytes);
    expect(preview).toEqual({
      ok: true,
      value: {
        createdAt: '2026-11-27T08:30:00.000Z',
        schemaVersion: CURRENT_VERSION,
        appVersion: '0.1.0',
        counts: expect.objectContaining({
          clients: 3,
          invoices: 5,
          payments: 3,
          journal: 3,
          documents: 2,
          documentFiles: 2,
        }),
      },
    });

    await Promise.all(db.tables.map((t) => t.clear()));
    expect(await db.invoices.count()).toBe(0);
    const restored = await restoreBackup(db, bytes);
    expect(restored.ok).toBe(true);
    expect(await dump(db)).toBe(before);
    expect(await fileHashes(db)).toEqual(hashes);
    // the stored sha256 metadata agrees with the restored bytes too
    for (const doc of await db.documents.toArray()) expect(hashes[doc.id]).toBe(doc.sha256);
  });

  it('restores into a database holding other data, replacing it', async () => {
    const source = await populated();
    const bytes = await exportBackup(source, { now: NOW });
    const target = freshDb();
    await target.meta.put({ key: 'other', value: 1 });
    expect((await restoreBackup(target, bytes)).ok).toBe(true);
    expect(await dump(target)).toBe(await dump(source));
  });

  it('refuses a damaged file and leaves the data intact', async () => {
    const db = await populated();
    const before = await dump(db);
    const good = await exportBackup(db, { now: NOW });

    expect(await restoreBackup(db, new Uint8Array([1, 2, 3]))).toEqual({
      ok: false,
      error: { code: 'backup.notZip' },
    });

    const entries = unzipSync(good);
    const docId = Object.keys(entries).find((k) => k.startsWith('files/'))!;
    const tampered = zipSync({ ...entries, [docId]: new Uint8Array([9, 9, 9]) });
    expect(await restoreBackup(db, tampered)).toMatchObject({
      ok: false,
      error: { code: 'backup.fileCorrupted' },
    });

    const data = JSON.parse(new TextDecoder().decode(entries['data.json']));
    data.invoices[0].dueDate = '2026-02-31';
    const badRow = zipSync({ ...entries, 'data.json': strToU8(JSON.stringify(data)) });
    expect(await previewBackup(badRow)).toEqual({
      ok: false,
      error: { code: 'backup.rowInvalid', params: { table: 'invoices', index: 0, field: 'dueDate' } },
    });

    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    const newer = zipSync({
      ...entries,
      'manifest.json': strToU8(JSON.stringify({ ...manifest, schemaVersion: 99 })),
    });
    expect(await restoreBackup(db, newer)).toEqual({
      ok: false,
      error: { code: 'backup.newerSchema', params: { version: 99, current: CURRENT_VERSION } },
    });

    expect(await dump(db)).toBe(before);
  });

  it('is due once per calendar day', () => {
    expect(shouldBackupToday(undefined, '2026-11-27')).toBe(true);
    expect(shouldBackupToday('2026-11-26', '2026-11-27')).toBe(true);
    expect(shouldBackupToday('2026-11-27', '2026-11-27')).toBe(false);
    expect(backupFileName('2026-11-27')).toBe('recouvre-sauvegarde-2026-11-27.zip');
  });
});
