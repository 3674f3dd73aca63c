import type { DueAction } from '../../domain/dunning';

export interface ClientActions {
  clientId: string;
  actions: DueAction[];
}

/** Actions by client, the clients in the engine's order (the most overdue first). */
export function groupByClient(actions: readonly DueAction[]): ClientActions[] {
  const groups = new Map<string, ClientActions>();
  for (const a of actions) {
    let g = groups.get(a.clientId);
    if (!g) {
      g = { clientId: a.clientId, actions: [] };
      groups.set(a.clientId, g);
    }
    g.actions.push(a);
  }
  return [...groups.values()];
}

export function isLetterAction(a: DueAction): boolean {
  return a.step.channel === 'letter' || a.step.channel === 'registered-letter';
}

/** The print route's batch name for all of today's letters (any other value is one action's key). */
export const TODAY_BATCH = 'today';
