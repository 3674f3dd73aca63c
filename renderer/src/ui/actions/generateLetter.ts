/**
 * "Générer la lettre": the step's template filled with the client's invoices and the
 * penalties to date, as an editable Word file. The copy is kept in the database (bytes
 * and SHA-256, the proof of what was sent) with a 'document' line in the journal that
 * says when it was produced, in one transaction; the step itself is recorded when the user says it is done.
 */
import type { RecouvreDb } from '../../db/database';
import { storeDocumentWithEntry } from '../../db/documents';
import { buildLetter } from '../../documents/letters/buildLetter';
import { checkLetter } from '../../documents/letters/content';
import type { CompanySettings, IsoDate, JournalEntry, StoredDocument } from '../../domain/model';
import { err, ok, type Result } from '../../domain/result';
import type { Platform, SaveResult } from '../../platform';
import { letterInputOf, loadActionData, type ActionData } from './actionData';
import type { ActionTarget } from './actionTarget';
import { DOCX_MIME, documentFileName } from './letterFile';
import { stepTemplate } from './stepTemplate';

export interface LetterFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  /** placeholders left blank in the letter (e.g. the registered number not known yet) */
  missing: string[];
  unknown: string[];
}

/** The Word letter of a step, without saving anything: the e-mail flow attaches it. */
export async function buildStepLetter(
  data: ActionData,
  target: ActionTarget,
  company: CompanySettings,
  today: IsoDate,
  registeredNumber?: string,
): Promise<Result<LetterFile>> {
  const template = stepTemplate(target.step, 'letter', data.client.language, data.templates);
  if (!template) return err('action.noTemplate', { step: target.step.id });
  const input = letterInputOf(data, template, company, today, registeredNumber);
  const bytes = await buildLetter(input);
  const check = checkLetter(input);
  return ok({
    fileName: documentFileName(template.kind, data.client.name, today, data.client.language, 'docx'),
    mimeType: DOCX_MIME,
    bytes,
    missing: check.missing,
    unknown: check.unknown,
  });
}

export interface GenerateLetterInput {
  target: ActionTarget;
  company: CompanySettings;
  today: IsoDate;
  registeredNumber?: string;
}

export interface GeneratedLetter {
  document: StoredDocument;
  journalEntry: JournalEntry;
  letter: LetterFile;
  saved: SaveResult;
}

export async function generateLetter(
  database: RecouvreDb,
  platform: Pick<Platform, 'saveAndOpen'>,
  input: GenerateLetterInput,
): Promise<Result<GeneratedLetter>> {
  const data = await loadActionData(database, input.target, input.company, input.today);
  if (!data.ok) return data;
  const letter = await buildStepLetter(
    data.value,
    input.target,
    input.company,
    input.today,
    input.registeredNumber,
  );
  if (!letter.ok) return letter;

  const stored = await storeDocumentWithEntry(
    database,
    {
      clientId: input.target.clientId,
      invoiceIds: input.target.invoiceIds,
      kind: 'letter',
      fileName: letter.value.fileName,
      mimeType: letter.value.mimeType,
      bytes: letter.value.bytes,
    },
    {
      date: input.today,
      type: 'document',
      scenarioId: input.target.scenarioId,
      stepId: input.target.step.id,
      stepKind: input.target.step.kind,
      channel: input.target.step.channel,
    },
  );
  if (!stored.ok) return stored;

  const saved = await saveLetter(platform, letter.value);
  return ok({
    document: stored.value.document,
    journalEntry: stored.value.entry,
    letter: letter.value,
    saved,
  });
}

function saveLetter(platform: Pick<Platform, 'saveAndOpen'>, file: LetterFile): Promise<SaveResult> {
  return platform.saveAndOpen({ fileName: file.fileName, mimeType: file.mimeType, bytes: file.bytes });
}
