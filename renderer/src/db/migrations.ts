/**
 * The schema's history, one named step per Dexie version. A step declares the stores as
 * they are from that version on and, when stored data must change shape, an upgrade that
 * only goes through `tx.table(...)` (never the typed tables of today's code, which may
 * not match the data of yesterday's version).
 *
 * To change the schema: append a step with the next version number and its upgrade, and
 * add a case to tests/unit/db/migrations.test.ts that opens a database of the previous
 * version and finds its data intact.
 */
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { upgradeToV2DunningPositions } from './dunningPositions';
import { STORES_V1, STORES_V2, type StoresSpec } from './schema';

export interface SchemaStep {
  version: number;
  /** what the step is for, read in reviews and error reports */
  name: string;
  /** Dexie store declarations; a table set to null is deleted */
  stores: StoresSpec;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_STEPS: readonly SchemaStep[] = [
  { version: 1, name: 'initial schema', stores: STORES_V1 },
  {
    version: 2,
    name: 'dunning positions: the step history of each invoice, folded small',
    stores: STORES_V2,
    upgrade: upgradeToV2DunningPositions,
  },
];

export const CURRENT_VERSION = Math.max(...SCHEMA_STEPS.map((s) => s.version));

/** Declares every step on a Dexie instance, in order; throws on a malformed history. */
export function declareSchema(db: Dexie, steps: readonly SchemaStep[] = SCHEMA_STEPS): void {
  let previous = 0;
  for (const step of steps) {
    if (!Number.isInteger(step.version) || step.version <= previous) {
      throw new Error(
        `Schema step "${step.name}": version ${step.version} must be an integer above ${previous}`,
      );
    }
    previous = step.version;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
