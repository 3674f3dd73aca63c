/**
 * FEC import speed: a deterministic 1,000,000-line FEC (≈ 200,000 invoices of 2,000
 * customers, 80 % paid and lettered, 10 % partly paid) parsed and turned into open
 * receivables. Target: under 15 s in Chromium (the app); Node figures are printed too.
 * Run: npx tsx bench/import.bench.ts (or npm run bench -- import)
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveOpenReceivables, parseFec } from '../renderer/src/domain/import/fec';
import { decodeText } from '../renderer/src/domain/import/encoding';

export function generateFec(lines: number): string {
  // Everything inside the function: its source is also sent, as is, to the Chromium page.
  const HEADER =
    'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise';

  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n; // the low bits of an LCG cycle too fast
  };
  const money = (c: number): string => `${Math.floor(c / 100)},${String(c % 100).padStart(2, '0')}`;
  const day = (n: number): string => {
    const m = 1 + (Math.floor(n / 28) % 12);
    return `2026${String(m).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}`;
  };
  const out: string[] = [HEADER];
  let inv = 0;
  while (out.length <= lines) {
    inv++;
    const cust = `C${String(rand(2000)).padStart(5, '0')}`;
    const name = `Client ${cust} SARL`;
    const ttc = 1000 + rand(500000);
    const ht = Math.round(ttc / 1.2);
    const d = day(rand(330));
    const ref = `FA${String(inv).padStart(7, '0')}`;
    const roll = rand(10);
    const letter = roll < 8 ? `L${inv.toString(36).toUpperCase()}` : '';
    const row = (
      j: string,
      c: string,
      aux: string,
      auxLib: string,
      lib: string,
      deb: number,
      cre: number,
      lt = '',
      date = d,
    ) =>
      `${j}\t${j === 'VT' ? 'Ventes' : 'Banque'}\t${j}${inv}\t${date}\t${c}\t${c.startsWith('411') ? 'Clients' : 'Compte'}\t${aux}\t${auxLib}\t${ref}\t${date}\t${lib}\t${money(deb)}\t${money(cre)}\t${lt}\t${lt ? date : ''}\t${date}\t\t`;
    out.push(row('VT', '41100000', cust, name, `Facture ${ref}`, ttc, 0, letter));
    out.push(row('VT', '70600000', '', '', `Facture ${ref}`, 0, ht));
    out.push(row('VT', '44571000', '', '', `Facture ${ref}`, 0, ttc - ht));
    if (roll < 9) {
      const paid = roll < 8 ? ttc : Math.floor(ttc / 2);
      const pd = day(Math.min(359, rand(330) + 30));
      out.push(row('BQ', '41100000', cust, name, 'Règlement', 0, paid, letter, pd));
      out.push(row('BQ', '51200000', '', '', 'Règlement', paid, 0, '', pd));
    }
  }
  return out.slice(0, lines + 1).join('\r\n') + '\r\n';
}

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
    `fec node: ${file.value.lineCount} lines (${(bytes.length / 1e6).toFixed(0)} MB) — decode ${ms(t1 - t0)}, parse ${ms(t2 - t1)}, derive ${ms(t3 - t2)}, total ${ms(t3 - t0)}; ` +
      `${open.invoices.length} open invoices, ${open.clients.length} customers, ${file.value.errorCount} errors`,
  );
}

const source = (file: string): string =>
  fileURLToPath(new URL(`../renderer/src/domain/import/${file}`, import.meta.url));

const ms = (n: number): string => `${(n / 1000).toFixed(2)} s`;

/** The same code, bundled with esbuild, in Debian's Chromium driven by Playwright. */
async function timeInChromium(): Promise<void> {
  const { chromiumExecutable } = await import('../scripts/chromium-path.mjs');
  const executablePath = chromiumExecutable();
  if (!executablePath || !existsSync(executablePath)) {
    console.log('fec chromium: skipped (no Chromium found)');
    return;
  }
  const esbuild = await import('esbuild');
  const { chromium } = await import('@playwright/test');
  const dir = mkdtempSync(join(tmpdir(), 'recouvre-bench-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import { parseFec, deriveOpenReceivables } from ${JSON.stringify(source('fec.ts'))};
     import { decodeText } from ${JSON.stringify(source('encoding.ts'))};
     // tsx keeps function names with an __name helper the page does not have
     const __name = <T,>(f: T, _n?: string): T => f; void __name;
     const generateFec = ${generateFec.toString()};
     (globalThis as any).benchFec = async (lines: number) => {
       const bytes = new TextEncoder().encode(generateFec(lines));
       const t0 = performance.now();
       const d = decodeText(bytes); if (!d.ok) throw new Error(d.error.code);
       const t1 = performance.now();
       const f = await parseFec(d.value.text, { onProgress: () => {} }); if (!f.ok) throw new Error(f.error.code);
       const t2 = performance.now();
       const o = deriveOpenReceivables(f.value.lines, { paymentTermsDays: 30 });
       const t3 = performance.now();
       return { lines: f.value.lineCount, invoices: o.invoices.length, decode: t1 - t0, parse: t2 - t1, derive: t3 - t2, total: t3 - t0 };
     };`,
  );
  const bundle = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    // The file is generated in the page (same generator, same bytes): 100 MB do not cross the protocol.
    const r = await page.evaluate((lines) => {
      const g = globalThis as unknown as { benchFec: (n: number) => Promise<Record<string, number>> };
      return g.benchFec(lines);
    }, LINES);
    console.log(
      `fec chromium: ${r.lines} lines — decode ${ms(r.decode!)}, parse ${ms(r.parse!)}, derive ${ms(r.derive!)}, total ${ms(r.total!)} (target < 15 s); ${r.invoices} open invoices`,
    );
  } finally {
    await browser.close();
  }
}

const LINES = 1_000_000;

export async function run(): Promise<void> {
  const t0 = performance.now();
  const text = generateFec(LINES);
  console.log(`fec generated: 1 000 000 lines in ${ms(performance.now() - t0)}`);
  await timeInNode(text);
  await timeInChromium();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
