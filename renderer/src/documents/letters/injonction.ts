/**
 * The order-for-payment data sheet: every field the Cerfa request asks for (LEGAL.md §5),
 * filled from the file, for the user (or the lawyer) to copy onto the form: the court
 * suggested, creditor, debtor, each amount claimed with its legal basis and supporting
 * document, the interest's start date and rate, and the list of supporting documents
 * (bordereau, mandatory since 1 March 2022).
 */
import { AlignmentType, Document, Paragraph, type Table } from 'docx';
import { suggestCourt, type CourtSuggestion } from '../../domain/court';
import { formatDate, formatDateShort } from '../../domain/dates';
import type { Client, CompanySettings, IsoDate, JournalEntry, Language } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { formatRegisteredNumber } from '../../domain/validation';
import { fill, labelsFor, type LetterLabels } from '../templates/labels';
import { packDocument } from './buildLetter';
import { BODY_SIZE, FONT, legalFooter, pageProperties, text } from './docxKit';
import { formatRate } from './figures';
import { drawTable } from './invoiceTable';
import type { TableModel } from './tableModel';
import type { ClientPenalties, LetterInvoice } from './types';

export interface Exhibit {
  title: string;
  date?: IsoDate;
}

export interface InjonctionInput {
  company: CompanySettings;
  debtor: Client;
  invoices: LetterInvoice[];
  penalties: ClientPenalties;
  /** the client's journal: the formal notice and reminders become exhibits */
  previousActions: JournalEntry[];
  today: IsoDate;
  lang: Language;
  /** more supporting documents (delivery notes, signed quote…) after the generated ones */
  exhibits?: Exhibit[];
}

export interface ClaimLine {
  label: string;
  basis: string;
  evidence: string;
  amount: number;
}

function claimLines(input: InjonctionInput, L: LetterLabels): ClaimLine[] {
  const I = L.injonction;
  const lang = input.lang;
  const byInvoice = new Map(input.penalties.invoices.map((p) => [p.invoiceId, p]));
  const indemnityAllowed = input.debtor.kind !== 'consumer' && !input.debtor.insolvency;
  const lines: ClaimLine[] = [];
  for (const { invoice, balance } of input.invoices) {
    const evidence = fill(I.evidenceInvoice, { number: invoice.number });
    lines.push({
      label: fill(I.principalLine, {
        number: invoice.number,
        date: formatDateShort(invoice.issueDate),
        dueDate: formatDateShort(invoice.dueDate),
      }),
      basis: I.principalBasis,
      evidence,
      amount: balance,
    });
    const p = byInvoice.get(invoice.id);
    if (!p) continue;
    const first = p.periods[0];
    const last = p.periods[p.periods.length - 1];
    if (p.interest > 0 && first && last) {
      const rates = [...new Set(p.periods.map((x) => x.rate))].map((r) => formatRate(r, lang)).join(' / ');
      const consumer = p.basis === 'consumer-legal';
      lines.push({
        label: `${fill(I.interestLine, { number: invoice.number, from: formatDateShort(first.from), to: formatDateShort(last.to), rate: rates })} — ${fill(I.interestFrom, { date: formatDate(p.startDate ?? first.from, lang) })}`,
        basis: consumer
          ? I.interestBasisConsumer
          : p.basis === 'contractual'
            ? I.interestBasisContractual
            : I.interestBasisCommercial,
        evidence: consumer
          ? I.evidenceNotice
          : p.basis === 'contractual'
            ? `${evidence}, ${I.evidenceTerms}`
            : evidence,
        amount: p.interest,
      });
    }
    if (indemnityAllowed && p.indemnity > 0) {
      lines.push({
        label: fill(I.indemnityLine, { number: invoice.number }),
        basis: I.indemnityBasis,
        evidence,
        amount: p.indemnity,
      });
    }
  }
  return lines;
}

export function exhibitList(input: InjonctionInput, L: LetterLabels): Exhibit[] {
  const I = L.injonction;
  const out: Exhibit[] = input.invoices.map(({ invoice }) => ({
    title: fill(I.evidenceInvoice, { number: invoice.number }),
    date: invoice.issueDate,
  }));
  if (input.penalties.invoices.some((p) => p.basis === 'contractual') || input.debtor.kind !== 'consumer') {
    out.push({ title: I.evidenceTerms });
  }
  const letters = input.previousActions
    .filter(
      (e) =>
        e.type === 'step' &&
        (e.channel === 'letter' || e.channel === 'registered-letter') &&
        e.outcome !== 'skipped' &&
        e.outcome !== 'postponed' &&
        (e.stepKind === 'reminder' || e.stepKind === 'last-reminder' || e.stepKind === 'formal-notice'),
    )
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const e of letters) {
    if (e.stepKind === 'formal-notice') {
      const n = e.registered?.number;
      out.push({
        title: n ? fill(I.noticeExhibitNumber, { number: formatRegisteredNumber(n) }) : I.noticeExhibit,
        date: e.date,
      });
    } else {
      out.push({ title: I.reminderExhibit, date: e.date });
    }
  }
  out.push({ title: I.evidenceStatement, date: input.today });
  return [...out, ...(input.exhibits ?? [])];
}

function courtName(c: CourtSuggestion, L: LetterLabels): string {
  const I = L.injonction;
  return c.court === 'tribunal-de-commerce'
    ? I.courtCommerce
    : c.court === 'tribunal-judiciaire'
      ? I.courtJudiciaire
      : I.courtAdministrative;
}

