/**
 * A dunning letter as an editable Word file: letterhead, the address in the envelope
 * window, place and date, the object line in bold, the template's paragraphs with the
 * invoice table (and penalty detail) where the template puts them, the signature and a
 * footer carrying the company's legal identity and page numbers.
 */
import { AlignmentType, Document, HighlightColor, Packer, Paragraph, TextRun, type Table } from 'docx';
import { inlineRuns as inlineRunsOf } from '../templates/engine';
import type { BlockName } from '../templates/placeholders';
import { labelsFor } from '../templates/labels';
import { addressBlock, bodyTopMm } from './addressBlock';
import { letterContent, type LetterContent } from './content';
import { BODY_SIZE, FONT, PAGE, inlineToRuns, legalFooter, mm, pageProperties, text } from './docxKit';
import { claimSummary, drawSummary, drawTable, invoiceTableModel } from './invoiceTable';
import { letterhead } from './letterhead';
import { penaltyBasisNotes, penaltyDetailModel } from './penaltyDetail';
import { signatureBlock } from './signature';
import type { LetterInput } from './types';

export type BlockDrawers = Partial<Record<BlockName, () => (Table | Paragraph)[]>>;

export function letterBlocks(content: LetterContent): BlockDrawers {
  const L = labelsFor(content.lang);
  return {
    'factures.tableau': () => [
      drawTable(invoiceTableModel(content.figures, content.lang)),
      ...drawSummary(claimSummary(content.figures, content.lang)),
    ],
    'penalites.detail': () => {
      const model = penaltyDetailModel(content.figures, content.lang);
      if (model.rows.length === 0) return [];
      return [
        new Paragraph({
          keepNext: true,
          spacing: { after: 80 },
          children: text(L.penaltyDetail.title, { bold: true }),
        }),
        drawTable(model),
        ...penaltyBasisNotes(content.figures, content.lang).map(
          (n) => new Paragraph({ children: text(n, { italics: true, size: BODY_SIZE - 4 }) }),
        ),
      ];
    },
  };
}

export function legalLine(content: LetterContent): string {
  const c = content.company;
  const L = labelsFor(content.lang);
  return [
    c.name,
    c.legalForm,
    c.siren && L.doc.siren.replace('{{siren}}', c.siren),
    c.vatNumber && L.doc.vat.replace('{{vat}}', c.vatNumber),
  ]
    .filter(Boolean)
    .join(' — ');
}

/** The Word body of any letter-shaped document (letters, statement cover letter). */
export function letterChildren(content: LetterContent, blocks: BlockDrawers): (Paragraph | Table)[] {
  const L = labelsFor(content.lang);
  const spacer = bodyTopMm(content.company.envelope) - PAGE.topMm;
  const children: (Paragraph | Table)[] = [
    ...letterhead(content.company, content.lang),
    ...addressBlock(content.recipient, content.company.envelope),
    // Letterhead and address are frames anchored to the page: the body starts under the window.
    new Paragraph({ spacing: { before: 0, after: 0, line: mm(spacer), lineRule: 'exact' }, children: [] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 240 },
      children: text(content.placeDate),
    }),
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new TextRun({ text: `${L.doc.objectLabel} `, bold: true, font: FONT }),
        ...inlineToRuns(
          content.subject.map((r) => ({ ...r, bold: true })),
          L.doc.missingBlank,
        ),
      ],
    }),
  ];
  const lastText = content.paragraphs.map((p) => p.kind).lastIndexOf('text');
  content.paragraphs.forEach((p, index) => {
    if (p.kind === 'block') {
      const draw = blocks[p.name];
      if (draw) {
        children.push(...draw(), new Paragraph({ spacing: { after: 60 }, children: [] }));
      } else {
        // A block this document cannot draw is shown as typed, never dropped silently.
        children.push(
          new Paragraph({
            children: [new TextRun({ text: `{{${p.name}}}`, highlight: HighlightColor.YELLOW, font: FONT })],
          }),
        );
      }
      return;
    }
    children.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { after: 100 },
        // the closing formula stays on the signature's page
        keepNext: index === lastText,
        keepLines: index === lastText,
        children: inlineToRuns(inlineRunsOf(p.runs), L.doc.missingBlank),
      }),
    );
  });
  children.push(...signatureBlock(content.signature));
  if (content.enclosures) {
    children.push(
      new Paragraph({
        spacing: { before: 160 },
        children: text(content.enclosures, { size: BODY_SIZE - 2, italics: true }),
      }),
    );
  }
  return children;
}

export function letterDocument(content: LetterContent, blocks: BlockDrawers, title: string): Document {
  return new Document({
    creator: content.company.name || 'Recouvre',
    title,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: pageProperties(),
        footers: { default: legalFooter(legalLine(content), labelsFor(content.lang).doc.page) },
        children: letterChildren(content, blocks),
      },
    ],
  });
}

export async function packDocument(doc: Document): Promise<Uint8Array> {
  // toArrayBuffer works in Node, Electron's renderer and a plain browser alike.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

export async function buildLetter(input: LetterInput): Promise<Uint8Array> {
  const content = letterContent(input, ['factures.tableau', 'penalites.detail']);
  const title = content.subject.map((r) => r.text).join('');
  return packDocument(letterDocument(content, letterBlocks(content), title));
}
