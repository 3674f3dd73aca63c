// Writes a demo dataset file (renderer/src/db/dataset.ts) that the app loads as demo data:
//   npm run seed -- --clients 200 --invoices 5000 [--seed 1] [--today 2026-11-27] [--out demo-data.json]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { demoDataset, parseDataset } from '../renderer/src/db/dataset';
import { generateDemo } from '../renderer/src/demo/generateDemo';
import { isIsoDate, todayIn } from '../renderer/src/domain/dates';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    invoices: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    today: { type: 'string' },
    out: { type: 'string', default: 'demo-data.json' },
  },
});

function count(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got "${text}"`);
    process.exit(2);
  }
  return n;
}

const clients = count('clients', values.clients);
const invoices = count('invoices', values.invoices);
const seed = count('seed', values.seed);
const today = values.today ?? todayIn('Europe/Paris', new Date());
if (!isIsoDate(today)) {
  console.error(`--today must be a date YYYY-MM-DD, got "${today}"`);
  process.exit(2);
}
if (clients === 0 && invoices > 0) {
  console.error('--invoices needs at least one client');
  process.exit(2);
}

const started = performance.now();
const data = generateDemo({ clients, invoices, seed, today });
const dataset = demoDataset(data, new Date().toISOString(), { seed, today, clients, invoices });
// The file must be one the app accepts: check it as the app will.
const check = parseDataset(dataset);
if (!check.ok) {
  console.error('Generated data failed validation:', check.error);
  process.exit(1);
}
writeFileSync(values.out, JSON.stringify(dataset));
console.log(
  `${values.out}: ${data.clients.length} clients, ${data.invoices.length} invoices, ${data.payments.length} payments, ` +
    `${data.journal.length} journal entries, ${data.promises.length} promises, ${data.disputes.length} disputes, ` +
    `${data.plans.length} plans (seed ${seed}, today ${today}) in ${Math.round(performance.now() - started)} ms`,
);
