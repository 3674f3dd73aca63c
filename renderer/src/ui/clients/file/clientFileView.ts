/**
 * What the client file shows, computed from the client's records with the domain's
 * functions: each invoice with what is paid and still owed, how late it is and what
 * pauses it (dispute, promise, plan), the account's figures, the penalties to date and
 * the limitation date of the oldest open invoice. No React here, so it reads in one go.
 */
import { invoiceBalances } from '../../../domain/balances';
import { daysBetween } from '../../../domain/dates';
import { formalNoticeDates, lastFormalNoticeDate } from '../../../domain/formalNotice';
import {
  isDisputeOpen,
  planStatus,
  promiseStatus,
  ReceivedIndex,
  type PlanState,
  type PromiseState,
} from '../../../domain/dunning/pauses';
import { limitationDate, limitationWarning } from '../../../domain/limitation';
import type {
  Cents,
  Client,
  CompanySettings,
  Dispute,
  HalfYearRates,
  Invoice,
  IsoDate,
  JournalEntry,
  Payment,
  PaymentPlan,
  PromiseToPay,
} from '../../../domain/model';
import { clientPenalties, type ClientPenalties } from '../../../domain/penalties';
import type { FollowUps } from '../../../db/followUps';

export interface InvoiceRow {
  invoice: Invoice;
  paid: Cents;
  balance: Cents;
  open: boolean;
  /** days past the due date while something is owed; null when not due or settled */
  daysLate: number | null;
  dispute: Dispute | null;
  promise: { promise: PromiseToPay; state: PromiseState } | null;
  plan: { plan: PaymentPlan; state: PlanState } | null;
}

export interface LimitationInfo {
  invoice: Invoice;
  date: IsoDate;
  /** within 90 days (or past: negative) */
  warning: { daysLeft: number } | null;
}

export interface ClientFileView {
  rows: InvoiceRow[];
  openRows: InvoiceRow[];
  paidRows: InvoiceRow[];
  balanceDue: Cents;
  overdue: Cents;
  oldestDaysLate: number | null;
  penalties: ClientPenalties;
  limitation: LimitationInfo | null;
  formalNoticeDate: IsoDate | undefined;
  promiseStates: Map<string, PromiseState>;
  planStates: Map<string, PlanState>;
}

export interface ClientFileInput {
  client: Client;
  invoices: Invoice[];
  payments: Payment[];
  journal: JournalEntry[];
  followUps: FollowUps;
  rates: HalfYearRates[];
  company: Pick<CompanySettings, 'contractualRate' | 'fixedIndemnity'>;
  today: IsoDate;
}

/** The penalties to date of some of the client's invoices (all of them on screen, a selection in the dossier). */
export function penaltiesOf(input: ClientFileInput, invoices: Invoice[]): ClientPenalties {
  // Each invoice from its own first notice, as the letters and the dossier count it.
  return clientPenalties({
    client: input.client,
    invoices,
    payments: input.payments,
    asOf: input.today,
    rates: input.rates,
    contractualRate: input.company.contractualRate,
    fixedIndemnity: input.company.fixedIndemnity,
    formalNoticeDates: formalNoticeDates(input.journal),
  });
}

const PROMISE_SHOWN: readonly PromiseState[] = ['pending', 'broken'];
const PLAN_SHOWN: readonly PlanState[] = ['kept', 'missed'];

export function clientFileView(input: ClientFileInput): ClientFileView {
  const { client, invoices, payments, followUps, today } = input;
  const balances = invoiceBalances(invoices, payments, today);
  const committed = new Set([...followUps.promises, ...followUps.plans].flatMap((x) => x.invoiceIds));
  const received = new ReceivedIndex(payments, committed, today);
  const promiseStates = new Map(
    followUps.promises.map((p) => [p.id, promiseStatus(p, received, today).state]),
  );
  const planStates = new Map(followUps.plans.map((p) => [p.id, planStatus(p, received, today).state]));

  const rows: InvoiceRow[] = invoices.map((invoice) => {
    const balance = balances.get(invoice.id) ?? invoice.amountInclVat;
    const open = balance > 0 && invoice.writtenOffOn === undefined;
    const late = open && invoice.dueDate < today ? daysBetween(invoice.dueDate, today) : null;
    const names = (x: { invoiceIds: string[] }) => x.invoiceIds.includes(invoice.id);
    const dispute = followUps.disputes.find((d) => names(d) && isDisputeOpen(d, today)) ?? null;
    // The latest promise or plan that still says something (pending or broken, kept or missed).
    const promise = [...followUps.promises]
      .reverse()
      .find((p) => names(p) && PROMISE_SHOWN.includes(promiseStates.get(p.id)!));
    const plan = [...followUps.plans]
      .reverse()
      .find((p) => names(p) && PLAN_SHOWN.includes(planStates.get(p.id)!));
    return {
      invoice,
      paid: invoice.amountInclVat - balance,
      balance,
      open,
      daysLate: late,
      dispute,
      promise: open && promise ? { promise, state: promiseStates.get(promise.id)! } : null,
      plan: open && plan ? { plan, state: planStates.get(plan.id)! } : null,
    };
  });
  const byDue = (a: InvoiceRow, b: InvoiceRow) =>
    a.invoice.dueDate < b.invoice.dueDate
      ? -1
      : a.invoice.dueDate > b.invoice.dueDate
        ? 1
        : a.invoice.number.localeCompare(b.invoice.number);
  const openRows = rows.filter((r) => r.open).sort(byDue);
  const paidRows = rows.filter((r) => !r.open).sort((a, b) => -byDue(a, b));
  const oldest = openRows[0];
  const lateDays = openRows.map((r) => r.daysLate ?? 0);

  return {
    rows,
    openRows,
    paidRows,
    balanceDue: openRows.reduce((s, r) => s + r.balance, 0),
    overdue: openRows.filter((r) => r.daysLate !== null).reduce((s, r) => s + r.balance, 0),
    oldestDaysLate: lateDays.some((d) => d > 0) ? Math.max(...lateDays) : null,
    penalties: penaltiesOf(input, invoices),
    limitation: oldest
      ? {
          invoice: oldest.invoice,
          date: limitationDate(oldest.invoice, client),
          warning: limitationWarning(oldest.invoice, client, today, 90),
        }
      : null,
    formalNoticeDate: lastFormalNoticeDate(input.journal),
    promiseStates,
    planStates,
  };
}
