/**
 * FEC import speed: a deterministic 1,000,000-line FEC (≈ 212,000 invoices of 2,000
 * customers, 80 % paid and lettered, 10 % partly paid) imported as the app does it:
 * decoded, parsed, turned into open receivables, then written by applyImport into an
 * empty IndexedDB database. Target: the whole import under 15 s in Chromium (the app).
 * Node figures (without the database) are printed too.
 * Run: npx tsx bench/import.bench.ts (or npm run bench -- import)
 */
import { fileURLToPath } from 'node:url';
import { decodeText } from '../renderer/src/domain/import/encoding';
import { deriveOpenReceivables, parseFec } from '../renderer/src/domain/import/fec';
import { withBenchPage } from './browser/chromiumPage';
import { generateFec } from './browser/fecGenerator';
import type { ImportTimes } from './browser/import-entry';

// BENCH_IMPORT_LINES=100000 for a quick look while working.
const LINES = Number(process.env.BENCH_IMPORT_LINES ?? '1000000');
const TARGET_MS = 15_000;

const s = (n: number): string => `${(n / 1000).toFixed(2)} s`;

async function timeInNode(text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  const t0 = performance.now();
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(decoded.error.code);
  const t1 = performance.now();
  const file = await parseFec(decoded.value.text, { onProgress: () => {} });
  if (!file.ok) throw new Error(file.error.code);
  const t2 = performance.now();
  const open = deriveOpenReceivables(file.value.lines, { paymentTermsDays: 30 });
  const t3 = performance.now();
  console.log(
    `fec node: ${file.value.lineCount} lines (${(bytes.length / 1e6).toFixed(0)} MB) — decode ${s(t1 - t0)}, parse ${s(t2 - t1)}, derive ${s(t3 - t2)}, total ${s(t3 - t0)} (no database); ` +
      `${open.invoices.length} open invoices, ${open.clients.length} customers, ${file.value.errorCount} errors`,
  );
}

/** The real import in Chromium; the file is generated in the page (same generator, same bytes). */
async function timeInChromium(): Promise<void> {
  const entry = fileURLToPath(new URL('./browser/import-entry.ts', import.meta.url));
  const r: ImportTimes = await withBenchPage(entry, 'Recouvre import bench', (page) =>
    page.evaluate((lines) => window.recouvreImportBench.run(lines), LINES),
  );
  console.log(
    `fec chromium: ${r.lines} lines (${r.megabytes.toFixed(0)} MB) → ${r.clients} customers, ${r.invoices} open invoices, ` +
      `${r.payments} payments, ${r.settled} settled invoices`,
  );
  console.log(
    `fec chromium: decode ${s(r.decodeMs)}, parse ${s(r.parseMs)}, derive ${s(r.deriveMs)} (the worker), ` +
      `plan handed to the page ${s(r.handOverMs)}, applyImport into an empty database ${s(r.applyMs)}`,
  );
  console.log(
    `fec chromium: whole import ${s(r.totalMs)} (target < ${s(TARGET_MS)}: ${r.totalMs < TARGET_MS ? 'met' : 'MISSED'})`,
  );
  const a = r.summary;
  const b = r.resummary;
  console.log(
    `fec chromium: wrote ${a.clientsCreated} clients, ${a.invoicesCreated} invoices, ${a.paymentsCreated} payments; ` +
      `same file again ${s(r.reapplyMs)}: ${b.clientsCreated} + ${b.clientsUpdated} updated clients, ` +
      `${b.invoicesCreated} + ${b.invoicesUpdated} updated invoices, ${b.paymentsCreated} + ${b.paymentsUpdated} updated payments; ` +
      `rows after both: ${r.rows.clients} clients, ${r.rows.invoices} invoices, ${r.rows.payments} payments, ${r.rows.journal} journal lines`,
  );
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  const text = generateFec(LINES);
  console.log(`fec generated: ${LINES} lines in ${s(performance.now() - t0)}`);
  await timeInNode(text);
  await timeInChromium();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
