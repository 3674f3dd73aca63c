/**
 * The shapes the dunning engine reads and returns. Kept apart so the engine's files
 * (evaluate, status, alerts) and the public entry point `../dunning.ts` share them
 * without importing each other in a circle.
 */
import type {
  Cents,
  Client,
  Dispute,
  Invoice,
  IsoDate,
  JournalEntry,
  Payment,
  PaymentPlan,
  PromiseToPay,
  Scenario,
  ScenarioStep,
  StepKind,
} from '../model';
import type { DunningPositions } from './positions';

export interface DunningInput {
  today: IsoDate;
  clients: Client[];
  invoices: Invoice[];
  payments: Payment[];
  scenarios: Scenario[];
  journal: JournalEntry[];
  /**
   * The step history folded small (positions.ts), read by the database instead of the
   * journal lines of open invoices. Optional: the journal alone says the same.
   */
  positions?: DunningPositions;
  promises: PromiseToPay[];
  disputes: Dispute[];
  plans: PaymentPlan[];
  /** balances below are ignored (CompanySettings.tolerance, 500 = 5 €) */
  tolerance: Cents;
  /** days between two actions done for the same client (CompanySettings.minDaysBetweenActions, 7) */
  minDaysBetweenActions: number;
}

export const DEFAULT_TOLERANCE: Cents = 500;
export const DEFAULT_MIN_DAYS_BETWEEN_ACTIONS = 7;

export interface DueInvoice {
  invoiceId: string;
  number: string;
  dueDate: IsoDate;
  balance: Cents;
  /** negative before the due date (a pre-reminder) */
  daysLate: number;
}

/** One thing to do today: one step for one client, covering all its invoices at that step. */
export interface DueAction {
  /** `${clientId}:${step.id}`: stable from one day to the next */
  key: string;
  clientId: string;
  scenarioId: string;
  step: ScenarioStep;
  /** oldest due date first */
  invoices: DueInvoice[];
  amount: Cents;
  maxDaysLate: number;
  /** the earliest date one of these invoices reached this step */
  dueSince: IsoDate;
}

/**
 * Why an invoice is not chased: an open dispute, a pending promise, a kept plan — or a
 * collective procedure of its debtor, where reminders and suits give way to the
 * declaration of the claim to the mandataire judiciaire (Code de commerce L622-21, L622-24).
 */
export type PauseReason = 'insolvency' | 'dispute' | 'promise' | 'plan';

/** The columns of the board view; a call or a task sits in the column of the letter it stands for. */
export type BoardColumn =
  'none' | 'pre-reminder' | 'reminder' | 'last-reminder' | 'formal-notice' | 'court-file';

export const BOARD_COLUMNS: readonly BoardColumn[] = [
  'none',
  'pre-reminder',
  'reminder',
  'last-reminder',
  'formal-notice',
  'court-file',
];

export interface ClientDunningStatus {
  clientId: string;
  scenarioId: string;
  /** kind of the furthest step done on one of the client's open invoices */
  stage: StepKind | 'none';
  column: BoardColumn;
  /** the next step to do for an invoice that is not paused (today or later), and from when */
  nextStep: ScenarioStep | null;
  nextDate: IsoDate | null;
  /** set when every open invoice is paused: the strongest reason (insolvency, dispute, promise, plan) */
  pausedReason: PauseReason | null;
  /** open invoices paused by a collective procedure, a dispute, a promise or a plan (some may be active) */
  pausedInvoiceCount: number;
  /** open balances at or above the tolerance, paused invoices included */
  amountDue: Cents;
  /** part of amountDue past its due date */
  overdueAmount: Cents;
  /** days late of the oldest open invoice; negative when none is due yet */
  oldestDaysLate: number;
  openInvoiceCount: number;
  /** date of the last step done for this client (any invoice) */
  lastActionDate: IsoDate | null;
}