/** A two-column "field : value" table (creditor, debtor). */
function fieldsTable(rows: [string, string][]): TableModel {
  return {
    columns: [
      { label: '', widthMm: 50, align: 'left' },
      { label: '', widthMm: 120, align: 'left' },
    ],
    rows: rows.filter(([, v]) => v.trim() !== ''),
    totals: [],
  };
}

function heading(value: string): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 100 },
    keepNext: true,
    children: text(value, { bold: true, size: 24 }),
  });
}

export function injonctionChildren(input: InjonctionInput): (Paragraph | Table)[] {
  const L = labelsFor(input.lang);
  const I = L.injonction;
  const money = (c: number): string => formatMoney(c, input.lang);
  const court = suggestCourt(input.debtor);
  const place = court.postcode && court.city ? `${court.postcode} ${court.city}` : null;
  const warnings = court.warnings.map((w) => {
    const key = w.code.replace(/^court\./, '') as keyof typeof I.courtWarnings;
    const label = I.courtWarnings[key] as string | undefined;
    return label ? fill(label, w.params ?? {}) : w.code;
  });
  if (input.penalties.missingRates.length)
    warnings.push(fill(I.courtWarnings.missingRates, { halves: input.penalties.missingRates.join(', ') }));
  const c = input.company;
  const d = input.debtor;
  const kind =
    d.kind === 'professional' ? I.kindProfessional : d.kind === 'consumer' ? I.kindConsumer : I.kindPublic;
  const claims = claimLines(input, L);
  const total = claims.reduce((s, l) => s + l.amount, 0);
  const claimModel: TableModel = {
    columns: [
      { label: I.claim, widthMm: 62, align: 'left' },
      { label: I.legalBasis, widthMm: 44, align: 'left' },
      { label: I.evidence, widthMm: 36, align: 'left' },
      { label: I.amount, widthMm: 28, align: 'right' },
    ],
    rows: claims.map((l) => [l.label, l.basis, l.evidence, money(l.amount)]),
    totals: [[I.total, '', '', money(total)]],
  };
  const exhibits = exhibitList(input, L);
  const exhibitModel: TableModel = {
    columns: [
      { label: I.exhibitNumber, widthMm: 14, align: 'center' },
      { label: I.exhibit, widthMm: 126, align: 'left' },
      { label: I.exhibitDate, widthMm: 30, align: 'center' },
    ],
    rows: exhibits.map((e, i) => [String(i + 1), e.title, e.date ? formatDateShort(e.date) : '']),
    totals: [],
  };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: text(I.title, { bold: true, size: 28 }),
    }),
    new Paragraph({
      spacing: { after: 120 },
      children: text(fill(I.intro, { date: formatDate(input.today, input.lang) }), { italics: true }),
    }),
    heading(I.court),
    new Paragraph({ children: text(courtName(court, L), { bold: true }) }),
    new Paragraph({ children: text(place ? fill(I.territory, { place }) : I.territoryUnknown) }),
    new Paragraph({ children: text(court.cerfa ? fill(I.cerfa, { number: court.cerfa }) : I.cerfaNone) }),
    new Paragraph({ children: text(court.onlineFiling ? I.filing : I.filingPaper) }),
    heading(I.creditor),
    drawTable(
      fieldsTable([
        [I.name, c.name],
        [I.legalForm, c.legalForm],
        [I.siren, c.siren],
        [I.address, c.addressLines.join('\n')],
        [I.representative, [c.signatoryName, c.signatoryTitle].filter(Boolean).join(', ')],
      ]),
      { header: false },
    ),
    heading(I.debtor),
    drawTable(
      fieldsTable([
        [I.name, d.name],
        [I.kind, kind],
        [I.legalForm, d.legalForm ?? ''],
        [I.siren, d.siren ?? ''],
        [I.address, [...d.addressLines, ...(d.country && d.country !== 'FR' ? [d.country] : [])].join('\n')],
      ]),
      { header: false },
    ),
    heading(I.claims),
    drawTable(claimModel),
    // Interest stops at the opening judgment of a collective procedure (Code de commerce
    // L622-28): no "interest until full payment" then; the warning below says to declare.
    ...(d.insolvency
      ? []
      : [
          new Paragraph({
            spacing: { before: 80 },
            children: text(I.interestContinue, { italics: true, size: BODY_SIZE - 2 }),
          }),
        ]),
    heading(I.exhibits),
    drawTable(exhibitModel),
    ...(warnings.length
      ? [
          heading(I.warnings),
          ...warnings.map((w) => new Paragraph({ bullet: { level: 0 }, children: text(w) })),
        ]
      : []),
    new Paragraph({
      spacing: { before: 480 },
      children: text(
        fill(I.signature, { city: c.city || '……………', date: formatDate(input.today, input.lang) }),
      ),
    }),
  ];
}

export async function buildInjonctionDataSheet(input: InjonctionInput): Promise<Uint8Array> {
  const L = labelsFor(input.lang);
  const doc = new Document({
    creator: input.company.name || 'Recouvre',
    title: L.injonction.title,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: pageProperties(),
        footers: { default: legalFooter(`${L.injonction.title} — ${input.debtor.name}`, L.doc.page) },
        children: injonctionChildren(input),
      },
    ],
  });
  return packDocument(doc);
}
