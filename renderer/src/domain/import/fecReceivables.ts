/**
 * What customers still owe, according to a FEC (LEGAL.md §6): on customer accounts,
 * the lines not lettered (EcritureLet empty) are not settled; grouped by customer and
 * PieceRef, a group with more debit than credit is an open invoice whose balance is
 * Σ Debit − Σ Credit. Everything the file does not say is guessed and listed.
 *
 * - A lettering code whose lines do not balance is a partial lettering (some software
 *   letters partial payments): its lines count as open.
 * - Credits of the invoice's own PieceRef (partial payment, credit note) become payments
 *   allocated to it; credits under another PieceRef are allocated to the customer's oldest
 *   open invoices, the rest stays on account.
 * - Opening entries (journal AN/RAN…, label "à nouveau") may merge older invoices of a
 *   customer: they become invoices marked `openingBalance`.
 * - The FEC carries no due date: due = PieceDate + payment terms.
 */
import { allocateOldestFirst, compareOldestFirst } from '../balances';
import { addDays } from '../dates';
import type { Cents, IsoDate } from '../model';
import type { FecFile, FecLine } from './fec';
import {
  emptyPlan,
  normalizeText,
  type ImportedClient,
  type ImportedInvoice,
  type ImportedPayment,
  type ImportGuess,
  type ImportPlan,
  type SettledInvoice,
} from './plan';

export interface ReceivablesOptions {
  /** the company's payment terms (CompanySettings.paymentTermsDays) */
  paymentTermsDays: number;
  /** journal codes of opening entries; AN, RAN, ANO, OUV by default */
  openingJournals?: readonly string[];
}

export interface OpenReceivables {
  clients: ImportedClient[];
  invoices: ImportedInvoice[];
  payments: ImportedPayment[];
  settled: SettledInvoice[];
  guesses: ImportGuess[];
  /** Σ Debit − Σ Credit of the open lines of all customers: what the file says is owed */
  openBalance: Cents;
}

const OPENING_JOURNALS = ['AN', 'RAN', 'ANO', 'OUV', 'ANOUV'];

function isOpeningLine(l: FecLine, journals: ReadonlySet<string>): boolean {
  if (journals.has(l.journalCode.toUpperCase())) return true;
  // Cheap test first: normalizing a million labels would cost seconds.
  const lower = l.ecritureLib.toLowerCase();
  if (!lower.includes('nouveau') && !lower.startsWith('report')) return false;
  const lib = normalizeText(l.ecritureLib);
  return lib.includes('a nouveau') || lib.includes('anouveau') || lib.startsWith('report ');
}

interface Piece {
  customer: string;
  pieceRef: string;
  debitLines: FecLine[];
  creditLines: FecLine[];
  debit: Cents;
  credit: Cents;
  opening: boolean;
}

function customerOf(l: FecLine): string {
  return l.compAuxNum !== '' ? l.compAuxNum : l.compteNum;
}

