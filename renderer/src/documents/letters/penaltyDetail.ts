/**
 * How the penalties were computed, invoice by invoice: each period between half-year
 * boundaries and partial payments, its days, rate and principal, the interest, then the
 * 40 € indemnity. A debtor (or a judge) can redo the arithmetic from this table.
 */
import { formatDateShort } from '../../domain/dates';
import type { Language } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { labelsFor } from '../templates/labels';
import { formatRate, type LetterFigures } from './figures';
import type { TableModel } from './tableModel';
import type { InvoicePenalty } from './types';

export function penaltyDetailModel(figures: LetterFigures, lang: Language): TableModel {
  const L = labelsFor(lang);
  const P = L.penaltyDetail;
  const money = (c: number): string => formatMoney(c, lang);
  const rows: string[][] = [];
  let interest = 0;
  let indemnities = 0;
  for (const line of figures.lines) {
    const p = line.penalty;
    if (!p || (p.periods.length === 0 && line.indemnity === 0)) continue;
    const periods = p.periods.length ? p.periods : [null];
    periods.forEach((period, i) => {
      const last = i === periods.length - 1;
      rows.push([
        i === 0 ? line.invoice.number : '',
        period ? `${formatDateShort(period.from)} → ${formatDateShort(period.to)}` : L.doc.notDue,
        period ? String(period.days) : '',
        period ? formatRate(period.rate, lang) : '',
        period ? money(period.principal) : '',
        period ? money(period.interest) : '',
        last && line.indemnity > 0 ? money(line.indemnity) : '',
        last ? money(p.interest + line.indemnity) : '',
      ]);
    });
    interest += p.interest;
    indemnities += line.indemnity;
  }
  const widths = [24, 38, 12, 16, 22, 20, 18, 20];
  const labels = [
    P.invoice,
    `${P.from} / ${P.to}`,
    P.days,
    P.rate,
    P.principal,
    P.interest,
    P.indemnityShort,
    L.table.total,
  ];
  const aligns = ['left', 'center', 'right', 'right', 'right', 'right', 'right', 'right'] as const;
  return {
    columns: labels.map((label, i) => ({ label, widthMm: widths[i] ?? 20, align: aligns[i] ?? 'left' })),
    rows,
    totals: rows.length
      ? [[L.table.total, '', '', '', '', money(interest), money(indemnities), money(interest + indemnities)]]
      : [],
  };
}

/** The legal bases used, one sentence each, printed under the detail table. */
export function penaltyBasisNotes(figures: LetterFigures, lang: Language): string[] {
  const P = labelsFor(lang).penaltyDetail;
  const bases = new Set<InvoicePenalty['basis']>();
  for (const l of figures.lines) if (l.penalty && l.penalty.periods.length) bases.add(l.penalty.basis);
  const notes = [...bases].map((b) => P.basis[b]);
  if (figures.indemnityCount > 0) notes.push(P.indemnity);
  return notes;
}
