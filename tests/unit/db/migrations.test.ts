import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase, type RecouvreDb } from '../../../renderer/src/db/database';
import {
  CURRENT_VERSION,
  declareSchema,
  SCHEMA_STEPS,
  type SchemaStep,
} from '../../../renderer/src/db/migrations';
import { createInvoice } from '../../../renderer/src/db/invoices';
import { addJournalEntry } from '../../../renderer/src/db/journal';
import { recordPayment } from '../../../renderer/src/db/payments';
import { loadDunningData } from '../../../renderer/src/db/snapshot';
import { addClient, sequentialIds } from './helpers';

let n = 0;

/**
 * The harness: creates a database with the schema history up to `version`, lets `fill`
 * write data with the code of that time, closes it, and reopens it with `steps` (today's
 * history by default), as a user's machine does after an update.
 */
async function upgradeFrom(
  version: number,
  fill: (db: RecouvreDb) => Promise<void>,
  steps: readonly SchemaStep[] = SCHEMA_STEPS,
): Promise<RecouvreDb> {
  const name = `migration-${process.pid}-${++n}`;
  const old = openDatabase(name, {
    steps: steps.filter((s) => s.version <= version),
    newId: sequentialIds(),
  });
  await old.open();
  expect(old.verno).toBe(version);
  await fill(old);
  old.close();
  const current = openDatabase(name, { steps });
  await current.open();
  return current;
}

async function fillV1(db: RecouvreDb): Promise<void> {
  const c = await addClient(db);
  const inv = await createInvoice(db, {
    clientId: c.id,
    number: 'FA-1',
    issueDate: '2026-01-10',
    dueDate: '2026-02-09',
    amountInclVat: 24_000,
    amountExclVat: 20_000,
    label: 'Maintenance',
  });
  if (!inv.ok) throw new Error('setup');
  await recordPayment(db, {
    clientId: c.id,
    date: '2026-02-20',
    amount: 4_000,
    allocations: [{ invoiceId: inv.value.id, amount: 4_000 }],
  });
}

/**
 * A v1 ledger with steps: FA-1 (open) has reminder 1 done twice, reminder 2 skipped and
 * the last reminder postponed; FA-2 (paid) had reminder 1; FA-3 (open) nothing.
 */
