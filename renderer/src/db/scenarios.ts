/** Dunning scenarios: the shipped ones are written when the database is created, then they are the user's. */
import type { Transaction } from 'dexie';
import type { Scenario } from '../domain/model';
import { err, ok, type Result } from '../domain/result';
import { DEFAULT_SCENARIOS, validateScenario, validateScenarioList } from '../domain/scenarios';
import type { RecouvreDb } from './database';
import { parseWith, scenarioSchema } from './validation';

/** Runs in Dexie's 'populate' event: only for a new database, never over the user's edits. */
export function seedDefaultScenarios(tx: Transaction): Promise<unknown> {
  return tx.table('scenarios').bulkAdd(structuredClone(DEFAULT_SCENARIOS));
}

export function listScenarios(db: RecouvreDb): Promise<Scenario[]> {
  return db.scenarios.toArray();
}

/** Creates or replaces a scenario; at most one stays the default. */
export async function saveScenario(db: RecouvreDb, input: unknown): Promise<Result<Scenario>> {
  const parsed = parseWith(scenarioSchema, input);
  if (!parsed.ok) return parsed;
  const scenario = parsed.value;
  const problem = validateScenario(scenario)[0];
  if (problem) return { ok: false, error: problem };
  return db.transaction('rw', db.scenarios, async () => {
    const others = (await db.scenarios.toArray()).filter((s) => s.id !== scenario.id);
    // A new default takes the place of the old one, so check the list as it will be.
    const after = scenario.isDefault ? others.map((s) => ({ ...s, isDefault: false })) : others;
    const listProblem = validateScenarioList([...after, scenario])[0];
    if (listProblem) return { ok: false, error: listProblem } as const;
    if (scenario.isDefault) {
      for (const s of others.filter((o) => o.isDefault))
        await db.scenarios.update(s.id, { isDefault: false });
    }
    await db.scenarios.put(scenario);
    return ok(scenario);
  });
}

/** A scenario still chosen by a client cannot go: the client would silently change plan. */
export async function deleteScenario(db: RecouvreDb, id: string): Promise<Result<void>> {
  return db.transaction('rw', db.scenarios, db.clients, async () => {
    const users = await db.clients.where('scenarioId').equals(id).count();
    if (users > 0) return err('scenario.inUse', { count: users });
    await db.scenarios.delete(id);
    return ok(undefined);
  });
}
