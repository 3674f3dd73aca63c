/**
 * Page geometry and small builders shared by every Word document: A4 in millimetres, one
 * font, table cells. Word measures in twips (1/1440 inch) and half-points.
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  PageNumber,
  Paragraph,
  ShadingType,
  TableCell,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { InlineRun } from '../templates/engine';

export const FONT = 'Arial';
/** 10 pt body, 8.5 pt tables: 40 invoices fit on two pages */
export const BODY_SIZE = 20;
export const TABLE_SIZE = 17;

export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

export const PAGE = { widthMm: 210, heightMm: 297, topMm: 15, bottomMm: 20, leftMm: 20, rightMm: 20 };
export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.leftMm - PAGE.rightMm;

export function pageProperties(landscape = false): ISectionOptions['properties'] {
  return {
    page: {
      size: landscape
        ? { width: mm(PAGE.heightMm), height: mm(PAGE.widthMm), orientation: 'landscape' }
        : { width: mm(PAGE.widthMm), height: mm(PAGE.heightMm) },
      margin: {
        top: mm(PAGE.topMm),
        bottom: mm(PAGE.bottomMm),
        left: mm(PAGE.leftMm),
        right: mm(PAGE.rightMm),
        footer: mm(8),
        header: mm(8),
      },
    },
  };
}

export function text(
  value: string,
  options: { bold?: boolean; size?: number; italics?: boolean } = {},
): TextRun[] {
  // A line break inside a value (an address) becomes a Word line break, not a new paragraph.
  return value.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: options.bold,
        italics: options.italics,
        size: options.size,
        font: FONT,
      }),
  );
}

/** Runs of a rendered paragraph: a missing value is a dotted blank to fill by hand. */
export function inlineToRuns(runs: readonly InlineRun[], blank: string, size?: number): TextRun[] {
  return runs.flatMap((r) => {
    if (r.state === 'missing') return [new TextRun({ text: blank, bold: r.bold, size, font: FONT })];
    if (r.state === 'unknown')
      return [new TextRun({ text: r.text, bold: r.bold, size, font: FONT, highlight: 'yellow' })];
    return text(r.text, { bold: r.bold, size });
  });
}

export function paragraph(
  value: string,
  options: { bold?: boolean; size?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({ children: text(value, options), spacing: { after: options.after ?? 0 } });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
export const CELL_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

export interface CellOptions {
  widthMm: number;
  align?: 'left' | 'right' | 'center';
  bold?: boolean;
  shade?: boolean;
  size?: number;
}

export function cell(value: string, o: CellOptions): TableCell {
  return new TableCell({
    width: { size: mm(o.widthMm), type: WidthType.DXA },
    borders: CELL_BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8ECF2' } : undefined,
    children: [
      new Paragraph({
        alignment:
          o.align === 'right'
            ? AlignmentType.RIGHT
            : o.align === 'center'
              ? AlignmentType.CENTER
              : AlignmentType.LEFT,
        children: text(value, { bold: o.bold, size: o.size ?? TABLE_SIZE }),
      }),
    ],
  });
}

/** Footer of every page: who writes (legal identity) and "Page 2 / 3". */
export function legalFooter(legalLine: string, pageLabel: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: legalLine, size: 14, font: FONT, color: '555555' })],
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: [`${pageLabel} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
            size: 14,
            font: FONT,
            color: '555555',
          }),
        ],
      }),
    ],
  });
}
