import { afterEach, describe, expect, it } from 'vitest';
import type { RecouvreDb } from '../../../renderer/src/db/database';
import { listScenarios, saveScenario } from '../../../renderer/src/db/scenarios';
import { freshDb } from './helpers';

let db: RecouvreDb;
afterEach(() => db?.close());

const FAST = {
  id: 'fast',
  name: 'Rapide',
  steps: [{ id: 'fast-1', offsetDays: 1, kind: 'reminder', channel: 'email' }],
};

const defaults = async () =>
  (await listScenarios(db))
    .filter((s) => s.isDefault)
    .map((s) => s.id)
    .sort();

describe('saveScenario and the default plan', () => {
  it('saving a plan as default unsets the previous default', async () => {
    db = freshDb();
    expect(await defaults()).toEqual(['standard']);
    expect((await saveScenario(db, { ...FAST, isDefault: true })).ok).toBe(true);
    expect(await defaults()).toEqual(['fast']);
    // Back again: the shipped plan takes the place of 'fast'.
    const standard = (await listScenarios(db)).find((s) => s.id === 'standard')!;
    expect((await saveScenario(db, { ...standard, isDefault: true })).ok).toBe(true);
    expect(await defaults()).toEqual(['standard']);
  });

  it('saving a plan that is not the default leaves the default alone', async () => {
    db = freshDb();
    expect((await saveScenario(db, FAST)).ok).toBe(true);
    expect(await defaults()).toEqual(['standard']);
  });

  it('refuses a list with two defaults with the code the domain emits, and a new default heals it', async () => {
    db = freshDb();
    // Two defaults can only come from outside the repository (an old backup, a hand edit).
    await db.scenarios.update('strategic', { isDefault: true });
    expect(await saveScenario(db, FAST)).toEqual({
      ok: false,
      error: { code: 'scenario.defaultTwice', params: { count: 2 } },
    });
    expect((await saveScenario(db, { ...FAST, isDefault: true })).ok).toBe(true);
    expect(await defaults()).toEqual(['fast']);
  });
});
