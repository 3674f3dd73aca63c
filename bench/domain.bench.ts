/**
 * Aging report and dunning engine on a large but plausible book: 5,000 clients,
 * 100,000 invoices of which 20,000 still open, 300,000 journal lines. The data is
 * generated from a fixed seed so two runs compare. Prints the median of 5 runs.
 * Targets (Node, one core): agingReport < 150 ms, dueActions < 150 ms.
 */
import { agingReport } from '../renderer/src/domain/aging';
import { addDays } from '../renderer/src/domain/dates';
import { clientDunningStatus, dueActions, type DunningInput } from '../renderer/src/domain/dunning';
import type {
  Client,
  Dispute,
  Invoice,
  JournalEntry,
  Payment,
  PaymentPlan,
  PromiseToPay,
} from '../renderer/src/domain/model';
import { DEFAULT_SCENARIOS } from '../renderer/src/domain/scenarios';

const CLIENTS = 5_000;
const INVOICES_PER_CLIENT = 20;
const OPEN_EVERY = 5; // one invoice in five still open → 20,000
const JOURNAL_LINES = 300_000;
const TODAY = '2026-06-30';

/** mulberry32: a tiny deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildBook(seed = 20260630): DunningInput {
  const rnd = prng(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const clients: Client[] = [];
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const journal: JournalEntry[] = [];
  const disputes: Dispute[] = [];
  const promises: PromiseToPay[] = [];
  const plans: PaymentPlan[] = [];
  const scenarioIds = ['standard', 'strategic', undefined, undefined];
  const stepsOf = new Map(DEFAULT_SCENARIOS.map((s) => [s.id, s.steps] as const));

  for (let c = 0; c < CLIENTS; c++) {
    const id = `c${c}`;
    const consumer = c % 10 === 0;
    const scenarioId = scenarioIds[c % scenarioIds.length];
    clients.push({
      id,
      name: `Client ${c}`,
      kind: consumer ? 'consumer' : 'professional',
      addressLines: ['1 rue du Commerce', '69002 LYON'],
      contacts: [],
      language: 'fr',
      createdAt: '2024-01-01T08:00:00.000Z',
      ...(scenarioId ? { scenarioId } : {}),
    });
    for (let k = 0; k < INVOICES_PER_CLIENT; k++) {
      const n = c * INVOICES_PER_CLIENT + k;
      const open = k % OPEN_EVERY === 0;
      // Open invoices: due in the last 120 days or the next 30; paid ones spread over two years.
      const dueDate = open ? addDays(TODAY, 30 - int(150)) : addDays(TODAY, -30 - int(700));
      const amount = 10_000 + int(500_000);
      const inv: Invoice = {
        id: `i${n}`,
        number: `F-${String(n).padStart(6, '0')}`,
        clientId: id,
        issueDate: addDays(dueDate, -30),
        dueDate,
        amountInclVat: amount,
        amountExclVat: Math.round(amount / 1.2),
        currency: 'EUR',
        source: 'demo',
      };
      invoices.push(inv);
      if (!open) {
        payments.push({
          id: `p${n}`,
          clientId: id,
          kind: 'payment',
          date: addDays(dueDate, int(40)),
          amount,
          allocations: [{ invoiceId: inv.id, amount }],
        });
      } else if (n % 3 === 0) {
        const part = Math.floor(amount / 3);
        payments.push({
          id: `p${n}`,
          clientId: id,
          kind: 'payment',
          date: addDays(dueDate, 5),
          amount: part,
          allocations: [{ invoiceId: inv.id, amount: part }],
        });
      }
      if (open && n % 97 === 0)
        disputes.push({
          id: `d${n}`,
          clientId: id,
          invoiceIds: [inv.id],
          reason: 'qualité',
          openedOn: addDays(dueDate, 10),
        });
      if (open && n % 71 === 0)
        promises.push({
          id: `pr${n}`,
          clientId: id,
          invoiceIds: [inv.id],
          madeOn: addDays(TODAY, -10),
          promisedDate: addDays(TODAY, int(20) - 10),
          amount: Math.floor(amount / 2),
        });
      if (open && n % 193 === 0) {
        plans.push({
          id: `pl${n}`,
          clientId: id,
          invoiceIds: [inv.id],
          createdOn: addDays(TODAY, -40),
          instalments: [1, 2, 3].map((m) => ({
            dueDate: addDays(TODAY, -40 + 30 * m),
            amount: Math.floor(amount / 3),
          })),
        });
      }
    }
  }

  // Journal: three lines per invoice (steps done in order), the last one 'postponed' now and then.
  for (let j = 0; j < JOURNAL_LINES; j++) {
    const inv = invoices[Math.floor(j / 3) % invoices.length]!;
    const client = clients[Number(inv.clientId.slice(1))]!;
    const scenario = client.scenarioId ?? (client.kind === 'consumer' ? 'consumer' : 'standard');
    const steps = stepsOf.get(scenario)!;
    const step = steps[j % 3]!;
    const planned = addDays(inv.dueDate, step.offsetDays);
    // A step planned after today was done early (the user may do so): dated today.
    const date = planned > TODAY ? TODAY : planned;
    const postponed = j % 50 === 2;
    journal.push({
      id: `j${j}`,
      clientId: inv.clientId,
      invoiceIds: [inv.id],
      date,
      at: `${date}T09:00:00.000Z`,
      type: 'step',
      scenarioId: scenario,
      stepId: step.id,
      stepKind: step.kind,
      channel: step.channel,
      outcome: postponed ? 'postponed' : 'done',
      ...(postponed ? { postponedTo: addDays(date, 10) } : {}),
      ...(step.channel === 'registered-letter' ? { registered: { depositDate: date } } : {}),
    });
  }
  return {
    today: TODAY,
    clients,
    invoices,
    payments,
    scenarios: DEFAULT_SCENARIOS,
    journal,
    promises,
    disputes,
    plans,
    tolerance: 500,
    minDaysBetweenActions: 7,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Wall time is what the user waits; CPU time (this process only) is printed beside it
 * because on a shared, loaded machine the wall time also counts other processes.
 */
function time<T>(label: string, runs: number, f: () => T): T {
  const wall: number[] = [];
  const cpu: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  console.log(
    `${label}: median ${median(wall).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU, over ${runs} runs ` +
      `(target < 150 ms; wall ${wall.map((t) => t.toFixed(0)).join(', ')})`,
  );
  return result!;
}

export async function run(): Promise<void> {
  const book = buildBook();
  console.log(
    `domain: ${book.clients.length} clients, ${book.invoices.length} invoices, ` +
      `${book.payments.length} payments, ${book.journal.length} journal lines`,
  );
  const report = time('agingReport', 5, () =>
    agingReport({
      clients: book.clients,
      invoices: book.invoices,
      payments: book.payments,
      disputes: book.disputes,
      asOf: book.today,
      bounds: [30, 60, 90],
    }),
  );
  console.log(
    `  ${report.rows.length} rows, ${report.totals.invoiceCount} open invoices, DSO ${report.dso} days`,
  );
  const actions = time('dueActions', 5, () => dueActions(book));
  console.log(`  ${actions.length} actions due on ${book.today}`);
  const statuses = time('clientDunningStatus', 5, () => clientDunningStatus(book));
  console.log(`  ${statuses.size} clients with an open balance`);
}

// `npx tsx bench/domain.bench.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) void run();
