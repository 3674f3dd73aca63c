// How fast the Today screen gets its data on a big ledger: 5,000 clients and 100,000
// invoices in real Chromium IndexedDB, then the dunning snapshot read (target < 1 s).
// The database code is bundled with esbuild and run in a blank page served locally:
// no app build needed, and IndexedDB needs a real http origin (not file: or data:).
import { fileURLToPath } from 'node:url';
import { withBenchPage } from './browser/chromiumPage';

// BENCH_DB_SCALE=0.1 runs a tenth of the volume (for a quick look while working).
const SCALE = Number(process.env.BENCH_DB_SCALE ?? '1');
const SIZE = {
  clients: Math.round(5_000 * SCALE),
  invoices: Math.round(100_000 * SCALE),
  seed: 2026,
  today: '2026-11-27',
};
const READS = 5;

const ms = (n: number): string => `${Math.round(n)} ms`;

export async function run(): Promise<void> {
  const entry = fileURLToPath(new URL('./browser/db-entry.ts', import.meta.url));
  await withBenchPage(entry, 'Recouvre database bench', async (page) => {
    const populated = await page.evaluate((size) => window.recouvreBench.populate(size), SIZE);
    const c = populated.counts;
    console.log(
      `database: generated ${c.clients} clients, ${c.invoices} invoices (${c.openInvoices} open), ${c.payments} payments, ` +
        `${c.journal} journal entries, ${c.promises} promises, ${c.disputes} disputes, ${c.plans} plans in ${ms(populated.generateMs)}`,
    );
    const rows = c.clients + c.invoices + c.payments + c.journal + c.promises + c.disputes + c.plans;
    console.log(
      `database: wrote ${rows} rows in one transaction in ${ms(populated.writeMs)} (${Math.round(rows / (populated.writeMs / 1000))} rows/s)`,
    );

    const reads = [];
    for (let k = 0; k < READS; k++)
      reads.push(await page.evaluate(() => window.recouvreBench.readSnapshot()));
    const first = reads[0]!;
    const totals = reads.map((r) => r.totalMs).sort((a, b) => a - b);
    console.log(
      `database: loadDunningData → ${first.invoices} open invoices, ${first.clients} clients, ${first.payments} payments, ` +
        `${first.positions} dunning positions, ${first.journal} registered letters`,
    );
    console.log(
      `database: loadDunningData first read ${ms(first.totalMs)}, median of ${READS} ${ms(totals[Math.floor(READS / 2)]!)} ` +
        `(all: ${reads.map((r) => ms(r.totalMs)).join(', ')}; target < 1000 ms)`,
    );
    const p = await page.evaluate(() => window.recouvreBench.readParts());
    console.log(
      `database:   parts: open invoice keys ${ms(p.openInvoiceKeysMs)}, open invoices ${ms(p.openInvoicesMs)}, ` +
        `their clients ${ms(p.clientsMs)}, open payments ${ms(p.paymentsMs)}, open dunning positions ${ms(p.positionsMs)}, ` +
        `client steps ${ms(p.clientStepsMs)}; for comparison, the open journal lines they replace ${ms(p.journalMs)}, ` +
        `journal asked per open invoice ${ms(p.journalPerInvoiceMs)}`,
    );
    await page.evaluate(() => window.recouvreBench.cleanUp());
  });
}

// Run alone: npx tsx bench/database.bench.ts
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
