/**
 * "Relevé de compte": every invoice, payment and credit note of the client with the
 * running balance, as a Word letter in the client's language, opened for printing or
 * sending. Nothing is written to the database: it is a picture of the account today.
 */
import { buildStatement } from '../../../documents/letters/statement';
import type { Template } from '../../../domain/model';
import { err, ok, type Result } from '../../../domain/result';
import type { Platform, SaveResult } from '../../../platform';
import { DOCX_MIME, documentFileName } from '../../actions/letterFile';
import { statementTemplate } from './statementTemplate';
import type { ClientFileData } from './useClientFileData';

export async function saveStatement(
  platform: Pick<Platform, 'saveAndOpen'>,
  data: ClientFileData,
  templates: readonly Template[],
): Promise<Result<SaveResult>> {
  const lang = data.client.language;
  const template = statementTemplate(lang, templates);
  if (!template) return err('statement.noTemplate');
  const bytes = await buildStatement({
    template,
    company: data.company,
    client: data.client,
    invoices: data.invoices,
    payments: data.payments,
    today: data.today,
    lang,
  });
  const fileName = documentFileName('statement', data.client.name, data.today, lang, 'docx');
  const saved = await platform.saveAndOpen({ fileName, mimeType: DOCX_MIME, bytes });
  return saved.status === 'failed' ? err('statement.saveFailed', { message: saved.message }) : ok(saved);
}
