/**
 * The dunning positions (schema v2): the journal's step history folded small per invoice
 * (`dunningPositions`) and per client (`clientSteps`), see domain/dunning/positions.ts.
 * The Today screen reads one small row per open invoice instead of ~50,000 journal lines.
 *
 * Kept right by a Dexie middleware rather than by each writer, so that no writer can
 * forget it (forms, importers, restore, demo load, follow-ups, code not written yet):
 * - every read-write transaction that names `journal` or `invoices` is widened to the two
 *   derived tables (and `invoices`, whose open flag a new row copies), so their rows change
 *   in the same transaction as the journal line;
 * - a journal line added is folded into the rows it touches; a line changed or deleted
 *   makes the rows it touched be rebuilt from the journal; a journal cleared clears them;
 * - an invoice written copies its `open` flag onto its row, which the snapshot reads by
 *   that flag. As with the other flags, a row may say open for a closed invoice (read one
 *   row too many, filtered by the snapshot), never the other way round.
 */
import type Dexie from 'dexie';
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreKeyRange,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import type { JournalEntry } from '../domain/model';
import {
  concernsInvoiceHistory,
  emptyInvoiceHistory,
  foldIntoInvoiceHistory,
  foldJournal,
  insertDate,
  isStepDone,
  type ClientStepHistory,
  type InvoiceStepHistory,
} from '../domain/dunning/positions';
import { fromJournalRow } from './derived';
import type { InvoiceRow, JournalRow, OpenFlag } from './schema';

export interface DunningPositionRow extends InvoiceStepHistory {
  open: OpenFlag;
}

/**
 * The dates joined in one string ('2026-02-11,2026-02-15'): a client accumulates dozens of
 * them and IndexedDB reads one string much faster than an array of strings.
 */
export interface ClientStepsRow {
  clientId: string;
  doneDates: string;
}

export function toClientStepsRow(h: ClientStepHistory): ClientStepsRow {
  return { clientId: h.clientId, doneDates: h.doneDates.join(',') };
}

export function fromClientStepsRow(row: ClientStepsRow): ClientStepHistory {
  return { clientId: row.clientId, doneDates: row.doneDates === '' ? [] : row.doneDates.split(',') };
}

export const POSITIONS = 'dunningPositions';
export const CLIENT_STEPS = 'clientSteps';
const DERIVED = [POSITIONS, CLIENT_STEPS];

/** DBCoreRangeType: Equal = 1, Any = 3 (a const enum in Dexie's types, so spelled here). */
const RANGE_EQUAL = 1;
const RANGE_ANY = 3;

/** v1 → v2: builds both tables from the journal already stored. Only `tx.table(...)`. */
export async function upgradeToV2DunningPositions(tx: Transaction): Promise<void> {
  const journal = (await tx.table('journal').toArray()) as JournalRow[];
  const open = new Set((await tx.table('invoices').where('open').equals(1).primaryKeys()) as string[]);
  const folded = foldJournal(journal.map(fromJournalRow));
  await tx
    .table(POSITIONS)
    .bulkPut([...folded.invoices.values()].map((h) => ({ ...h, open: open.has(h.invoiceId) ? 1 : 0 })));
  await tx.table(CLIENT_STEPS).bulkPut([...folded.clients.values()].map(toClientStepsRow));
}

/** Registers the middleware on a database whose schema has the derived tables (v2 on). */
export function keepDunningPositions(db: Dexie): void {
  db.use({ stack: 'dbcore', name: 'dunningPositions', create: positionsMiddleware });
}

