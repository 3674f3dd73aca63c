/**
 * The lawyer's dossier at its worst realistic size: 20 scanned attachments of 10 MB
 * (200 MB), produced one at a time by the provider, streamed to a file through the sink.
 * Prints the time, the throughput and the memory growth sampled during the run against
 * the target: twice the largest attachment (the one being read + the slices in flight).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDossier } from '../renderer/src/documents/dossier/buildDossier';
import type { DossierInput } from '../renderer/src/documents/dossier/types';
import type { StoredDocument } from '../renderer/src/domain/model';

const ATTACHMENTS = 20;
const SIZE = 10 * 1024 * 1024;
const MB = 1024 * 1024;

/** Incompressible bytes (like a scanned PDF), different for each document. */
function scan(seed: number): Uint8Array {
  const words = new Uint32Array(SIZE / 4);
  let x = seed * 2654435761;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return new Uint8Array(words.buffer);
}

function memory(): { rss: number; heap: number; external: number } {
  const m = process.memoryUsage();
  // `external` already includes `arrayBuffers` (Node docs): adding both counted every buffer twice
  return { rss: m.rss, heap: m.heapUsed, external: m.external };
}

/**
 * Two runs: as the engine collects on its own (what the user's machine sees), and with a
 * forced collection before each attachment is read (what the code really keeps alive:
 * V8 frees a 10 MB ArrayBuffer only at its next GC, so the first figure includes garbage).
 */
export async function run(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  await measure('natural GC', undefined);
  if (gc) await measure('forced GC per attachment', gc);
  else
    console.log(
      'dossier: run node with --expose-gc to also measure the live set (forced GC before each attachment)',
    );
}

async function measure(label: string, gcEach: (() => void) | undefined): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'recouvre-bench-dossier-'));
  const file = join(dir, 'dossier.zip');
  const documents: StoredDocument[] = Array.from({ length: ATTACHMENTS }, (_, i) => ({
    id: `doc-${i + 1}`,
    clientId: 'client-1',
    invoiceIds: [],
    kind: i % 2 === 0 ? 'invoice-pdf' : 'acknowledgement-scan',
    fileName: `Pièce ${i + 1} scannée.pdf`,
    mimeType: 'application/pdf',
    size: SIZE,
    sha256: '',
    createdAt: `2026-03-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`,
  }));
  const input: DossierInput = {
    company: {
      name: 'Atelier Lumière',
      legalForm: 'SARL',
      siren: '732829320',
      vatNumber: 'FR44732829320',
      addressLines: ['3 place du Marché', '69002 LYON'],
      signatoryName: 'Claire Durand',
      signatoryTitle: 'Gérante',
      fixedIndemnity: 4000,
    },
    client: {
      id: 'client-1',
      name: 'Dupont & Fils',
      kind: 'professional',
      addressLines: ['12 rue des Lilas', '75011 PARIS'],
      contacts: [],
      language: 'fr',
      createdAt: '2025-01-01T00:00:00.000Z',
    },
    invoices: [],
    payments: [],
    journal: [],
    documents,
    penalties: { invoices: [], interest: 0, indemnities: 0, total: 0, missingRates: [] },
    limitationDates: {},
    asOf: '2026-04-30',
    generatedAt: new Date(Date.UTC(2026, 3, 30, 9)),
    getBytes: async (id) => {
      gcEach?.();
      sample();
      return scan(Number(id.slice(4)));
    },
  };

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = memory();
  const peak = { ...base };
  function sample(): void {
    const m = memory();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heap);
    peak.external = Math.max(peak.external, m.external);
  }
  const timer = setInterval(sample, 20);
  const handle = await open(file, 'w');
  const started = performance.now();
  let chunks = 0;
  try {
    await buildDossier(input, async (chunk) => {
      chunks++;
      if (chunks % 16 === 0) sample(); // also sample between writes, not only on the timer
      await handle.write(chunk);
    });
  } finally {
    await handle.close();
    clearInterval(timer);
  }
  const seconds = (performance.now() - started) / 1000;
  sample();
  const size = statSync(file).size;
  const target = 2 * SIZE;
  const growth = (a: number, b: number): string => `${((a - b) / MB).toFixed(1)} MB`;
  console.log(
    `dossier [${label}]: ${ATTACHMENTS} × ${SIZE / MB} MB attachments → ${(size / MB).toFixed(1)} MB ZIP in ${seconds.toFixed(2)} s (${(size / MB / seconds).toFixed(0)} MB/s, ${chunks} sink writes)`,
  );
  console.log(
    `dossier [${label}]: peak growth RSS ${growth(peak.rss, base.rss)}, heap ${growth(peak.heap, base.heap)}, external memory (ArrayBuffers) ${growth(peak.external, base.external)}; target < ${(target / MB).toFixed(0)} MB (2 × largest attachment)`,
  );
  // The attachments' bytes live in ArrayBuffers: that is the figure the target is about.
  const bytesHeld = peak.external - base.external;
  console.log(
    `dossier [${label}]: ArrayBuffers ${bytesHeld <= target ? 'within' : 'ABOVE'} target (${(bytesHeld / MB).toFixed(1)} MB vs ${(target / MB).toFixed(0)} MB)`,
  );
  rmSync(dir, { recursive: true, force: true });
}
