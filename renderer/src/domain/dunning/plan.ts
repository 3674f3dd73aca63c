/**
 * A scenario prepared for the engine: steps sorted by offset, and a way to place a
 * journal line on those steps even when it names a step of another scenario (the user
 * moved the client to another scenario after a few reminders).
 */
import type { JournalEntry, Scenario, ScenarioStep, StepKind } from '../model';
import { DEFAULT_SCENARIOS, sortSteps } from '../scenarios';

export interface ScenarioPlan {
  scenario: Scenario;
  steps: ScenarioStep[];
  indexById: Map<string, number>;
  indicesByKind: Map<StepKind, number[]>;
}

export function planScenario(scenario: Scenario): ScenarioPlan {
  const steps = sortSteps(scenario.steps);
  const indexById = new Map<string, number>();
  const indicesByKind = new Map<StepKind, number[]>();
  steps.forEach((s, i) => {
    if (!indexById.has(s.id)) indexById.set(s.id, i);
    const list = indicesByKind.get(s.kind);
    if (list) list.push(i);
    else indicesByKind.set(s.kind, [i]);
  });
  return { scenario, steps, indexById, indicesByKind };
}

interface StepIdentity {
  kind: StepKind;
  /** 0 for the first step of its kind in its scenario, 1 for the second… */
  ordinal: number;
}

/**
 * Maps journal lines to step positions. A step id of the client's scenario maps
 * directly. A step id from another scenario maps to the step of the same kind and rank
 * (the 2nd reminder of 'standard' is the 2nd reminder of 'consumer'; the last one of
 * its kind when the scenario has fewer). Unknown ids fall back to the entry's stepKind
 * (first step of that kind). A line that matches nothing is not a position.
 */
export class StepLocator {
  private readonly identities = new Map<string, StepIdentity>();

  constructor(scenarios: readonly Scenario[]) {
    for (const scenario of [...DEFAULT_SCENARIOS, ...scenarios]) {
      const seen = new Map<StepKind, number>();
      for (const step of sortSteps(scenario.steps)) {
        const ordinal = seen.get(step.kind) ?? 0;
        seen.set(step.kind, ordinal + 1);
        this.identities.set(step.id, { kind: step.kind, ordinal });
      }
    }
  }

  indexIn(plan: ScenarioPlan, entry: Pick<JournalEntry, 'stepId' | 'stepKind'>): number {
    if (entry.stepId !== undefined) {
      const direct = plan.indexById.get(entry.stepId);
      if (direct !== undefined) return direct;
    }
    const identity =
      (entry.stepId !== undefined ? this.identities.get(entry.stepId) : undefined) ??
      (entry.stepKind !== undefined ? { kind: entry.stepKind, ordinal: 0 } : undefined);
    if (identity === undefined) return -1;
    const list = plan.indicesByKind.get(identity.kind);
    if (list === undefined || list.length === 0) return -1;
    return list[Math.min(identity.ordinal, list.length - 1)]!;
  }
}
