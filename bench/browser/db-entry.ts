// Bundled by bench/database.bench.ts with esbuild and run in Chromium: the real database
// code over real IndexedDB, driven through `window.recouvreBench`.
import { openDatabase } from '../../renderer/src/db/database';
import { loadDemoData, type LoadedCounts } from '../../renderer/src/db/demo';
import { loadDunningData } from '../../renderer/src/db/snapshot';
import { generateDemo } from '../../renderer/src/demo/generateDemo';

const NAME = 'recouvre-bench';

export interface PopulateResult {
  counts: LoadedCounts;
  generateMs: number;
  writeMs: number;
}

export interface ReadResult {
  totalMs: number;
  invoices: number;
  payments: number;
  journal: number;
  positions: number;
  clients: number;
}

export interface ReadParts {
  openInvoiceKeysMs: number;
  openInvoicesMs: number;
  clientsMs: number;
  paymentsMs: number;
  positionsMs: number;
  clientStepsMs: number;
  journalMs: number;
  journalPerInvoiceMs: number;
}

async function populate(options: {
  clients: number;
  invoices: number;
  seed: number;
  today: string;
}): Promise<PopulateResult> {
  await openDatabase(NAME).delete();
  const t0 = performance.now();
  const data = generateDemo(options);
  const t1 = performance.now();
  const db = openDatabase(NAME);
  const counts = await loadDemoData(db, data);
  const t2 = performance.now();
  db.close();
  return { counts, generateMs: t1 - t0, writeMs: t2 - t1 };
}

/** One read of the dunning snapshot on a freshly opened connection. */
async function readSnapshot(): Promise<ReadResult> {
  const db = openDatabase(NAME);
  await db.open();
  const t0 = performance.now();
  const data = await loadDunningData(db);
  const totalMs = performance.now() - t0;
  db.close();
  return {
    totalMs,
    invoices: data.invoices.length,
    payments: data.payments.length,
    journal: data.journal.length,
    positions: data.positions.invoices.length,
    clients: data.clients.length,
  };
}

/**
 * The parts, one by one, once after the timed reads (the per-invoice comparison leaves
 * the browser busy for a while and must not weigh on them): each table through its open
 * flag, the derived positions (v2), then what they replaced: the open journal lines, and
 * the journal asked invoice by invoice, which the open flag replaced before.
 */
async function readParts(): Promise<ReadParts> {
  const db = openDatabase(NAME);
  await db.open();
  const s0 = performance.now();
  const open = await db.invoices.where('open').equals(1).primaryKeys();
  const s1 = performance.now();
  const rows = await db.invoices.where('open').equals(1).toArray();
  const s2 = performance.now();
  await db.clients.bulkGet([...new Set(rows.map((r) => r.clientId))]);
  const s3 = performance.now();
  await db.payments.where('open').equals(1).toArray();
  const s4 = performance.now();
  await db.dunningPositions.where('open').equals(1).toArray();
  const s5 = performance.now();
  await db.clientSteps.toArray();
  const s6 = performance.now();
  await db.journal.where('open').equals(1).toArray();
  const s7 = performance.now();
  await Promise.all(open.map((id) => db.journal.where('invoiceIds').equals(id).toArray()));
  const s8 = performance.now();
  db.close();
  return {
    openInvoiceKeysMs: s1 - s0,
    openInvoicesMs: s2 - s1,
    clientsMs: s3 - s2,
    paymentsMs: s4 - s3,
    positionsMs: s5 - s4,
    clientStepsMs: s6 - s5,
    journalMs: s7 - s6,
    journalPerInvoiceMs: s8 - s7,
  };
}

async function cleanUp(): Promise<void> {
  await openDatabase(NAME).delete();
}

declare global {
  interface Window {
    recouvreBench: {
      populate: typeof populate;
      readSnapshot: typeof readSnapshot;
      readParts: typeof readParts;
      cleanUp: typeof cleanUp;
    };
  }
}

window.recouvreBench = { populate, readSnapshot, readParts, cleanUp };
