// Bundled by bench/import.bench.ts with esbuild and run in Chromium: the whole FEC import
// as the app does it (decode, parse, derive in the worker; applyImport on the page) over
// real IndexedDB, driven through `window.recouvreImportBench`.
import { openDatabase } from '../../renderer/src/db/database';
import { applyImport, type ImportSummary } from '../../renderer/src/db/import/applyImport';
import { decodeText, encodingGuesses } from '../../renderer/src/domain/import/encoding';
import { deriveOpenReceivables, fecImportPlan, parseFec } from '../../renderer/src/domain/import/fec';
import { generateFec } from './fecGenerator';

const NAME = 'recouvre-import-bench';

export interface ImportTimes {
  lines: number;
  megabytes: number;
  clients: number;
  invoices: number;
  payments: number;
  settled: number;
  generateMs: number;
  decodeMs: number;
  parseMs: number;
  deriveMs: number;
  /** the plan copied from the worker to the page */
  handOverMs: number;
  /** applyImport into an empty database */
  applyMs: number;
  totalMs: number;
  summary: ImportSummary;
  /** the same file imported again over what the first import wrote (updates, no duplicates) */
  reapplyMs: number;
  resummary: ImportSummary;
  rows: { clients: number; invoices: number; payments: number; journal: number };
}

async function run(lines: number): Promise<ImportTimes> {
  await openDatabase(NAME).delete();
  const g0 = performance.now();
  const bytes = new TextEncoder().encode(generateFec(lines));
  const generateMs = performance.now() - g0;

  const t0 = performance.now();
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(decoded.error.code);
  const t1 = performance.now();
  const file = await parseFec(decoded.value.text, { chunkLines: 20_000, onProgress: () => {} });
  if (!file.ok) throw new Error(file.error.code);
  const t2 = performance.now();
  const open = deriveOpenReceivables(file.value.lines, { paymentTermsDays: 30 });
  const plan = fecImportPlan(
    file.value,
    open,
    { fileName: '793456120FEC20261231.txt', sourceName: 'fec:793456120' },
    encodingGuesses(decoded.value),
  );
  const t3 = performance.now();
  // In the app the worker posts the plan to the page: the same structured copy.
  const received = structuredClone(plan);
  const t3b = performance.now();
  const db = openDatabase(NAME);
  await db.open();
  const t4 = performance.now();
  const first = await applyImport(db, received, { today: '2026-12-31' });
  const t5 = performance.now();
  if (!first.ok) throw new Error(`applyImport: ${JSON.stringify(first.errors.slice(0, 3))}`);

  const r0 = performance.now();
  const again = await applyImport(db, plan, { today: '2026-12-31' });
  const r1 = performance.now();
  if (!again.ok) throw new Error(`applyImport again: ${JSON.stringify(again.errors.slice(0, 3))}`);
  const rows = {
    clients: await db.clients.count(),
    invoices: await db.invoices.count(),
    payments: await db.payments.count(),
    journal: await db.journal.count(),
  };
  db.close();
  await openDatabase(NAME).delete();
  return {
    lines: file.value.lineCount,
    megabytes: bytes.length / 1e6,
    clients: plan.clients.length,
    invoices: plan.invoices.length,
    payments: plan.payments.length,
    settled: plan.settled.length,
    generateMs,
    decodeMs: t1 - t0,
    parseMs: t2 - t1,
    deriveMs: t3 - t2,
    handOverMs: t3b - t3,
    applyMs: t5 - t4,
    // opening the database (t3b → t4) is not part of an import: the app has it open
    totalMs: t3b - t0 + (t5 - t4),
    summary: first.summary,
    reapplyMs: r1 - r0,
    resummary: again.summary,
    rows,
  };
}

declare global {
  interface Window {
    recouvreImportBench: { run: typeof run };
  }
}

window.recouvreImportBench = { run };
