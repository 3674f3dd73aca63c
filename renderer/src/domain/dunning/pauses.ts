/**
 * What pauses the escalation of an invoice: an open dispute, a promise to pay that is
 * not broken, a payment plan that is being kept. A broken promise or a missed
 * instalment resumes it (and raises an alert, see alerts.ts).
 *
 * "Received" means money actually paid (payments, not credit notes) allocated to the
 * invoices the promise or plan covers, dated from the day it was made up to today.
 */
import type { Cents, Client, Dispute, IsoDate, Payment, PaymentPlan, PromiseToPay } from '../model';
import type { PauseReason } from './types';

interface Received {
  date: IsoDate;
  amount: Cents;
}

/** Payments received per invoice, only for the invoices named by a promise or a plan. */
export class ReceivedIndex {
  private readonly byInvoice = new Map<string, Received[]>();

  constructor(payments: readonly Payment[], invoiceIds: ReadonlySet<string>, today: IsoDate) {
    if (invoiceIds.size === 0) return;
    for (const p of payments) {
      if (p.kind !== 'payment' || p.date > today) continue;
      for (const a of p.allocations) {
        if (!invoiceIds.has(a.invoiceId)) continue;
        const list = this.byInvoice.get(a.invoiceId);
        if (list) list.push({ date: p.date, amount: a.amount });
        else this.byInvoice.set(a.invoiceId, [{ date: p.date, amount: a.amount }]);
      }
    }
  }

  /** Sum received on these invoices dated from `since` (inclusive); today is the index's horizon. */
  since(invoiceIds: readonly string[], since: IsoDate): Cents {
    let total = 0;
    for (const id of new Set(invoiceIds)) {
      for (const r of this.byInvoice.get(id) ?? []) if (r.date >= since) total += r.amount;
    }
    return total;
  }
}

export type PromiseState = 'not-made-yet' | 'cancelled' | 'pending' | 'kept' | 'broken';

export interface PromiseStatus {
  promise: PromiseToPay;
  state: PromiseState;
  received: Cents;
}

/**
 * pending: the promised date has not passed (today ≤ promisedDate) — paid early or not,
 *   the client keeps its word until that date, so no one chases it. Pauses.
 * kept: the promised amount was received and the date has passed: the promise is over;
 *   whatever remains on the invoices is chased again (a promise of 500 € on a 2,000 €
 *   invoice does not silence the other 1,500 € for ever). Does not pause.
 * broken: the date passed without the promised amount received since it was made. Resumes.
 */
export function promiseStatus(promise: PromiseToPay, received: ReceivedIndex, today: IsoDate): PromiseStatus {
  if (promise.madeOn > today) return { promise, state: 'not-made-yet', received: 0 };
  if (promise.cancelledOn !== undefined && promise.cancelledOn <= today) {
    return { promise, state: 'cancelled', received: 0 };
  }
  const got = received.since(promise.invoiceIds, promise.madeOn);
  if (today <= promise.promisedDate) return { promise, state: 'pending', received: got };
  return { promise, state: got >= promise.amount ? 'kept' : 'broken', received: got };
}

export type PlanState = 'not-made-yet' | 'cancelled' | 'kept' | 'completed' | 'missed';

export interface PlanStatus {
  plan: PaymentPlan;
  state: PlanState;
  /** instalments whose due date is before today */
  dueSoFar: Cents;
  paid: Cents;
  /** due date of the first instalment not covered by what was paid, when one is overdue */
  missedDueDate: IsoDate | null;
}

/**
 * kept: everything due before today was paid (paid since creation ≥ sum of overdue
 *   instalments); an instalment falling due today is not late yet. Pauses.
 * missed: an instalment is overdue and unpaid. Resumes.
 * completed: the last instalment date has passed and all was paid: the plan is over and
 *   any remainder is chased normally. Does not pause.
 */
export function planStatus(plan: PaymentPlan, received: ReceivedIndex, today: IsoDate): PlanStatus {
  const base = { plan, dueSoFar: 0, paid: 0, missedDueDate: null };
  if (plan.createdOn > today) return { ...base, state: 'not-made-yet' };
  if (plan.cancelledOn !== undefined && plan.cancelledOn <= today) return { ...base, state: 'cancelled' };
  const paid = received.since(plan.invoiceIds, plan.createdOn);
  const instalments = [...plan.instalments].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
  let dueSoFar = 0;
  let cumulative = 0;
  let missedDueDate: IsoDate | null = null;
  for (const i of instalments) {
    if (i.dueDate >= today) break;
    dueSoFar += i.amount;
    cumulative += i.amount;
    if (missedDueDate === null && cumulative > paid) missedDueDate = i.dueDate;
  }
  if (paid < dueSoFar) return { plan, state: 'missed', dueSoFar, paid, missedDueDate };
  const last = instalments[instalments.length - 1];
  const state: PlanState = last === undefined || last.dueDate < today ? 'completed' : 'kept';
  return { plan, state, dueSoFar, paid, missedDueDate: null };
}

export function isDisputeOpen(dispute: Dispute, today: IsoDate): boolean {
  return dispute.openedOn <= today && (dispute.resolvedOn === undefined || dispute.resolvedOn > today);
}

const STRENGTH: Record<PauseReason, number> = { insolvency: 4, dispute: 3, promise: 2, plan: 1 };

export function strongerPause(a: PauseReason | null, b: PauseReason | null): PauseReason | null {
  if (a === null) return b;
  if (b === null) return a;
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}

/** The reason each paused invoice is paused, for the invoices named by disputes, promises and plans. */
export function pausedInvoices(
  disputes: readonly Dispute[],
  promises: readonly PromiseToPay[],
  plans: readonly PaymentPlan[],
  received: ReceivedIndex,
  today: IsoDate,
): Map<string, PauseReason> {
  const paused = new Map<string, PauseReason>();
  const mark = (ids: readonly string[], reason: PauseReason): void => {
    for (const id of ids) paused.set(id, strongerPause(paused.get(id) ?? null, reason) ?? reason);
  };
  for (const d of disputes) if (isDisputeOpen(d, today)) mark(d.invoiceIds, 'dispute');
  for (const p of promises)
    if (promiseStatus(p, received, today).state === 'pending') mark(p.invoiceIds, 'promise');
  for (const p of plans) if (planStatus(p, received, today).state === 'kept') mark(p.invoiceIds, 'plan');
  return paused;
}

/**
 * A collective procedure is open against the client on `today`: a judgment dated later is
 * not in force yet; a procedure recorded without its date counts from now.
 */
export function isInCollectiveProcedure(client: Client, today: IsoDate): boolean {
  return client.insolvency !== undefined && (client.insolvencyOpenedOn ?? today) <= today;
}

/** Invoice ids a promise or a plan names: the only ones whose payments need indexing. */
export function invoicesUnderCommitment(
  promises: readonly PromiseToPay[],
  plans: readonly PaymentPlan[],
): Set<string> {
  const ids = new Set<string>();
  for (const p of promises) for (const id of p.invoiceIds) ids.add(id);
  for (const p of plans) for (const id of p.invoiceIds) ids.add(id);
  return ids;
}
