/**
 * "Exporter le dossier avocat": the ZIP the lawyer receives (documents/dossier), built
 * from what the client file holds, for all the open invoices or the ones ticked. The
 * statement and the order-for-payment data sheet come from the letters module, the
 * limitation dates and penalties from the domain; the ZIP is streamed into chunks and
 * saved without being joined twice. The export is written to the journal once saved.
 */
import type { RecouvreDb } from '../../../db/database';
import { readDocumentBytes } from '../../../db/documents';
import { addJournalEntry } from '../../../db/journal';
import { buildDossier, type DossierResult } from '../../../documents/dossier';
import { fileNamePart, safeFileName } from '../../../documents/dossier/fileNames';
import { buildInjonctionDataSheet } from '../../../documents/letters/injonction';
import { buildStatement } from '../../../documents/letters/statement';
import { limitationDate } from '../../../domain/limitation';
import type { Template } from '../../../domain/model';
import { err, ok, type Result } from '../../../domain/result';
import type { Platform, SaveResult } from '../../../platform';
import { penaltiesOf } from './clientFileView';
import { statementTemplate } from './statementTemplate';
import type { ClientFileData } from './useClientFileData';

export const ZIP_MIME = 'application/zip';

export interface DossierExport {
  fileName: string;
  result: DossierResult;
  saved: SaveResult;
}

export function dossierFileName(clientName: string, today: string): string {
  return safeFileName(`dossier-${fileNamePart(clientName)}-${today}.zip`, 120);
}

export async function exportDossier(
  database: RecouvreDb,
  platform: Pick<Platform, 'saveBlob'>,
  data: ClientFileData,
  invoiceIds: readonly string[],
  templates: readonly Template[],
  now: Date,
  /** the journal line, in the user's words: "Dossier exported (12 exhibits)" */
  describe: (fileName: string, exhibits: number) => string,
): Promise<Result<DossierExport>> {
  const wanted = new Set(invoiceIds);
  const invoices = data.invoices.filter((i) => wanted.has(i.id));
  if (invoices.length === 0) return err('followUp.noInvoice');
  // The lawyer reads French: the dossier, its statement and data sheet are in French.
  const lang = 'fr' as const;
  const template = statementTemplate(lang, templates);
  const { client, company, today } = data;
  const balances = new Map(data.view.rows.map((r) => [r.invoice.id, r.balance]));
  const penalties = penaltiesOf(data.input, invoices);

  const statementDocx = template
    ? await buildStatement({
        template,
        company,
        client,
        invoices: data.invoices,
        payments: data.payments,
        today,
        lang,
      })
    : undefined;
  const injonctionDataSheetDocx = await buildInjonctionDataSheet({
    company,
    debtor: client,
    invoices: invoices.map((invoice) => ({
      invoice,
      balance: balances.get(invoice.id) ?? invoice.amountInclVat,
    })),
    penalties,
    previousActions: data.journal,
    today,
    lang,
  });
  // The account's general papers (terms of sale) and those of the invoices chosen.
  const documents = data.documents.filter(
    (d) => d.kind !== 'dossier' && (d.invoiceIds.length === 0 || d.invoiceIds.some((id) => wanted.has(id))),
  );

  const chunks: Uint8Array[] = [];
  const result = await buildDossier(
    {
      company,
      client,
      invoices,
      payments: data.payments,
      journal: data.journal,
      documents,
      penalties,
      limitationDates: Object.fromEntries(invoices.map((i) => [i.id, limitationDate(i, client)])),
      asOf: today,
      generatedAt: now,
      getBytes: async (id) => {
        const bytes = await readDocumentBytes(database, id);
        if (!bytes) throw new Error(`missing bytes of document ${id}`);
        return bytes;
      },
      ...(statementDocx ? { statementDocx } : {}),
      injonctionDataSheetDocx,
      language: lang,
    },
    (chunk) => {
      chunks.push(chunk);
    },
  );

  const fileName = dossierFileName(client.name, today);
  // The pieces become one Blob, never one joined array in the browser (see platform.saveBlob).
  const blob = new Blob(chunks as BlobPart[], { type: ZIP_MIME });
  chunks.length = 0; // the Blob holds its own copy: let the pieces go before the save
  const saved = await platform.saveBlob({ fileName, mimeType: ZIP_MIME, blob });
  if (saved.status === 'failed') return err('dossier.saveFailed', { message: saved.message });
  if (saved.status === 'saved') {
    const entry = await addJournalEntry(database, {
      clientId: client.id,
      invoiceIds: invoices.map((i) => i.id),
      date: today,
      type: 'export',
      note: describe(fileName, result.exhibits.length),
    });
    if (!entry.ok) return entry;
  }
  return ok({ fileName, result, saved });
}
