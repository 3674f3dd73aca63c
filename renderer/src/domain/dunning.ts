/**
 * The dunning engine: from the invoices, payments, scenarios and the action journal,
 * what must be done today, where each client stands, and what deserves an alert.
 * Pure: `today` is a parameter; the scheduler in the main process decides when to ask.
 * The rules are written out at the top of dunning/evaluate.ts and dunning/pauses.ts.
 */
import { dueActionsFrom } from './dunning/actions';
import { evaluateDunning } from './dunning/evaluate';
import { clientStatusFrom } from './dunning/status';
import type { ClientDunningStatus, DueAction, DunningInput } from './dunning/types';

export type {
  BoardColumn,
  ClientDunningStatus,
  DueAction,
  DueInvoice,
  DunningInput,
  PauseReason,
} from './dunning/types';
export { BOARD_COLUMNS, DEFAULT_MIN_DAYS_BETWEEN_ACTIONS, DEFAULT_TOLERANCE } from './dunning/types';
export {
  evaluateDunning,
  type DunningEvaluation,
  type InvoiceEvaluation,
  type NextStep,
} from './dunning/evaluate';
export { boardColumn } from './dunning/status';
export {
  isInCollectiveProcedure,
  promiseStatus,
  planStatus,
  type PromiseStatus,
  type PlanStatus,
} from './dunning/pauses';
export {
  dailyAlerts,
  DECLARATION_MONTHS,
  type AlertsInput,
  type DunningAlert,
  type DunningAlertCode,
} from './dunning/alerts';

/** What must be done today, one entry per client and step, the latest first. */
export function dueActions(input: DunningInput): DueAction[] {
  return dueActionsFrom(evaluateDunning(input));
}

/** Per client with an open balance (≥ tolerance): stage, next step and date, pause. */
export function clientDunningStatus(input: DunningInput): Map<string, ClientDunningStatus> {
  return clientStatusFrom(evaluateDunning(input));
}

/** Both views from one evaluation, for the screen that shows the board and today's list together. */
export function dunningOverview(input: DunningInput): {
  actions: DueAction[];
  statuses: Map<string, ClientDunningStatus>;
} {
  const evaluation = evaluateDunning(input);
  return { actions: dueActionsFrom(evaluation), statuses: clientStatusFrom(evaluation) };
}
