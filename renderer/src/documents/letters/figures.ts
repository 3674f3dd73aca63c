/**
 * The figures a letter shows, computed once so the table, the totals, the placeholders
 * and the print preview can never disagree.
 */
import { daysBetween } from '../../domain/dates';
import type { BasisPoints, Cents, JournalEntry, Language, StepKind } from '../../domain/model';
import type { InvoicePenalty, LetterInput, LetterInvoice } from './types';

export interface InvoiceLine extends LetterInvoice {
  paid: Cents;
  /** 0 before the due date */
  daysLate: number;
  penalty: InvoicePenalty | undefined;
  /** the 40 € indemnity this letter claims for the invoice (0 for a consumer or when not claimed) */
  indemnity: Cents;
}

export interface LetterFigures {
  lines: InvoiceLine[];
  principal: Cents;
  /** claimed penalties: 0 when the letter does not claim them */
  interest: Cents;
  indemnities: Cents;
  /** invoices carrying an indemnity */
  indemnityCount: number;
  total: Cents;
  claimPenalties: boolean;
  /** distinct rates applied, in order */
  rates: BasisPoints[];
  /** half-years whose rate is unknown: the interest is incomplete */
  missingRates: string[];
  /** dates of the earlier reminders about these invoices, oldest first */
  previousReminders: string[];
}

const REMINDER_KINDS: readonly StepKind[] = ['reminder', 'last-reminder', 'formal-notice'];

export function claimsPenaltiesByDefault(kind: LetterInput['kind']): boolean {
  return kind === 'last-reminder' || kind === 'formal-notice';
}

export function letterFigures(input: LetterInput): LetterFigures {
  const claim = input.claimPenalties ?? claimsPenaltiesByDefault(input.kind);
  const byInvoice = new Map(input.penalties.invoices.map((p) => [p.invoiceId, p]));
  const lines: InvoiceLine[] = [...input.invoices]
    .sort((a, b) =>
      a.invoice.dueDate < b.invoice.dueDate ? -1 : a.invoice.dueDate > b.invoice.dueDate ? 1 : 0,
    )
    .map((li) => ({
      ...li,
      paid: li.invoice.amountInclVat - li.balance,
      daysLate: Math.max(0, daysBetween(li.invoice.dueDate, input.today)),
      penalty: byInvoice.get(li.invoice.id),
      indemnity: 0,
    }));
  // No 40 € indemnity for a consumer (D441-5 is B2B) nor once a collective procedure is open.
  const indemnityAllowed = claim && input.client.kind !== 'consumer' && !input.client.insolvency;
  let interest = 0;
  let indemnities = 0;
  let indemnityCount = 0;
  const rates: BasisPoints[] = [];
  const missing = new Set<string>();
  for (const l of lines) {
    const p = l.penalty;
    if (!p) continue;
    interest += p.interest;
    if (indemnityAllowed && p.indemnity > 0) {
      l.indemnity = p.indemnity;
      indemnities += p.indemnity;
      indemnityCount += 1;
    }
    for (const period of p.periods) if (!rates.includes(period.rate)) rates.push(period.rate);
    for (const h of p.missingRates) missing.add(h);
  }
  if (!claim) {
    interest = 0;
    indemnities = 0;
    indemnityCount = 0;
  }
  const principal = lines.reduce((s, l) => s + l.balance, 0);
  return {
    lines,
    principal,
    interest,
    indemnities,
    indemnityCount,
    total: principal + interest + indemnities,
    claimPenalties: claim,
    rates,
    missingRates: [...missing].sort(),
    previousReminders: previousReminderDates(input.previousActions, lines, input.today),
  };
}

/** Reminders done before today about at least one of these invoices (or the whole account). */
function previousReminderDates(
  journal: readonly JournalEntry[],
  lines: InvoiceLine[],
  today: string,
): string[] {
  const ids = new Set(lines.map((l) => l.invoice.id));
  const dates = journal
    .filter(
      (e) =>
        (e.type === 'step' || e.type === 'email-sent') &&
        e.outcome !== 'skipped' &&
        e.outcome !== 'postponed' &&
        e.stepKind !== undefined &&
        REMINDER_KINDS.includes(e.stepKind) &&
        e.date < today &&
        (e.invoiceIds.length === 0 || e.invoiceIds.some((id) => ids.has(id))),
    )
    .map((e) => e.date);
  return [...new Set(dates)].sort();
}

/** 1215 → "12,15 %" (fr, with a no-break space) / "12.15%" (en). */
export function formatRate(rate: BasisPoints, lang: Language): string {
  const text = (rate / 100).toFixed(2);
  return lang === 'fr' ? `${text.replace('.', ',')}\u00a0%` : `${text}%`;
}
