/**
 * The invoices of a letter: number, dates, amount incl. VAT, paid, balance, days late
 * and, when the letter claims them, penalties; a totals row, then the amount claimed.
 * The header row repeats on every page and no row splits across pages, so a client with
 * 40 invoices gets a table that reads cleanly over two pages.
 */
import { Paragraph, Table, TableLayoutType, TableRow, WidthType, AlignmentType } from 'docx';
import { formatDateShort } from '../../domain/dates';
import type { Language } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { fill, labelsFor } from '../templates/labels';
import { cell, mm, text, BODY_SIZE } from './docxKit';
import type { LetterFigures } from './figures';
import type { SummaryModel, TableModel } from './tableModel';

export function invoiceTableModel(figures: LetterFigures, lang: Language): TableModel {
  const L = labelsFor(lang);
  const money = (c: number): string => formatMoney(c, lang);
  const withPenalties = figures.claimPenalties;
  const widths = withPenalties ? [26, 18, 18, 24, 21, 24, 15, 24] : [34, 20, 20, 27, 24, 27, 18];
  const labels = [
    L.table.number,
    L.table.issueDate,
    L.table.dueDate,
    L.table.amount,
    L.table.paid,
    L.table.balance,
    L.table.daysLate,
    ...(withPenalties ? [L.table.penalties] : []),
  ];
  const aligns = ['left', 'center', 'center', 'right', 'right', 'right', 'right', 'right'] as const;
  const rows = figures.lines.map((l) => [
    l.invoice.number,
    formatDateShort(l.invoice.issueDate),
    formatDateShort(l.invoice.dueDate),
    money(l.invoice.amountInclVat),
    money(l.paid),
    money(l.balance),
    l.daysLate > 0 ? String(l.daysLate) : L.doc.notDue,
    ...(withPenalties ? [money(l.penalty?.interest ?? 0)] : []),
  ]);
  const sum = (f: (l: LetterFigures['lines'][number]) => number): number =>
    figures.lines.reduce((s, l) => s + f(l), 0);
  const totals = [
    [
      L.table.total,
      '',
      '',
      money(sum((l) => l.invoice.amountInclVat)),
      money(sum((l) => l.paid)),
      money(figures.principal),
      '',
      ...(withPenalties ? [money(figures.interest)] : []),
    ],
  ];
  return {
    columns: labels.map((label, i) => ({ label, widthMm: widths[i] ?? 20, align: aligns[i] ?? 'left' })),
    rows,
    totals,
  };
}

/** What the letter claims, under the table: only when penalties are claimed. */
export function claimSummary(figures: LetterFigures, lang: Language): SummaryModel {
  const L = labelsFor(lang);
  const money = (c: number): string => formatMoney(c, lang);
  if (!figures.claimPenalties) return { lines: [], notes: [] };
  const lines = [
    { label: L.summary.principal, amount: money(figures.principal) },
    { label: L.summary.interest, amount: money(figures.interest) },
  ];
  if (figures.indemnityCount > 0) {
    const each = Math.round(figures.indemnities / figures.indemnityCount);
    lines.push({
      label: fill(L.summary.indemnities, { count: figures.indemnityCount, amount: money(each) }),
      amount: money(figures.indemnities),
    });
  }
  lines.push({ label: L.summary.total, amount: money(figures.total) });
  const notes = figures.missingRates.length
    ? [fill(L.summary.incomplete, { halves: figures.missingRates.join(', ') })]
    : [];
  return { lines, notes };
}

/** `header: false` for key/value tables, which have no column titles. */
export function drawTable(model: TableModel, options: { header?: boolean } = {}): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: model.columns.map((c) =>
      cell(c.label, { widthMm: c.widthMm, align: 'center', bold: true, shade: true }),
    ),
  });
  const body = model.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: model.columns.map((c, i) => cell(r[i] ?? '', { widthMm: c.widthMm, align: c.align })),
      }),
  );
  const totals = model.totals.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: model.columns.map((c, i) =>
          cell(r[i] ?? '', { widthMm: c.widthMm, align: c.align, bold: true, shade: true }),
        ),
      }),
  );
  const widthMm = model.columns.reduce((s, c) => s + c.widthMm, 0);
  return new Table({
    rows: [...(options.header === false ? [] : [header]), ...body, ...totals],
    width: { size: mm(widthMm), type: WidthType.DXA },
    columnWidths: model.columns.map((c) => mm(c.widthMm)),
    layout: TableLayoutType.FIXED,
  });
}

export function drawSummary(summary: SummaryModel): (Table | Paragraph)[] {
  if (summary.lines.length === 0) return [];
  const rows = summary.lines.map((line, i) => {
    const last = i === summary.lines.length - 1;
    return new TableRow({
      cantSplit: true,
      children: [
        cell(line.label, { widthMm: 90, bold: last, shade: last, size: BODY_SIZE - 2 }),
        cell(line.amount, { widthMm: 30, align: 'right', bold: last, shade: last, size: BODY_SIZE - 2 }),
      ],
    });
  });
  return [
    new Paragraph({ spacing: { after: 0 }, children: [] }),
    new Table({
      rows,
      width: { size: mm(120), type: WidthType.DXA },
      columnWidths: [mm(90), mm(30)],
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.RIGHT,
    }),
    ...summary.notes.map((n) => new Paragraph({ children: text(n, { italics: true, size: BODY_SIZE - 2 }) })),
  ];
}
