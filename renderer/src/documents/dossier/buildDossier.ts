/**
 * The lawyer's dossier as one ZIP, streamed to a sink: the exhibits first (each file
 * read, hashed and written before the next is asked for), then the documents that list
 * them — the exhibit list with every SHA-256, the summary note, the statement, the
 * chronology, the order-for-payment data sheet and dossier.json. File explorers sort
 * the entries by name, so the lawyer still sees 00-bordereau first.
 */
import type { Language } from '../../domain/model';
import { sha256Hex } from '../../domain/sha256';
import type { DomainError } from '../../domain/result';
import { bordereauBlocks } from './bordereau';
import { claimOf } from './claim';
import { buildWordDocument } from './docxBuilder';
import { dossierJson } from './dossierJson';
import { isCompressed, planExhibits, type Exhibit, type ExhibitPlan } from './exhibits';
import { dossierLabels } from './labels';
import { summaryNoteBlocks } from './summaryNote';
import { chronologyCsv, statementCsv } from './tables';
import type { DossierInput, DossierResult, DossierSink } from './types';
import { ZipStreamWriter } from './zipStream';

/** Thrown when a document's bytes cannot be read: the export stops rather than omit an exhibit. */
export class DossierDocumentError extends Error {
  readonly code = 'dossier.documentUnreadable';
  readonly params: { file: string };
  constructor(file: string, cause: unknown) {
    super(`dossier.documentUnreadable ${file}`, { cause });
    this.params = { file };
  }
}

export async function buildDossier(input: DossierInput, sink: DossierSink): Promise<DossierResult> {
  const lang: Language = input.language ?? 'fr';
  const L = dossierLabels(lang);
  const zip = new ZipStreamWriter(sink, input.generatedAt);
  const files: string[] = [];
  const warnings: DomainError[] = [];
  const add = async (path: string, bytes: Uint8Array, compress: boolean): Promise<void> => {
    await zip.addFile(path, bytes, compress);
    files.push(path);
  };

  const documents = input.documents.filter((d) => d.clientId === undefined || d.clientId === input.client.id);
  const plans = planExhibits(documents, input.invoices, input.journal, L, lang);
  // One attachment at a time: its bytes go out of scope before the next one is read.
  const writeExhibit = async (plan: ExhibitPlan): Promise<Exhibit> => {
    let bytes: Uint8Array;
    try {
      bytes = await input.getBytes(plan.document.id);
    } catch (cause) {
      throw new DossierDocumentError(plan.document.fileName, cause);
    }
    const digest = sha256Hex(bytes);
    if (plan.document.sha256 && plan.document.sha256.toLowerCase() !== digest) {
      warnings.push({ code: 'dossier.hashMismatch', params: { file: plan.document.fileName } });
    }
    await add(plan.path, bytes, !isCompressed(plan.document.mimeType, plan.document.fileName));
    return { ...plan, sha256: digest, size: bytes.length };
  };
  const exhibits: Exhibit[] = [];
  for (const plan of plans) exhibits.push(await writeExhibit(plan));

  const claim = claimOf(input);
  const docx = (title: string, blocks: Parameters<typeof buildWordDocument>[2]): Promise<Uint8Array> =>
    buildWordDocument(input.company.name, title, blocks);
  await add(
    `${L.files.bordereau}.docx`,
    await docx(L.bordereau.title, bordereauBlocks(input, exhibits, L, lang)),
    false,
  );
  await add(
    `${L.files.note}.docx`,
    await docx(L.note.title, summaryNoteBlocks(input, claim, L, lang)),
    false,
  );
  await add(`${L.files.statement}.csv`, statementCsv(input, L, lang), true);
  if (input.statementDocx) await add(`${L.files.statement}.docx`, input.statementDocx, false);
  else warnings.push({ code: 'dossier.statementMissing' });
  await add(`${L.files.chronology}.csv`, chronologyCsv(input, L, lang), true);
  if (input.injonctionDataSheetDocx)
    await add(`${L.files.injonction}.docx`, input.injonctionDataSheetDocx, false);
  else warnings.push({ code: 'dossier.injonctionMissing' });
  await add('dossier.json', dossierJson(input, claim, exhibits, warnings), true);
  await zip.finish();
  return { exhibits, files, bytesWritten: zip.bytesWritten, warnings };
}
