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

describe('schema history', () => {
  it('is v1 today', () => {
    expect(CURRENT_VERSION).toBe(1);
    expect(SCHEMA_STEPS.map((s) => s.version)).toEqual([1]);
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
    expect(data.journal.map((e) => e.type)).toEqual(['payment']);
    expect(await db.scenarios.count()).toBe(3);
    db.close();
  });

  it('runs a later version’s upgrade once and keeps the data (throwaway v2: an index and a backfilled field)', async () => {
    const upgradeToV2 = async (tx: Parameters<NonNullable<SchemaStep['upgrade']>>[0]): Promise<void> => {
      await tx
        .table('invoices')
        .toCollection()
        .modify((row: { label?: string; labelKey?: string }) => {
          row.labelKey = (row.label ?? '').toLowerCase();
        });
    };
    const v2: SchemaStep = {
      version: 2,
      name: 'invoices searchable by label',
      stores: { invoices: 'id, &number, clientId, dueDate, [clientId+dueDate], open, labelKey' },
      upgrade: upgradeToV2,
    };
    const db = await upgradeFrom(1, fillV1, [...SCHEMA_STEPS, v2]);
    expect(db.verno).toBe(2);
    const found = await db.table('invoices').where('labelKey').equals('maintenance').toArray();
    expect(found.map((r: { number: string }) => r.number)).toEqual(['FA-1']);
    expect(await db.payments.count()).toBe(1);
    expect(await db.clients.count()).toBe(1);
    expect((await db.invoices.where('number').equals('FA-1').first())?.open).toBe(1);
    db.close();
  });
});
