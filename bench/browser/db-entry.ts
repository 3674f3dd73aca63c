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
  clients: number;
  steps: { openInvoicesMs: number; paymentsMs: number; journalMs: number; rawJournalMs: number };
}

async function populate(options: { clients: number; invoices: number; seed: number; today: string }): Promise<PopulateResult> {
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

/** One read of the dunning snapshot on a freshly opened connection, then its parts one by one. */
async function readSnapshot(): Promise<ReadResult> {
  const db = openDatabase(NAME);
  await db.open();
  const t0 = performance.now();
  const data = await loadDunningData(db);
  const totalMs = performance.now() - t0;

  const s0 = performance.now();
  const open = await db.invoices.where('open').equals(1).primaryKeys();
  const s1 = performance.now();
  await Promise.all(open.map((id) => db.payments.where('invoiceIds').equals(id).toArray()));
  const s2 = performance.now();
  await Promise.all(open.map((id) => db.journal.where('invoiceIds').equals(id).toArray()));
  const s3 = performance.now();
  const raw = await rawGetAll(db.backendDB(), 'journal', 'invoiceIds', open);
  const s4 = performance.now();
  console.log('raw', raw, s4 - s3);
  db.close();
  return {
    totalMs,
    invoices: data.invoices.length,
    payments: data.payments.length,
    journal: data.journal.length,
    clients: data.clients.length,
    steps: { openInvoicesMs: s1 - s0, paymentsMs: s2 - s1, journalMs: s3 - s2, rawJournalMs: s4 - s3 },
  };
}

async function cleanUp(): Promise<void> {
  await openDatabase(NAME).delete();
}

declare global {
  interface Window {
    recouvreBench: { populate: typeof populate; readSnapshot: typeof readSnapshot; cleanUp: typeof cleanUp };
  }
}

window.recouvreBench = { populate, readSnapshot, cleanUp };

function rawGetAll(idb: IDBDatabase, store: string, index: string, keys: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(store, 'readonly');
    const ix = tx.objectStore(store).index(index);
    let rows = 0;
    for (const k of keys) {
      const r = ix.getAll(k);
      r.onsuccess = () => {
        rows += (r.result as unknown[]).length;
      };
    }
    tx.oncomplete = () => resolve(rows);
    tx.onerror = () => reject(tx.error);
  });
}
