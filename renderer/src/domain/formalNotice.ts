/**
 * The mise en demeure as the journal remembers it. For a consumer, late interest runs
 * from it (C. civ. art. 1344-1), so the letter, the client file and the dossier must all
 * find the same date. Only a formal-notice step recorded done counts (a skipped or
 * postponed one put nobody on notice), and only for the invoices it listed.
 */
import type { IsoDate, JournalEntry } from './model';

/**
 * The latest formal notice done about any of `invoiceIds` (a notice about one invoice
 * does not put the debtor on notice for another); about any invoice of the journal
 * when `invoiceIds` is absent.
 */
export function lastFormalNoticeDate(
  journal: readonly JournalEntry[],
  invoiceIds?: Iterable<string>,
): IsoDate | undefined {
  const wanted = invoiceIds === undefined ? null : new Set(invoiceIds);
  let last: IsoDate | undefined;
  for (const e of journal) {
    if (e.type !== 'step' || e.outcome !== 'done' || e.stepKind !== 'formal-notice') continue;
    if (wanted && !e.invoiceIds.some((id) => wanted.has(id))) continue;
    if (last === undefined || e.date > last) last = e.date;
  }
  return last;
}

/**
 * For each invoice, the FIRST formal notice done about it: interest at the legal rate
 * runs from that notice, and a later reminder notice does not move the start back.
 */
export function formalNoticeDates(journal: readonly JournalEntry[]): Map<string, IsoDate> {
  const first = new Map<string, IsoDate>();
  for (const e of journal) {
    if (e.type !== 'step' || e.outcome !== 'done' || e.stepKind !== 'formal-notice') continue;
    for (const id of e.invoiceIds) {
      const known = first.get(id);
      if (known === undefined || e.date < known) first.set(id, e.date);
    }
  }
  return first;
}
