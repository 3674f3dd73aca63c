/**
 * 01-note-de-synthese.docx: what a lawyer needs on one read — the parties, the claim
 * (principal, penalties with their calculation, 40 € indemnities, payments received),
 * every step taken with its dates and registered-letter numbers, the limitation date and
 * the court to seize.
 */
import { formatDate, formatDateShort } from '../../domain/dates';
import type { BasisPoints, JournalEntry, Language } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import type { Block } from './docxBuilder';
import type { Claim } from './claim';
import { suggestedCourt } from './court';
import { fill, type DossierLabels } from './labels';
import type { DossierInput } from './types';

export function formatRate(rate: BasisPoints, lang: Language): string {
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { minimumFractionDigits: 2 }).format(rate / 100)} %`;
}

/** "Mise en demeure (lettre recommandée avec AR) — LRAR n° …, déposée le …, distribuée le …" */
export function stepDescription(e: JournalEntry, L: DossierLabels, lang: Language): string {
  const d = (x: string): string => formatDateShort(x, lang);
  let text = e.stepKind ? L.step[e.stepKind] : L.journal[e.type];
  if (e.channel) text += ` (${L.channel[e.channel]})`;
  if (e.outcome && e.outcome !== 'done') text += ` — ${L.outcome[e.outcome]}`;
  const r = e.registered;
  if (r) {
    const parts: string[] = [];
    if (r.number) parts.push(fill(L.note.registered, { number: r.number }));
    if (r.depositDate) parts.push(fill(L.note.deposit, { date: d(r.depositDate) }));
    if (r.firstPresentationDate)
      parts.push(fill(L.note.firstPresentation, { date: d(r.firstPresentationDate) }));
    if (r.deliveredDate) parts.push(fill(L.note.delivered, { date: d(r.deliveredDate) }));
    if (r.returnedDate)
      parts.push(
        r.returnReason
          ? fill(L.note.returned, { date: d(r.returnedDate), reason: L.return[r.returnReason] })
          : fill(L.note.returnedNoReason, { date: d(r.returnedDate) }),
      );
    if (parts.length > 0) text += ` — ${parts.join(', ')}`;
  }
  if (e.note) text += ` — ${e.note}`;
  return text;
}

/** Journal types that are steps taken towards the debtor (imports and exports are not). */
const STEP_TYPES = new Set<JournalEntry['type']>([
  'step',
  'call',
  'email-sent',
  'document',
  'promise',
  'dispute',
  'payment-plan',
  'note',
]);

export function summaryNoteBlocks(
  input: DossierInput,
  claim: Claim,
  L: DossierLabels,
  lang: Language,
): Block[] {
  const m = (c: number): string => formatMoney(c, lang);
  const ds = (x: string): string => formatDateShort(x, lang);
  const { company, client } = input;
  const invoiceNumber = new Map(input.invoices.map((i) => [i.id, i.number]));
  const blocks: Block[] = [
    { kind: 'title', text: L.note.title },
    {
      kind: 'paragraph',
      text: fill(L.note.subtitle, {
        creditor: company.name,
        debtor: client.name,
        date: formatDate(input.asOf, lang),
      }),
    },
    { kind: 'heading', text: L.note.parties },
  ];

  const creditor = [
    `${L.note.creditor} : ${company.name}${company.legalForm ? `, ${company.legalForm}` : ''}`,
    company.siren ? fill(L.note.siren, { siren: company.siren }) : '',
    company.vatNumber ? fill(L.note.vat, { vat: company.vatNumber }) : '',
    company.addressLines.join(', '),
    company.signatoryName
      ? fill(L.note.representedBy, { name: company.signatoryName, title: company.signatoryTitle })
      : '',
  ].filter((x) => x !== '');
  blocks.push({ kind: 'paragraph', text: creditor.join(' — ') });
  const debtor = [
    `${L.note.debtor} : ${client.name}${client.legalForm ? `, ${client.legalForm}` : ''}`,
    client.siren ? fill(L.note.siren, { siren: client.siren }) : '',
    client.siret ? fill(L.note.siret, { siret: client.siret }) : '',
    client.vatNumber ? fill(L.note.vat, { vat: client.vatNumber }) : '',
    client.addressLines.join(', '),
    fill(L.note.debtorKind, { kind: L.kind[client.kind] }),
  ].filter((x) => x !== '');
  blocks.push({ kind: 'paragraph', text: debtor.join(' — ') });
  if (client.insolvency) {
    blocks.push({
      kind: 'paragraph',
      bold: true,
      text: fill(L.note.insolvencyWarning, { procedure: L.insolvency[client.insolvency] }),
    });
  }

  blocks.push({ kind: 'heading', text: L.note.claim });
  blocks.push({
    kind: 'table',
    header: [L.note.invoice, L.note.issueDate, L.note.dueDate, L.note.amount, L.note.paid, L.note.balance],
    rows: claim.lines.map((l) => [
      l.invoice.number,
      ds(l.invoice.issueDate),
      ds(l.invoice.dueDate),
      m(l.invoice.amountInclVat),
      m(l.paid),
      m(l.balance),
    ]),
    rightAligned: [3, 4, 5],
  });
  blocks.push({
    kind: 'table',
    header: ['', ''],
    rows: [
      [L.note.principal, m(claim.principal)],
      [fill(L.note.interest, { date: ds(input.asOf) }), m(claim.interest)],
      [
        fill(L.note.indemnities, { count: claim.indemnityCount, unit: m(input.company.fixedIndemnity) }),
        m(claim.indemnities),
      ],
      [L.note.total, m(claim.total)],
    ],
    widths: [75, 25],
    rightAligned: [1],
  });
  if (claim.onAccount > 0)
    blocks.push({ kind: 'paragraph', text: fill(L.note.onAccount, { amount: m(claim.onAccount) }) });

  blocks.push({ kind: 'heading', text: L.note.penalties });
  blocks.push({ kind: 'paragraph', italic: true, text: L.note.penaltyFormula });
  for (const p of input.penalties.invoices) {
    const params = { number: p.invoiceNumber, basis: L.basis[p.basis], interest: m(p.interest) };
    blocks.push({
      kind: 'paragraph',
      bold: true,
      text: p.startDate
        ? fill(L.note.penaltyInvoice, { ...params, start: ds(p.startDate) })
        : fill(L.note.penaltyNoStart, params),
    });
    if (p.periods.length > 0) {
      blocks.push({
        kind: 'table',
        header: [L.note.from, L.note.to, L.note.days, L.note.principal, L.note.rate, L.note.periodInterest],
        rows: p.periods.map((x) => [
          ds(x.from),
          ds(x.to),
          String(x.days),
          m(x.principal),
          formatRate(x.rate, lang),
          m(x.interest),
        ]),
        rightAligned: [2, 3, 4, 5],
      });
    }
  }
  if (input.penalties.missingRates.length > 0) {
    blocks.push({
      kind: 'paragraph',
      bold: true,
      text: fill(L.note.missingRates, { halves: input.penalties.missingRates.join(', ') }),
    });
  }

  blocks.push({ kind: 'heading', text: L.note.payments });
  const payments = input.payments
    .filter((p) => p.clientId === client.id)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  if (payments.length === 0) blocks.push({ kind: 'paragraph', text: L.note.noPayments });
  else
    blocks.push({
      kind: 'table',
      header: [L.note.paymentDate, L.note.paymentKind, L.note.reference, L.note.amount, L.note.allocation],
      rows: payments.map((p) => [
        ds(p.date),
        p.kind === 'credit-note' ? L.note.paymentKindCredit : L.note.paymentKindPayment,
        p.reference ?? '',
        m(p.amount),
        p.allocations
          .map((a) => `${invoiceNumber.get(a.invoiceId) ?? a.invoiceId} : ${m(a.amount)}`)
          .join('\n'),
      ]),
      rightAligned: [3],
    });

  blocks.push({ kind: 'heading', text: L.note.steps });
  const steps = input.journal
    .filter((e) => e.clientId === client.id && STEP_TYPES.has(e.type) && e.outcome !== 'skipped')
    .sort((a, b) => (a.date + a.at < b.date + b.at ? -1 : 1));
  if (steps.length === 0) blocks.push({ kind: 'paragraph', text: L.note.noSteps });
  for (const e of steps) {
    const invoices = e.invoiceIds.map((id) => invoiceNumber.get(id)).filter((n): n is string => !!n);
    const suffix =
      invoices.length > 0 ? fill(L.exhibit.invoicesSuffix, { invoices: invoices.join(', ') }) : '';
    blocks.push({ kind: 'bullet', text: `${ds(e.date)} — ${stepDescription(e, L, lang)}${suffix}` });
  }

  blocks.push({ kind: 'heading', text: L.note.limitation });
  const limits = claim.lines
    .map((l) => ({ number: l.invoice.number, date: input.limitationDates[l.invoice.id] }))
    .filter((x): x is { number: string; date: string } => x.date !== undefined);
  if (limits.length === 0) blocks.push({ kind: 'paragraph', text: L.note.limitationUnknown });
  else {
    const earliest = limits.reduce((a, b) => (b.date < a.date ? b : a));
    blocks.push({
      kind: 'paragraph',
      bold: true,
      text: fill(L.note.limitationEarliest, { date: formatDate(earliest.date, lang) }),
    });
    for (const x of limits)
      blocks.push({
        kind: 'bullet',
        text: fill(L.note.limitationInvoice, { number: x.number, date: ds(x.date) }),
      });
  }

  blocks.push({ kind: 'heading', text: L.note.court });
  blocks.push({ kind: 'paragraph', text: suggestedCourt(client, L) });
  blocks.push({ kind: 'paragraph', italic: true, text: L.note.courtNote });
  blocks.push({ kind: 'paragraph', italic: true, text: L.note.footer });
  return blocks;
}
