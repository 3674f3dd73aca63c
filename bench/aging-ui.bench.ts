/**
 * The aging screen on a big book: 5,000 clients, 100,000 invoices. How long do the
 * search, the filters and a header click (filter + sort of the view rows) take in
 * Chromium, the engine the app runs in? Target: under 100 ms so typing stays fluid.
 *
 * agingView.ts and the domain are bundled with esbuild and run inside a page of the
 * Chromium Playwright drives (same executable and flags as the e2e tests). The report
 * itself (agingReport over 100,000 invoices) is timed too, for context: it runs only when
 * the data or the day changes, not on a keystroke. Figures are printed, never asserted.
 */
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from '../scripts/chromium-path.mjs';
import config from '../playwright.config';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Runs in the page. Seeded data so every run measures the same book.
const entry = `
import { agingReport } from './renderer/src/domain/aging';
import { clientDunningStatus } from './renderer/src/domain/dunning';
import { DEFAULT_SCENARIOS } from './renderer/src/domain/scenarios';
import { addDays } from './renderer/src/domain/dates';
import { joinAgingRows, filterAgingRows, sortAgingRows, totalsOf, NO_FILTER } from './renderer/src/ui/aging/agingView';

function rng(seed) { return () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 4294967296; }; }

export function run() {
  const rand = rng(20260331);
  const asOf = '2026-03-31';
  const segments = ['BTP', 'Commerce', 'Industrie', 'Santé', 'Grands comptes', ''];
  const kinds = ['professional', 'professional', 'professional', 'consumer', 'public'];
  const words = ['Atelier', 'Boulangerie', 'Garage', 'Cabinet', 'Société', 'Éts', 'Menuiserie', 'Pharmacie', 'Transports', 'Imprimerie'];
  const clients = [];
  for (let i = 0; i < 5000; i++) {
    const segment = segments[Math.floor(rand() * segments.length)];
    clients.push({ id: 'c' + i, name: words[i % words.length] + ' ' + (i * 7919 % 100000).toString(36) + ' ' + i,
      kind: kinds[Math.floor(rand() * kinds.length)], addressLines: [], contacts: [], language: 'fr',
      createdAt: '2024-01-01T00:00:00.000Z', ...(segment ? { segment } : {}) });
  }
  const invoices = [];
  const payments = [];
  for (let i = 0; i < 100000; i++) {
    const clientId = 'c' + Math.floor(rand() * 5000);
    const issueDate = addDays('2024-04-01', Math.floor(rand() * 730));
    const dueDate = addDays(issueDate, 30);
    const amount = 1000 + Math.floor(rand() * 500000);
    invoices.push({ id: 'i' + i, number: 'F' + i, clientId, issueDate, dueDate, amountInclVat: amount,
      amountExclVat: Math.round(amount / 1.2), currency: 'EUR', source: 'demo' });
    // most old invoices are paid, some partly
    if (dueDate < '2026-01-01' && rand() < 0.9) {
      const paid = rand() < 0.9 ? amount : Math.floor(amount / 2);
      payments.push({ id: 'p' + i, clientId, kind: 'payment', date: addDays(dueDate, 10), amount: paid,
        allocations: [{ invoiceId: 'i' + i, amount: paid }] });
    }
  }
  const t0 = performance.now();
  const report = agingReport({ clients, invoices, payments, disputes: [], asOf, bounds: [30, 60, 90] });
  const t1 = performance.now();
  const statuses = clientDunningStatus({ today: asOf, clients, invoices, payments, scenarios: DEFAULT_SCENARIOS,
    journal: [], promises: [], disputes: [], plans: [], tolerance: 500, minDaysBetweenActions: 7 });
  const t2 = performance.now();
  const rows = joinAgingRows(report, clients, statuses);
  const t3 = performance.now();

  const cases = [
    ['sort by total (default)', NO_FILTER, { key: 'total', direction: 'descending' }],
    ['sort by client name', NO_FILTER, { key: 'client', direction: 'ascending' }],
    ['sort by segment', NO_FILTER, { key: 'segment', direction: 'ascending' }],
    ['search "ate" + sort by > 90 d', { ...NO_FILTER, search: 'ate' }, { key: 'bucket:4', direction: 'descending' }],
    ['segment + kind + sort by days late', { ...NO_FILTER, segment: 'BTP', kind: 'professional' }, { key: 'oldestDaysLate', direction: 'descending' }],
    ['stage filter + sort by stage', { ...NO_FILTER, column: 'none' }, { key: 'stage', direction: 'ascending' }],
  ];
  const results = [];
  for (const [name, filter, sort] of cases) {
    const times = [];
    let shown = 0;
    for (let k = 0; k < 7; k++) {
      const s = performance.now();
      const filtered = filterAgingRows(rows, filter);
      const sorted = sortAgingRows(filtered, sort);
      totalsOf(filtered, report.buckets.length);
      times.push(performance.now() - s);
      shown = sorted.length;
    }
    times.sort((a, b) => a - b);
    results.push({ name, median: times[3], worst: times[6], shown });
  }
  return { rowCount: rows.length, invoices: invoices.length, payments: payments.length,
    report: t1 - t0, statuses: t2 - t1, join: t3 - t2, results };
}
`;

interface BenchResult {
  rowCount: number;
  invoices: number;
  payments: number;
  report: number;
  statuses: number;
  join: number;
  results: { name: string; median: number; worst: number; shown: number }[];
}

export async function run(): Promise<void> {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'agingBench',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const executablePath = chromiumExecutable();
  const launch = config.projects?.[0]?.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="fr"><body></body></html>');
    await page.addScriptTag({ content: code });
    const r = await page.evaluate(() =>
      (globalThis as unknown as { agingBench: { run: () => BenchResult } }).agingBench.run(),
    );
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(
      `book: ${r.invoices} invoices, ${r.payments} payments → ${r.rowCount} client rows (Chromium ${browser.version()})`,
    );
    console.log(
      `agingReport ${ms(r.report)} · clientDunningStatus ${ms(r.statuses)} · join ${ms(r.join)} (once per data change)`,
    );
    for (const c of r.results) {
      console.log(
        `filter+sort+totals, ${c.name}: median ${ms(c.median)}, worst of 7 ${ms(c.worst)} (${c.shown} rows) — target < 100 ms`,
      );
    }
  } finally {
    await browser.close();
  }
}

// `npx tsx bench/aging-ui.bench.ts` runs it alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
