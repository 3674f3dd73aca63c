/**
 * The step history of the journal, folded small: what the engine reads of the journal
 * (evaluate.ts rules 2 and 4) kept so that the database can store it beside each open
 * invoice and the Today screen need not read tens of thousands of journal lines.
 *
 * Folding keeps the answer for ANY `today`, not only the day it was written:
 * - a step done or skipped counts from its date on, so per (step id, step kind, outcome)
 *   only the earliest date matters: the furthest step reached by `today` is the furthest
 *   whose earliest line is dated ≤ today;
 * - postponements are kept as lines (the latest dated ≤ today wins, they are few);
 * - per client, the distinct dates of steps done (the last one ≤ today spaces the letters);
 * - the registered letters (the alerts follow their delivery), as whole journal lines.
 * Folding the same line twice changes nothing, so the engine may read a history and
 * journal lines that overlap.
 */
import type { IsoDate, JournalEntry, StepKind } from '../model';

export interface StepMark {
  stepId?: string;
  stepKind?: StepKind;
  outcome: 'done' | 'skipped';
  /** the earliest line with this step and outcome */
  date: IsoDate;
}

export interface StepPostponement {
  stepId: string;
  date: IsoDate;
  at: string;
  to: IsoDate;
}

export interface InvoiceStepHistory {
  invoiceId: string;
  clientId: string;
  marks: StepMark[];
  postponements: StepPostponement[];
  /** journal lines with registered-letter tracking that name this invoice (id, who, when, tracking) */
  letters: JournalEntry[];
}

export interface ClientStepHistory {
  clientId: string;
  /** distinct dates of steps done for the client (any invoice), ascending */
  doneDates: IsoDate[];
}

/** The lean form of the journal the engine accepts beside (or instead of) `journal`. */
export interface DunningPositions {
  invoices: InvoiceStepHistory[];
  clients: ClientStepHistory[];
}

export function emptyInvoiceHistory(invoiceId: string, clientId: string): InvoiceStepHistory {
  return { invoiceId, clientId, marks: [], postponements: [], letters: [] };
}

/** Whether a journal line is part of an invoice's step history. */
export function concernsInvoiceHistory(e: JournalEntry): boolean {
  return (e.type === 'step' && e.outcome !== undefined) || e.registered !== undefined;
}

/** Whether a journal line is a step done, which spaces the client's letters. */
export function isStepDone(e: JournalEntry): boolean {
  return e.type === 'step' && e.outcome === 'done';
}

/** Folds one line into an invoice's history; true when the history changed. */
export function foldIntoInvoiceHistory(h: InvoiceStepHistory, e: JournalEntry): boolean {
  let changed = false;
  if (e.registered !== undefined) {
    // What the alerts read of a letter, nothing more: the rows are read by the thousand.
    const letter: JournalEntry = {
      id: e.id,
      clientId: e.clientId,
      invoiceIds: e.invoiceIds,
      date: e.date,
      at: e.at,
      type: e.type,
      registered: e.registered,
    };
    const k = h.letters.findIndex((l) => l.id === e.id);
    if (k < 0) h.letters.push(letter);
    else h.letters[k] = letter;
    changed = true;
  }
  if (e.type !== 'step' || e.outcome === undefined) return changed;
  if (e.outcome === 'postponed') {
    if (e.stepId === undefined || e.postponedTo === undefined) return changed;
    const { stepId, date, at, postponedTo: to } = e;
    if (h.postponements.some((p) => p.stepId === stepId && p.date === date && p.at === at && p.to === to))
      return changed;
    h.postponements.push({ stepId, date, at, to });
    return true;
  }
  const outcome = e.outcome;
  const mark = h.marks.find(
    (m) => m.stepId === e.stepId && m.stepKind === e.stepKind && m.outcome === outcome,
  );
  if (mark === undefined) {
    const added: StepMark = { outcome, date: e.date };
    if (e.stepId !== undefined) added.stepId = e.stepId;
    if (e.stepKind !== undefined) added.stepKind = e.stepKind;
    h.marks.push(added);
    return true;
  }
  if (e.date >= mark.date) return changed;
  mark.date = e.date;
  return true;
}

/** Adds a date to ascending distinct dates; true when it was not there. */
export function insertDate(dates: IsoDate[], date: IsoDate): boolean {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  if (dates[lo] === date) return false;
  dates.splice(lo, 0, date);
  return true;
}

/** The last of ascending dates that is ≤ day, or undefined. */
export function lastDateOnOrBefore(dates: readonly IsoDate[], day: IsoDate): IsoDate | undefined {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? dates[lo - 1] : undefined;
}

/** The whole history of these lines (a database upgrade, a rebuild, the tests). */
export function foldJournal(entries: Iterable<JournalEntry>): {
  invoices: Map<string, InvoiceStepHistory>;
  clients: Map<string, ClientStepHistory>;
} {
  const invoices = new Map<string, InvoiceStepHistory>();
  const clients = new Map<string, ClientStepHistory>();
  for (const e of entries) {
    if (isStepDone(e)) {
      let c = clients.get(e.clientId);
      if (c === undefined) {
        c = { clientId: e.clientId, doneDates: [] };
        clients.set(e.clientId, c);
      }
      insertDate(c.doneDates, e.date);
    }
    if (!concernsInvoiceHistory(e)) continue;
    for (const invoiceId of new Set(e.invoiceIds)) {
      let h = invoices.get(invoiceId);
      if (h === undefined) {
        h = emptyInvoiceHistory(invoiceId, e.clientId);
        invoices.set(invoiceId, h);
      }
      foldIntoInvoiceHistory(h, e);
    }
  }
  return { invoices, clients };
}
