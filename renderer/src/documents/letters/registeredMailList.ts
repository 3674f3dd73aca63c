/**
 * The day's registered letters, for the post office counter: sender, then one row per
 * letter with the recipient, the address and a box for the registered number (the
 * label's number is written or stuck there, then typed into the journal).
 */
import { Document, Paragraph, Table, TableLayoutType, TableRow, WidthType, HeightRule } from 'docx';
import { formatDate } from '../../domain/dates';
import type { Client, CompanySettings, IsoDate, Language } from '../../domain/model';
import { formatRegisteredNumber } from '../../domain/validation';
import { fill, labelsFor } from '../templates/labels';
import { packDocument } from './buildLetter';
import { BODY_SIZE, FONT, cell, legalFooter, mm, pageProperties, text } from './docxKit';

export interface RegisteredMailInput {
  company: CompanySettings;
  today: IsoDate;
  lang: Language;
  letters: { client: Client; registeredNumber?: string }[];
}

const WIDTHS = [10, 48, 70, 42];

export async function buildRegisteredMailList(input: RegisteredMailInput): Promise<Uint8Array> {
  const L = labelsFor(input.lang);
  const R = L.registeredList;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [R.number, R.recipient, R.address, R.registeredNumber].map((label, i) =>
      cell(label, { widthMm: WIDTHS[i]!, bold: true, shade: true, align: 'center', size: BODY_SIZE - 2 }),
    ),
  });
  const rows = input.letters.map(
    (l, i) =>
      new TableRow({
        cantSplit: true,
        // 18 mm: room for a registered label or a number written by hand
        height: { value: mm(18), rule: HeightRule.ATLEAST },
        children: [
          cell(String(i + 1), { widthMm: WIDTHS[0]!, align: 'center', size: BODY_SIZE - 2 }),
          cell(l.client.name, { widthMm: WIDTHS[1]!, bold: true, size: BODY_SIZE - 2 }),
          cell(l.client.addressLines.join('\n'), { widthMm: WIDTHS[2]!, size: BODY_SIZE - 2 }),
          cell(l.registeredNumber ? formatRegisteredNumber(l.registeredNumber) : '', {
            widthMm: WIDTHS[3]!,
            align: 'center',
            size: BODY_SIZE - 2,
          }),
        ],
      }),
  );
  const c = input.company;
  const doc = new Document({
    creator: c.name || 'Recouvre',
    title: fill(R.title, { date: formatDate(input.today, input.lang) }),
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: pageProperties(),
        footers: { default: legalFooter(c.name, L.doc.page) },
        children: [
          new Paragraph({
            spacing: { after: 200 },
            children: text(fill(R.title, { date: formatDate(input.today, input.lang) }), {
              bold: true,
              size: 28,
            }),
          }),
          new Paragraph({ children: text(`${R.sender} :`, { bold: true }) }),
          new Paragraph({ spacing: { after: 200 }, children: text([c.name, ...c.addressLines].join('\n')) }),
          new Table({
            rows: [header, ...rows],
            width: { size: mm(170), type: WidthType.DXA },
            columnWidths: WIDTHS.map(mm),
            layout: TableLayoutType.FIXED,
          }),
          new Paragraph({
            spacing: { before: 200 },
            children: text(fill(R.count, { count: input.letters.length })),
          }),
        ],
      },
    ],
  });
  return packDocument(doc);
}
