/**
 * A small Word builder for the dossier's own documents (exhibit list, summary note): a
 * title, headings, paragraphs and plain tables — readable in Word, LibreOffice and by
 * python-docx. No letterhead: only the company name in the header, as lawyers expect of
 * a working document.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[]; rightAligned?: number[] };

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(
  text: string,
  opts: { bold?: boolean; right?: boolean; width?: number; mono?: boolean },
): TableCell {
  return new TableCell({
    borders,
    ...(opts.width ? { width: { size: opts.width, type: WidthType.PERCENTAGE } } : {}),
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [
            new TextRun({
              text: line,
              bold: opts.bold ?? false,
              size: opts.mono ? 14 : 18,
              ...(opts.mono ? { font: 'Courier New' } : {}),
            }),
          ],
        }),
    ),
  });
}

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const right = new Set(b.rightAligned ?? []);
  const row = (cells: string[], bold: boolean): TableRow =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((t, i) => {
        const width = b.widths?.[i];
        return cell(t, {
          bold,
          right: right.has(i) && !bold,
          mono: /^[0-9a-f]{64}$/.test(t),
          ...(width ? { width } : {}),
        });
      }),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))],
  });
}

function render(b: Block): Paragraph | Table {
  switch (b.kind) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: b.text })] });
    case 'heading':
      return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240 },
        children: [new TextRun({ text: b.text })],
      });
    case 'paragraph':
      return new Paragraph({
        spacing: { after: 120 },
        children: [new TextRun({ text: b.text, bold: b.bold ?? false, italics: b.italic ?? false })],
      });
    case 'bullet':
      return new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: b.text })] });
    case 'table':
      return table(b);
  }
}

/** The .docx bytes; `companyName` goes in the page header. */
export async function buildWordDocument(
  companyName: string,
  title: string,
  blocks: readonly Block[],
): Promise<Uint8Array> {
  const doc = new Document({
    creator: companyName,
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: companyName, bold: true })] })],
          }),
        },
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: blocks.map(render),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
