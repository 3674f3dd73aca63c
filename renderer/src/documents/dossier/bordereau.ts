/**
 * 00-bordereau-des-pieces.docx: the numbered list of exhibits required with a request for
 * an order for payment since 1 March 2022, each with its date, what it is, its file in
 * the ZIP and its SHA-256 so the lawyer (and the court) can check nothing was altered.
 */
import { formatDate, formatDateShort } from '../../domain/dates';
import type { Language } from '../../domain/model';
import type { Block } from './docxBuilder';
import type { Exhibit } from './exhibits';
import { fill, type DossierLabels } from './labels';
import type { DossierInput } from './types';

export function bordereauBlocks(
  input: DossierInput,
  exhibits: readonly Exhibit[],
  L: DossierLabels,
  lang: Language,
): Block[] {
  const B = L.bordereau;
  const blocks: Block[] = [
    { kind: 'title', text: B.title },
    {
      kind: 'paragraph',
      bold: true,
      text: fill(B.parties, { creditor: input.company.name, debtor: input.client.name }),
    },
    { kind: 'paragraph', text: fill(B.date, { date: formatDate(input.asOf, lang) }) },
  ];
  if (exhibits.length === 0) {
    blocks.push({ kind: 'paragraph', text: B.empty });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    header: [B.number, B.exhibitDate, B.description, B.file, B.sha256],
    rows: exhibits.map((e) => [
      String(e.number),
      formatDateShort(e.date, lang),
      e.description,
      e.path,
      e.sha256,
    ]),
    widths: [6, 12, 32, 20, 30],
  });
  blocks.push({ kind: 'paragraph', italic: true, text: B.hashNote });
  return blocks;
}
