// Shared by the import tests: fixture bytes, a fresh database with fixed ids and clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type RecouvreDb } from '../../../renderer/src/db/database';
import { decodeText } from '../../../renderer/src/domain/import/encoding';

export const FIXTURES = join(__dirname, '../../fixtures/import');
export const FEC_NAME = '793456120FEC20261231.txt';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function fixtureText(name: string): string {
  const decoded = decodeText(fixtureBytes(name));
  if (!decoded.ok) throw new Error(decoded.error.code);
  return decoded.value.text;
}

let dbCount = 0;
export function freshDb(): RecouvreDb {
  let id = 0;
  dbCount += 1;
  return openDatabase(`import-test-${dbCount}`, {
    newId: () => `id-${String(++id).padStart(4, '0')}`,
    now: () => new Date('2026-11-27T08:30:00.000Z'),
    seedScenarios: false,
  });
}

/** Every table's rows, to prove a rejected import wrote nothing. */
export async function dump(db: RecouvreDb): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return JSON.stringify(out);
}
