/** A stored file handed back to the user exactly as kept (the copy sent, the PDF attached). */
import type { RecouvreDb } from '../../../db/database';
import { readDocumentBytes } from '../../../db/documents';
import type { StoredDocument } from '../../../domain/model';
import { err, ok, type Result } from '../../../domain/result';
import type { Platform, SaveResult } from '../../../platform';

export async function downloadDocument(
  database: RecouvreDb,
  platform: Pick<Platform, 'saveFile'>,
  doc: StoredDocument,
): Promise<Result<SaveResult>> {
  const bytes = await readDocumentBytes(database, doc.id);
  if (!bytes) return err('document.missingBytes', { file: doc.fileName });
  const saved = await platform.saveFile({ fileName: doc.fileName, mimeType: doc.mimeType, bytes });
  return saved.status === 'failed'
    ? err('document.saveFailed', { file: doc.fileName, message: saved.message })
    : ok(saved);
}