export function deriveOpenReceivables(
  lines: readonly FecLine[],
  options: ReceivablesOptions,
): OpenReceivables {
  const journals = new Set(options.openingJournals ?? OPENING_JOURNALS);
  const guesses: ImportGuess[] = [];

  // 1. Lettering: balanced codes are settled, unbalanced ones partial (their lines stay open).
  const letterings = new Map<string, { sum: Cents; lines: FecLine[] }>();
  for (const l of lines) {
    if (l.ecritureLet === '') continue;
    const key = `${l.compteNum}\u0000${l.compAuxNum}\u0000${l.ecritureLet}`;
    let g = letterings.get(key);
    if (!g) letterings.set(key, (g = { sum: 0, lines: [] }));
    g.sum += l.debit - l.credit;
    g.lines.push(l);
  }
  const open: FecLine[] = lines.filter((l) => l.ecritureLet === '');
  const settledLines: FecLine[] = [];
  let partial = 0;
  for (const g of letterings.values()) {
    if (g.sum === 0) settledLines.push(...g.lines);
    else {
      partial++;
      open.push(...g.lines);
    }
  }
  if (partial > 0) guesses.push({ code: 'fec.guess.partialLettering', params: { count: partial } });

  // 2. Customers: CompAuxNum/CompAuxLib, or the 411… sub-account itself when there is no auxiliary.
  const clients = new Map<string, ImportedClient>();
  let noAux = 0;
  for (const l of lines) {
    const key = customerOf(l);
    if (clients.has(key)) continue;
    if (l.compAuxNum === '') noAux++;
    const name = l.compAuxLib || l.compteLib || key;
    clients.set(key, { key: `ref:${key}`, name, sourceKey: key, line: l.line });
  }
  if (noAux > 0) guesses.push({ code: 'fec.guess.noAuxiliary', params: { count: noAux } });

  // 3. Pieces of open lines, per customer and PieceRef.
  const pieces = new Map<string, Piece>();
  for (const l of open.sort((a, b) => a.line - b.line)) {
    const customer = customerOf(l);
    const opening = isOpeningLine(l, journals);
    const ref = l.pieceRef !== '' ? l.pieceRef : opening ? '' : `${l.journalCode}-${l.ecritureNum}`;
    const key = `${customer}\u0000${opening && l.pieceRef === '' ? '\u0001AN' : ref}`;
    let p = pieces.get(key);
    if (!p)
      pieces.set(
        key,
        (p = { customer, pieceRef: ref, debitLines: [], creditLines: [], debit: 0, credit: 0, opening }),
      );
    p.opening ||= opening;
    const net = l.debit - l.credit;
    if (net > 0) {
      p.debitLines.push(l);
      p.debit += net;
    } else if (net < 0) {
      p.creditLines.push(l);
      p.credit -= net;
    }
  }

  // 4. Invoice numbers: the PieceRef, unless two customers share it (a generic "AN", a bank ref).
  const customersOfRef = new Map<string, Set<string>>();
  for (const p of pieces.values()) {
    if (p.debit <= p.credit) continue;
    let set = customersOfRef.get(p.pieceRef);
    if (!set) customersOfRef.set(p.pieceRef, (set = new Set()));
    set.add(p.customer);
  }
  let renamed = 0;
  const numberOf = (p: Piece, date: IsoDate): string => {
    if (p.pieceRef === '') return `AN ${p.customer} ${date}`;
    if ((customersOfRef.get(p.pieceRef)?.size ?? 0) > 1) {
      renamed++;
      return `${p.pieceRef} (${p.customer})`;
    }
    return p.pieceRef;
  };

  const invoices: ImportedInvoice[] = [];
  const payments: ImportedPayment[] = [];
  const looseCredits: { customer: string; line: FecLine; amount: Cents; reference: string }[] = [];
  let openings = 0;
  let openBalance = 0;
  for (const p of pieces.values()) {
    openBalance += p.debit - p.credit;
    if (p.debit <= p.credit) {
      // Only credits (a payment, a credit note under its own ref) or an over-paid piece.
      const excess = p.credit - p.debit;
      const last = p.creditLines[p.creditLines.length - 1];
      if (excess > 0 && last)
        looseCredits.push({ customer: p.customer, line: last, amount: excess, reference: p.pieceRef });
      continue;
    }
    const first = p.debitLines[0]!;
    const issueDate = p.debitLines.reduce(
      (min, l) => (l.pieceDate < min ? l.pieceDate : min),
      first.pieceDate,
    );
    const number = numberOf(p, issueDate);
    if (p.opening) openings++;
    invoices.push({
      number,
      clientKey: `ref:${p.customer}`,
      issueDate,
      dueDate: addDays(issueDate, options.paymentTermsDays),
      amountInclVat: p.debit,
      amountExclVat: p.debit,
      ...(first.ecritureLib ? { label: first.ecritureLib } : {}),
      ...(p.opening ? { openingBalance: true } : {}),
      line: first.line,
    });
    for (const c of p.creditLines) {
      const amount = c.credit - c.debit;
      payments.push({
        clientKey: `ref:${p.customer}`,
        kind: isSalesJournal(c) ? 'credit-note' : 'payment',
        date: c.ecritureDate,
        amount,
        reference: p.pieceRef,
        allocations: [{ invoiceNumber: number, amount }],
        matchBy: 'reference-date-amount',
        line: c.line,
      });
    }
  }

  // 5. Credits under another ref: to the customer's oldest open invoices first.
  if (looseCredits.length > 0) {
    const remaining = new Map<string, Cents>();
    for (const inv of invoices) remaining.set(inv.number, inv.amountInclVat);
    for (const p of payments)
      for (const a of p.allocations)
        remaining.set(a.invoiceNumber, (remaining.get(a.invoiceNumber) ?? 0) - a.amount);
    const byCustomer = new Map<string, ImportedInvoice[]>();
    // Sorted once here so that the sort inside allocateOldestFirst finds them in order (linear).
    for (const inv of [...invoices].sort(compareOldestFirst)) {
      const list = byCustomer.get(inv.clientKey) ?? [];
      list.push(inv);
      byCustomer.set(inv.clientKey, list);
    }
    for (const credit of looseCredits) {
      // The invoice number stands for the id: the database resolves it when writing.
      const open = [];
      for (const inv of byCustomer.get(`ref:${credit.customer}`) ?? []) {
        const balance = remaining.get(inv.number) ?? 0;
        if (balance > 0)
          open.push({ invoiceId: inv.number, number: inv.number, dueDate: inv.dueDate, balance });
      }
      const allocations = allocateOldestFirst(open, credit.amount).allocations.map((a) => {
        remaining.set(a.invoiceId, (remaining.get(a.invoiceId) ?? 0) - a.amount);
        return { invoiceNumber: a.invoiceId, amount: a.amount };
      });
      payments.push({
        clientKey: `ref:${credit.customer}`,
        kind: isSalesJournal(credit.line) ? 'credit-note' : 'payment',
        date: credit.line.ecritureDate,
        amount: credit.amount,
        ...(credit.reference ? { reference: credit.reference } : {}),
        allocations,
        matchBy: 'reference-date-amount',
        line: credit.line.line,
      });
    }
    guesses.push({ code: 'fec.guess.creditsAllocated', params: { count: looseCredits.length } });
  }

  // 6. Invoices the file says are settled: closed here if an earlier import left them open.
  const settled: SettledInvoice[] = [];
  const seen = new Set<string>();
  for (const l of settledLines) {
    if (l.debit <= l.credit || l.pieceRef === '' || seen.has(l.pieceRef)) continue;
    seen.add(l.pieceRef);
    settled.push({ number: l.pieceRef, date: l.dateLet ?? l.ecritureDate, line: l.line });
  }

  if (invoices.length > 0)
    guesses.push({
      code: 'fec.guess.dueDates',
      params: { count: invoices.length, days: options.paymentTermsDays },
    });
  if (invoices.length > 0) guesses.push({ code: 'fec.guess.exclVat', params: { count: invoices.length } });
  if (openings > 0) guesses.push({ code: 'fec.guess.openingBalances', params: { count: openings } });
  if (renamed > 0) guesses.push({ code: 'fec.guess.sharedPieceRef', params: { count: renamed } });

  const usedClients = new Set([...invoices.map((i) => i.clientKey), ...payments.map((p) => p.clientKey)]);
  return {
    clients: [...clients.values()].filter((c) => usedClients.has(c.key)),
    invoices,
    payments,
    settled,
    guesses,
    openBalance,
  };
}

function isSalesJournal(l: FecLine): boolean {
  return /^V/i.test(l.journalCode) || /vente/i.test(l.journalLib);
}

/** The plan db/import writes: the FEC's line errors block it, its guesses are shown first. */
export function fecImportPlan(
  file: FecFile,
  receivables: OpenReceivables,
  names: { fileName: string; sourceName?: string },
  decodingGuesses: ImportGuess[] = [],
): ImportPlan {
  const plan = emptyPlan('fec', names.sourceName ?? 'fec', names.fileName);
  plan.clients = receivables.clients;
  plan.invoices = receivables.invoices;
  plan.payments = receivables.payments;
  plan.settled = receivables.settled;
  plan.errors = [...file.errors];
  if (file.errorCount > file.errors.length) {
    plan.errors.push({
      line: 0,
      code: 'import.moreErrors',
      params: { count: file.errorCount - file.errors.length },
    });
  }
  plan.guesses = [...decodingGuesses, ...file.guesses, ...receivables.guesses];
  return plan;
}
