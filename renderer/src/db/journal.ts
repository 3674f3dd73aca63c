/**
 * The action journal: everything done for a client, in order. It is the memory of the
 * dunning (which step was done last) and the chronology of the lawyer's dossier, so an
 * entry is corrected (e.g. registered-letter tracking) but never silently rewritten.
 */
import type { JournalEntry } from '../domain/model';
import { err, ok, type Result } from '../domain/result';
import type { RecouvreDb } from './database';
import { fromJournalRow } from './derived';
import { journalEntrySchema, parseWith } from './validation';

export type JournalInput = Omit<JournalEntry, 'id' | 'at'> & { id?: string; at?: string };

/** A journal entry stamped with a new id and the current instant; written by the caller's transaction. */
export function newJournalEntry(db: RecouvreDb, fields: Omit<JournalEntry, 'id' | 'at'>): JournalEntry {
  const entry: JournalEntry = { id: db.newId(), at: db.nowIso(), ...fields };
  // Optional fields left undefined would be stored as explicit undefined: drop them.
  for (const key of Object.keys(entry) as (keyof JournalEntry)[])
    if (entry[key] === undefined) delete entry[key];
  return entry;
}

export async function addJournalEntry(db: RecouvreDb, input: JournalInput): Promise<Result<JournalEntry>> {
  const parsed = parseWith(journalEntrySchema, {
    ...input,
    id: input.id ?? db.newId(),
    at: input.at ?? db.nowIso(),
  });
  if (!parsed.ok) return parsed;
  const entry = parsed.value;
  return db.transaction('rw', db.journal, db.clients, db.invoices, async () => {
    if (!(await db.clients.get(entry.clientId))) return err<JournalEntry>('journal.unknownClient');
    const invoices = await db.invoices.bulkGet(entry.invoiceIds);
    if (invoices.some((i) => i === undefined || i.clientId !== entry.clientId)) {
      return err<JournalEntry>('journal.unknownInvoice');
    }
    await db.journal.add({ ...entry, open: invoices.some((i) => i?.open === 1) ? 1 : 0 });
    return ok(entry);
  });
}

/** Corrects an entry: registered-letter tracking, outcome, note. Client and date stay. */
export async function updateJournalEntry(
  db: RecouvreDb,
  id: string,
  changes: Partial<Pick<JournalEntry, 'registered' | 'outcome' | 'postponedTo' | 'note' | 'documentIds'>>,
): Promise<Result<JournalEntry>> {
  return db.transaction('rw', db.journal, async () => {
    const current = await db.journal.get(id);
    if (!current) return err<JournalEntry>('journal.notFound', { id });
    const parsed = parseWith(journalEntrySchema, { ...current, ...changes });
    if (!parsed.ok) return parsed;
    await db.journal.put({ ...parsed.value, open: current.open });
    return ok(parsed.value);
  });
}

function chronological(a: JournalEntry, b: JournalEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

/** A client's journal, oldest first (by business day, then by instant). */
export async function listClientJournal(db: RecouvreDb, clientId: string): Promise<JournalEntry[]> {
  const entries = await db.journal
    .where('[clientId+date]')
    .between([clientId, ''], [clientId, '\uffff'])
    .toArray();
  return entries.map(fromJournalRow).sort(chronological);
}

/** The entries that concern an invoice, oldest first. */
export async function listInvoiceJournal(db: RecouvreDb, invoiceId: string): Promise<JournalEntry[]> {
  return (await db.journal.where('invoiceIds').equals(invoiceId).toArray())
    .map(fromJournalRow)
    .sort(chronological);
}