async function fillV1WithSteps(db: RecouvreDb): Promise<void> {
  const c = await addClient(db);
  await addClient(db, { name: 'Boulangerie Martin' });
  const ids: string[] = [];
  for (const [number, amount] of [
    ['FA-1', 24_000],
    ['FA-2', 12_000],
    ['FA-3', 6_000],
  ] as const) {
    const inv = await createInvoice(db, {
      clientId: c.id,
      number,
      issueDate: '2026-01-10',
      dueDate: '2026-02-09',
      amountInclVat: amount,
      amountExclVat: amount,
    });
    if (!inv.ok) throw new Error('setup');
    ids.push(inv.value.id);
  }
  const [fa1, fa2] = ids as [string, string];
  const step = async (
    invoiceId: string,
    date: string,
    stepId: string,
    outcome: 'done' | 'skipped' | 'postponed',
    postponedTo?: string,
  ): Promise<void> => {
    const r = await addJournalEntry(db, {
      clientId: c.id,
      invoiceIds: [invoiceId],
      date,
      at: `${date}T09:00:00.000Z`,
      type: 'step',
      stepId,
      stepKind: stepId === 'standard-last-reminder' ? 'last-reminder' : 'reminder',
      outcome,
      ...(postponedTo ? { postponedTo } : {}),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  };
  await step(fa1, '2026-02-15', 'standard-reminder-1', 'done');
  await step(fa1, '2026-02-11', 'standard-reminder-1', 'done');
  await step(fa1, '2026-02-25', 'standard-reminder-2', 'skipped');
  await step(fa1, '2026-03-03', 'standard-last-reminder', 'postponed', '2026-03-20');
  await step(fa2, '2026-02-11', 'standard-reminder-1', 'done');
  await recordPayment(db, {
    clientId: c.id,
    date: '2026-02-20',
    amount: 12_000,
    allocations: [{ invoiceId: fa2, amount: 12_000 }],
  });
}

describe('schema history', () => {
  it('is v2 today', () => {
    expect(CURRENT_VERSION).toBe(2);
    expect(SCHEMA_STEPS.map((s) => s.version)).toEqual([1, 2]);
  });

  it('refuses a history whose versions do not increase', () => {
    const db = new Dexie(`bad-${++n}`);
    expect(() => declareSchema(db, [...SCHEMA_STEPS, { version: 1, name: 'again', stores: {} }])).toThrow(
      /version 1/,
    );
  });

  it('finds v1 data intact when reopened with the current code', async () => {
    const db = await upgradeFrom(1, fillV1);
    const data = await loadDunningData(db);
    // 240,00 € invoiced, 40,00 € paid: open, 200,00 € left for the domain to compute.
    expect(data.invoices.map((i) => [i.number, i.amountInclVat])).toEqual([['FA-1', 24_000]]);
    expect(data.payments.map((p) => p.amount)).toEqual([4_000]);
    expect((await db.journal.toArray()).map((e) => e.type)).toEqual(['payment']);
    expect(data.positions).toEqual({ invoices: [], clients: [] });
    expect(await db.scenarios.count()).toBe(3);
    db.close();
  });

  it('builds the v2 dunning positions from the journal of a v1 database', async () => {
    const db = await upgradeFrom(1, fillV1WithSteps);
    expect(db.verno).toBe(2);
    // Data intact: 2 clients, 3 invoices, 1 payment, 5 step lines + 1 payment line.
    expect(await db.clients.count()).toBe(2);
    expect((await db.invoices.orderBy('number').toArray()).map((i) => [i.number, i.open])).toEqual([
      ['FA-1', 1],
      ['FA-2', 0],
      ['FA-3', 1],
    ]);
    expect(await db.journal.count()).toBe(6);
    const [fa1, fa2, fa3] = (await db.invoices.orderBy('number').toArray()).map((i) => i.id);
    const rows = await db.dunningPositions.orderBy('invoiceId').toArray();
    expect(rows.find((r) => r.invoiceId === fa1)).toEqual({
      invoiceId: fa1,
      clientId: 'id-1',
      open: 1,
      // reminder 1 recorded twice: the earliest date is kept
      marks: [
        { stepId: 'standard-reminder-1', stepKind: 'reminder', outcome: 'done', date: '2026-02-11' },
        { stepId: 'standard-reminder-2', stepKind: 'reminder', outcome: 'skipped', date: '2026-02-25' },
      ],
      postponements: [
        {
          stepId: 'standard-last-reminder',
          date: '2026-03-03',
          at: '2026-03-03T09:00:00.000Z',
          to: '2026-03-20',
        },
      ],
      letters: [],
    });
    // FA-2 is paid: its row is there for the day it reopens, flagged closed.
    expect(rows.find((r) => r.invoiceId === fa2)?.open).toBe(0);
    expect(rows.find((r) => r.invoiceId === fa3)).toBeUndefined();
    expect(await db.clientSteps.toArray()).toEqual([
      { clientId: 'id-1', doneDates: '2026-02-11,2026-02-15' },
    ]);
    // And the snapshot reads them: FA-1 and FA-3 open, FA-2's history left out.
    const data = await loadDunningData(db);
    expect(data.positions.invoices.map((h) => h.invoiceId)).toEqual([fa1]);
    expect(data.positions.clients).toEqual([{ clientId: 'id-1', doneDates: ['2026-02-11', '2026-02-15'] }]);
    db.close();
  });

  it('runs a later version’s upgrade once and keeps the data (throwaway v3: an index and a backfilled field)', async () => {
    const upgradeToV3 = async (tx: Parameters<NonNullable<SchemaStep['upgrade']>>[0]): Promise<void> => {
      await tx
        .table('invoices')
        .toCollection()
        .modify((row: { label?: string; labelKey?: string }) => {
          row.labelKey = (row.label ?? '').toLowerCase();
        });
    };
    const v3: SchemaStep = {
      version: 3,
      name: 'invoices searchable by label',
      stores: { invoices: 'id, &number, clientId, dueDate, [clientId+dueDate], open, labelKey' },
      upgrade: upgradeToV3,
    };
    const db = await upgradeFrom(1, fillV1, [...SCHEMA_STEPS, v3]);
    expect(db.verno).toBe(3);
    const found = await db.table('invoices').where('labelKey').equals('maintenance').toArray();
    expect(found.map((r: { number: string }) => r.number)).toEqual(['FA-1']);
    expect(await db.payments.count()).toBe(1);
    expect(await db.clients.count()).toBe(1);
    expect((await db.invoices.where('number').equals('FA-1').first())?.open).toBe(1);
    db.close();
  });
});
