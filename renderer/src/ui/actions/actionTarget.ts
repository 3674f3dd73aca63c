/**
 * What an action flow works on: one client, some of its invoices, one step of its
 * scenario. The Today screen builds it from a `DueAction`; the client file builds it from
 * the invoices the user ticked, so both screens share the same flows.
 */
import type { DueAction } from '../../domain/dunning';
import type { ScenarioStep } from '../../domain/model';

export interface ActionTarget {
  clientId: string;
  invoiceIds: string[];
  scenarioId: string;
  step: ScenarioStep;
}

export function targetOf(action: DueAction): ActionTarget {
  return {
    clientId: action.clientId,
    invoiceIds: action.invoices.map((i) => i.invoiceId),
    scenarioId: action.scenarioId,
    step: action.step,
  };
}