const positionsMiddleware: Middleware<DBCore>['create'] = (down) => {
  const names = new Set(down.schema.tables.map((t) => t.name));
  if (!DERIVED.every((n) => names.has(n))) return down; // an older schema (tests of migrations)
  return {
    ...down,
    transaction(stores, mode, options) {
      if (mode !== 'readwrite') return down.transaction(stores, mode, options);
      // A journal line needs its invoice's open flag for a new row: invoices come along.
      const extra = stores.includes('journal')
        ? [...DERIVED, 'invoices']
        : stores.includes('invoices')
          ? DERIVED
          : [];
      return down.transaction(extra.length > 0 ? [...new Set([...stores, ...extra])] : stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (name === 'journal') return { ...table, mutate: (req) => journalMutate(down, table, req) };
      if (name === 'invoices') return { ...table, mutate: (req) => invoicesMutate(down, table, req) };
      return table;
    },
  };
};

function succeeded<T>(values: readonly T[], res: DBCoreMutateResponse): T[] {
  return res.numFailures === 0 ? [...values] : values.filter((_v, i) => !(i in res.failures));
}

async function journalMutate(
  core: DBCore,
  journal: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const trans = req.trans;
  if (req.type === 'add') {
    const res = await journal.mutate(req);
    await foldAdded(core, trans, succeeded(req.values as JournalRow[], res));
    return res;
  }
  if (req.type === 'deleteRange' && req.range.type === RANGE_ANY) {
    const res = await journal.mutate(req);
    for (const n of DERIVED) await core.table(n).mutate({ type: 'deleteRange', trans, range: req.range });
    return res;
  }
  // put, delete, deleteRange of a part: what the lines were before, then rebuild.
  let before: (JournalRow | undefined)[];
  if (req.type === 'deleteRange') {
    const q = await journal.query({
      trans,
      values: true,
      query: { index: journal.schema.primaryKey, range: req.range },
    });
    before = q.result as JournalRow[];
  } else {
    const keys =
      req.type === 'delete' ? req.keys : (req.keys ?? (req.values as JournalRow[]).map((v) => v.id));
    before = (await journal.getMany({ trans, keys })) as (JournalRow | undefined)[];
  }
  const res = await journal.mutate(req);
  const touched = [...before];
  if (req.type === 'put') touched.push(...(req.values as JournalRow[]));
  const existing = before.filter((r): r is JournalRow => r !== undefined);
  if (req.type === 'put' && existing.length === 0) {
    await foldAdded(core, trans, succeeded(req.values as JournalRow[], res)); // new lines only
    return res;
  }
  if (req.type === 'put' && sameHistoryFacts(before, req.values as JournalRow[])) return res;
  const invoiceIds = new Set<string>();
  const clientIds = new Set<string>();
  for (const row of touched) {
    if (row === undefined) continue;
    if (concernsInvoiceHistory(row)) for (const id of row.invoiceIds) invoiceIds.add(id);
    if (isStepDone(row)) clientIds.add(row.clientId);
  }
  await rebuild(core, trans, invoiceIds, clientIds);
  return res;
}

/** What a line tells the derived tables; '' when nothing (the open flag is not part of it). */
function historyFacts(row: JournalRow | undefined): string {
  if (row === undefined || !(concernsInvoiceHistory(row) || isStepDone(row))) return '';
  return JSON.stringify(fromJournalRow(row));
}

/**
 * True when a put changes nothing the tables hold (e.g. refreshOpenFlags moving the open
 * flags of thousands of lines): no rebuild then. A false "changed" only costs a rebuild.
 */
function sameHistoryFacts(
  before: readonly (JournalRow | undefined)[],
  after: readonly JournalRow[],
): boolean {
  return after.every((row, k) => historyFacts(before[k]) === historyFacts(row));
}

/** Folds new journal lines into the rows they touch (the fast path of every writer). */
async function foldAdded(
  core: DBCore,
  trans: DBCoreTransaction,
  added: readonly JournalRow[],
): Promise<void> {
  const entries = added.map(fromJournalRow);
  const invoiceIds = new Set<string>();
  const clientIds = new Set<string>();
  for (const e of entries) {
    if (concernsInvoiceHistory(e)) for (const id of e.invoiceIds) invoiceIds.add(id);
    if (isStepDone(e)) clientIds.add(e.clientId);
  }
  if (invoiceIds.size === 0 && clientIds.size === 0) return;
  const positions = core.table(POSITIONS);
  const clientSteps = core.table(CLIENT_STEPS);

  const ids = [...invoiceIds];
  const found = (await positions.getMany({ trans, keys: ids })) as (DunningPositionRow | undefined)[];
  const rows = new Map<string, DunningPositionRow>();
  const missing: string[] = [];
  ids.forEach((id, k) => {
    const row = found[k];
    if (row) rows.set(id, row);
    else missing.push(id);
  });
  const flags = await openFlags(core, trans, missing);
  const changed = new Set<string>();
  for (const e of entries) {
    if (!concernsInvoiceHistory(e)) continue;
    for (const id of e.invoiceIds) {
      let row = rows.get(id);
      if (row === undefined) {
        row = { ...emptyInvoiceHistory(id, e.clientId), open: flags.get(id) ?? 1 };
        rows.set(id, row);
      }
      if (foldIntoInvoiceHistory(row, e)) changed.add(id);
    }
  }
  const putRows = [...changed].map((id) => rows.get(id)!);
  if (putRows.length > 0)
    await positions.mutate({ type: 'put', trans, values: putRows, keys: putRows.map((r) => r.invoiceId) });

  const cids = [...clientIds];
  const clientRows = (await clientSteps.getMany({ trans, keys: cids })) as (ClientStepsRow | undefined)[];
  const byClient = new Map<string, ClientStepHistory>();
  cids.forEach((id, k) => {
    const row = clientRows[k];
    byClient.set(id, row ? fromClientStepsRow(row) : { clientId: id, doneDates: [] });
  });
  const changedClients = new Set<string>();
  for (const e of entries) {
    if (isStepDone(e) && insertDate(byClient.get(e.clientId)!.doneDates, e.date))
      changedClients.add(e.clientId);
  }
  const putClients = [...changedClients].map((id) => toClientStepsRow(byClient.get(id)!));
  if (putClients.length > 0)
    await clientSteps.mutate({
      type: 'put',
      trans,
      values: putClients,
      keys: putClients.map((r) => r.clientId),
    });
}

/** The open flag of these invoices (1 when unknown: read, never missed). */
async function openFlags(
  core: DBCore,
  trans: DBCoreTransaction,
  ids: string[],
): Promise<Map<string, OpenFlag>> {
  const flags = new Map<string, OpenFlag>();
  if (ids.length === 0) return flags;
  const invoices = (await core.table('invoices').getMany({ trans, keys: ids })) as (InvoiceRow | undefined)[];
  ids.forEach((id, k) => flags.set(id, invoices[k]?.open === 0 ? 0 : 1));
  return flags;
}

async function linesBy(
  core: DBCore,
  trans: DBCoreTransaction,
  indexPath: string,
  key: string,
): Promise<JournalEntry[]> {
  const journal = core.table('journal');
  const index = journal.schema.getIndexByKeyPath(indexPath);
  if (!index) throw new Error(`journal index ${indexPath} missing`);
  const range = { type: RANGE_EQUAL, lower: key, upper: key, lowerOpen: false, upperOpen: false } as const;
  const q = await journal.query({ trans, values: true, query: { index, range } as never });
  return (q.result as JournalRow[]).map(fromJournalRow);
}

/** Rebuilds the rows of these invoices and clients from the journal (a line changed or deleted). */
async function rebuild(
  core: DBCore,
  trans: DBCoreTransaction,
  invoiceIds: ReadonlySet<string>,
  clientIds: ReadonlySet<string>,
): Promise<void> {
  const positions = core.table(POSITIONS);
  const ids = [...invoiceIds];
  const current = (await positions.getMany({ trans, keys: ids })) as (DunningPositionRow | undefined)[];
  const flags = await openFlags(
    core,
    trans,
    ids.filter((_id, k) => current[k] === undefined),
  );
  const put: DunningPositionRow[] = [];
  const gone: string[] = [];
  for (const [k, id] of ids.entries()) {
    const history = foldJournal(await linesBy(core, trans, 'invoiceIds', id)).invoices.get(id);
    if (history === undefined) gone.push(id);
    else put.push({ ...history, open: current[k]?.open ?? flags.get(id) ?? 1 });
  }
  if (put.length > 0)
    await positions.mutate({ type: 'put', trans, values: put, keys: put.map((r) => r.invoiceId) });
  if (gone.length > 0) await positions.mutate({ type: 'delete', trans, keys: gone });

  const clientSteps = core.table(CLIENT_STEPS);
  for (const id of clientIds) {
    const history = foldJournal(await linesBy(core, trans, 'clientId', id)).clients.get(id);
    if (history === undefined) await clientSteps.mutate({ type: 'delete', trans, keys: [id] });
    else await clientSteps.mutate({ type: 'put', trans, values: [toClientStepsRow(history)], keys: [id] });
  }
}

/** Every key of a table (DBCoreRangeType.Any: a const enum, not importable under isolatedModules). */
const ANY_KEY: DBCoreKeyRange = { type: 3 as DBCoreKeyRange['type'], lower: undefined, upper: undefined };

/** An invoice written: its position row follows its open flag (a new open one included). */
async function invoicesMutate(
  core: DBCore,
  invoices: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const res = await invoices.mutate(req);
  if (req.type !== 'add' && req.type !== 'put') return res;
  const flags = new Map<string, OpenFlag>();
  for (const row of succeeded(req.values as InvoiceRow[], res)) {
    const open: OpenFlag = row.open === 0 ? 0 : 1;
    // A new invoice has no row unless a journal line named it first; its row is then open.
    if (req.type === 'add' && open === 0) continue;
    flags.set(row.id, open);
  }
  if (flags.size === 0) return res;
  const positions = core.table(POSITIONS);
  const ids = [...flags.keys()];
  // A bulk import writes tens of thousands of invoices, mostly without any step yet: when
  // the positions are fewer than the invoices written, reading them all is cheaper than
  // looking each invoice up (and an empty table costs nothing).
  const everything = { index: positions.schema.primaryKey, range: ANY_KEY };
  const stored = await positions.count({ trans: req.trans, query: everything });
  if (stored === 0) return res;
  const rows = (
    stored < ids.length
      ? (await positions.query({ trans: req.trans, query: everything, values: true })).result
      : await positions.getMany({ trans: req.trans, keys: ids })
  ) as (DunningPositionRow | undefined)[];
  const moved = rows
    .filter(
      (r): r is DunningPositionRow =>
        r !== undefined && flags.has(r.invoiceId) && r.open !== flags.get(r.invoiceId),
    )
    .map((r) => ({ ...r, open: flags.get(r.invoiceId)! }));
  if (moved.length > 0)
    await positions.mutate({
      type: 'put',
      trans: req.trans,
      values: moved,
      keys: moved.map((r) => r.invoiceId),
    });
  return res;
}
