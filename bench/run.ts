/**
 * `npm run bench`: runs every bench/<area>.bench.ts and prints its figures.
 * Targets are printed beside the figures; nothing is asserted (speed is measured,
 * not assumed, and never a flaky test).
 * `npm run bench -- letters dossier` runs only those.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const module = (await import(join(here, file))) as { run: () => Promise<void> };
  try {
    await module.run();
  } catch (error) {
    console.error(`bench ${file} failed:`, error);
    process.exitCode = 1;
  }
}
