/**
 * The two spreadsheets of the dossier: the statement of account (invoices in debit,
 * payments and credit notes in credit, a running balance) and the chronology (every
 * journal entry, registered-letter tracking included).
 */
import { formatDateShort } from '../../domain/dates';
import type { Language } from '../../domain/model';
import { csvAmount, csvFile, type CsvCell } from './csv';
import type { DossierLabels } from './labels';
import { fill } from './labels';
import type { DossierInput } from './types';

export function statementCsv(input: DossierInput, L: DossierLabels, lang: Language): Uint8Array {
  const S = L.statement;
  const d = (x: string | undefined): string => (x ? formatDateShort(x, lang) : '');
  type Line = { date: string; order: number; cells: (balance: number) => CsvCell[]; delta: number };
  const lines: Line[] = [];
  for (const inv of input.invoices.filter(
    (i) => i.clientId === input.client.id && i.issueDate <= input.asOf,
  )) {
    lines.push({
      date: inv.issueDate,
      order: 0,
      delta: inv.amountInclVat,
      cells: (b) => [
        d(inv.issueDate),
        S.invoice,
        inv.number,
        inv.label ?? '',
        d(inv.dueDate),
        csvAmount(inv.amountInclVat),
        '',
        csvAmount(b),
      ],
    });
  }
  const numbers = new Map(input.invoices.map((i) => [i.id, i.number]));
  for (const p of input.payments.filter((x) => x.clientId === input.client.id && x.date <= input.asOf)) {
    const label = p.allocations.map((a) => numbers.get(a.invoiceId) ?? a.invoiceId).join(', ');
    lines.push({
      date: p.date,
      order: 1,
      delta: -p.amount,
      cells: (b) => [
        d(p.date),
        p.kind === 'credit-note' ? S.creditNote : S.payment,
        p.reference ?? '',
        label,
        '',
        '',
        csvAmount(p.amount),
        csvAmount(b),
      ],
    });
  }
  lines.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.order - b.order));
  let balance = 0;
  const rows = lines.map((l) => {
    balance += l.delta;
    return l.cells(balance);
  });
  rows.push([
    d(input.asOf),
    fill(S.closing, { date: d(input.asOf) }),
    '',
    '',
    '',
    '',
    '',
    csvAmount(balance),
  ]);
  return csvFile([S.date, S.nature, S.reference, S.label, S.dueDate, S.debit, S.credit, S.balance], rows);
}

export function chronologyCsv(input: DossierInput, L: DossierLabels, lang: Language): Uint8Array {
  const C = L.chronology;
  const d = (x: string | undefined): string => (x ? formatDateShort(x, lang) : '');
  const numbers = new Map(input.invoices.map((i) => [i.id, i.number]));
  const files = new Map(input.documents.map((x) => [x.id, x.fileName]));
  const rows = [...input.journal]
    .filter((e) => e.clientId === input.client.id)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((e): CsvCell[] => [
      d(e.date),
      e.at.slice(11, 16),
      L.journal[e.type],
      e.stepKind ? L.step[e.stepKind] : '',
      e.channel ? L.channel[e.channel] : '',
      e.outcome ? L.outcome[e.outcome] : '',
      e.invoiceIds.map((id) => numbers.get(id) ?? id).join(', '),
      e.registered?.number ?? '',
      d(e.registered?.depositDate),
      d(e.registered?.firstPresentationDate),
      d(e.registered?.deliveredDate),
      d(e.registered?.returnedDate),
      e.registered?.returnReason ? L.return[e.registered.returnReason] : '',
      d(e.postponedTo),
      (e.documentIds ?? []).map((id) => files.get(id) ?? id).join(', '),
      e.note ?? '',
    ]);
  return csvFile(
    [
      C.date,
      C.time,
      C.type,
      C.step,
      C.channel,
      C.outcome,
      C.invoices,
      C.registeredNumber,
      C.deposit,
      C.firstPresentation,
      C.delivered,
      C.returned,
      C.returnReason,
      C.postponedTo,
      C.documents,
      C.note,
    ],
    rows,
  );
}
