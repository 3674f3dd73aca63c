/**
 * Where each open invoice stands in its scenario on `today`, and what comes next.
 * Both `dueActions` and `clientDunningStatus` are views of this one evaluation.
 *
 * The rules, in the order they apply:
 * 1. An invoice takes part when it exists (issued ≤ today), is not written off, and its
 *    balance is positive and at least the tolerance (smaller balances are not worth a letter).
 * 2. Its position is the furthest step recorded 'done' or 'skipped' for it in the journal
 *    (lines of type 'step' dated ≤ today). The furthest, not the latest: recording a formal
 *    notice by hand jumps the invoice ahead, and a later manual reminder does not pull it back.
 * 3. Only the step right after the position is ever proposed — after the app was closed
 *    for a month, or for an invoice imported long overdue, the user gets the next step,
 *    never a burst of all the steps whose date passed. For an untouched invoice that is
 *    the first step: the mild reminder, not the formal notice, because a formal notice
 *    must follow reminders the debtor actually received.
 *    Exception: a step placed before the due date (a pre-reminder: "your invoice falls due
 *    on…") is skipped once the due date has passed, or when it could only be done after
 *    it (postponed or held by the spacing rule); the next step is proposed instead.
 * 4. That step is due when today ≥ due date + offset, and today ≥ the date it was
 *    postponed to ('postponed' journal lines for that step and invoice; the latest line wins),
 *    and at least minDaysBetweenActions days have passed since the last step done for
 *    the same client (any invoice): the client does not get two letters in a week.
 * 5. An invoice under an open dispute, a pending promise or a kept payment plan is paused
 *    (see pauses.ts): it still has a next step, but it is not proposed. Every invoice of a
 *    client in a collective procedure (sauvegarde, redressement, liquidation) is paused
 *    from the opening judgment: individual suits are stayed (Code de commerce L622-21) and
 *    the claim is declared to the mandataire instead (see the alert in alerts.ts).
 */
import { allocatedByInvoiceId } from '../balanceIndex';
import { fromDayNumber, toDayNumber } from '../dates';
import type { Cents, Invoice, IsoDate, JournalEntry, ScenarioStep } from '../model';
import { scenarioResolver } from '../scenarios';
import { invoicesUnderCommitment, isInCollectiveProcedure, pausedInvoices, ReceivedIndex } from './pauses';
import { planScenario, StepLocator, type ScenarioPlan } from './plan';
import { lastDateOnOrBefore } from './positions';
import type { DunningInput, PauseReason } from './types';

export type Waiting = 'date' | 'postponed' | 'spacing';

export interface NextStep {
  step: ScenarioStep;
  index: number;
  /** due date + offset */
  dueOn: IsoDate;
  /** the first day it may be proposed: dueOn, a postponement or the client's spacing, whichever is latest */
  actionableOn: IsoDate;
  /** what holds it when actionableOn is after today; null when it can be done today */
  waitingFor: Waiting | null;
}

export interface InvoiceEvaluation {
  invoice: Invoice;
  plan: ScenarioPlan;
  balance: Cents;
  daysLate: number;
  pausedBy: PauseReason | null;
  /** furthest step done or skipped; −1 when none */
  position: number;
  /** furthest step done; −1 when none */
  doneIndex: number;
  /** null when the scenario is finished */
  next: NextStep | null;
}

export interface DunningEvaluation {
  today: IsoDate;
  invoices: InvoiceEvaluation[];
  /** date of the last step done per client, any invoice */
  lastDoneByClient: Map<string, IsoDate>;
  planByClient: Map<string, ScenarioPlan>;
}

/** What placing a line on the steps reads, from a journal line or a folded history. */
type StepLine = Pick<JournalEntry, 'stepId' | 'stepKind' | 'outcome' | 'date' | 'postponedTo'> & {
  at?: string;
};

interface Tracked {
  invoice: Invoice;
  plan: ScenarioPlan;
  balance: Cents;
  position: number;
  doneIndex: number;
  /** stepId → latest postponement (compared by journal date then timestamp) */
  postponed?: Map<string, { to: IsoDate; stamp: string }>;
}

/** Day numbers of ISO dates, remembered: thousands of invoices share a few hundred due dates. */
export function dayNumberCache(): (d: IsoDate) => number {
  const cache = new Map<IsoDate, number>();
  return (d) => {
    let n = cache.get(d);
    if (n === undefined) {
      n = toDayNumber(d);
      cache.set(d, n);
    }
    return n;
  };
}

/** ISO dates of day numbers, remembered: the next steps fall on a few hundred days. */
function isoDateCache(): (n: number) => IsoDate {
  const cache = new Map<number, IsoDate>();
  return (n) => {
    let d = cache.get(n);
    if (d === undefined) {
      d = fromDayNumber(n);
      cache.set(n, d);
    }
    return d;
  };
}

export function evaluateDunning(input: DunningInput): DunningEvaluation {
  const { today } = input;
  const dayOf = dayNumberCache();
  const dateOf = isoDateCache();
  const todayDay = dayOf(today);
  const tolerance = Math.max(0, input.tolerance);
  const minGap = Math.max(0, input.minDaysBetweenActions);

  // Scenario of each client, prepared once per scenario.
  const resolve = scenarioResolver(input.scenarios);
  const plans = new Map<string, ScenarioPlan>();
  const planByClient = new Map<string, ScenarioPlan>();
  const insolvent = new Set<string>();
  for (const client of input.clients) {
    if (isInCollectiveProcedure(client, today)) insolvent.add(client.id);
    const scenario = resolve(client);
    let plan = plans.get(scenario.id);
    if (plan === undefined || plan.scenario !== scenario) {
      plan = planScenario(scenario);
      plans.set(scenario.id, plan);
    }
    planByClient.set(client.id, plan);
  }

  // 1. Open invoices worth chasing. The allocations are summed once per invoice paid
  // (a Map of the paid ones, not of every invoice), then each invoice is looked at once.
  const allocated = allocatedByInvoiceId(input.payments, today);
  const tracked = new Map<string, Tracked>();
  for (const invoice of input.invoices) {
    if (invoice.issueDate > today) continue;
    if (invoice.writtenOffOn !== undefined && invoice.writtenOffOn <= today) continue;
    const balance = invoice.amountInclVat - (allocated.get(invoice.id) ?? 0);
    if (balance <= 0 || balance < tolerance) continue;
    const plan = planByClient.get(invoice.clientId);
    if (plan === undefined) continue; // an invoice of an unknown client: nobody to write to
    tracked.set(invoice.id, { invoice, plan, balance, position: -1, doneIndex: -1 });
  }

  // 2 & 4. One pass over the journal: positions, postponements, last action per client.
  const locator = new StepLocator(input.scenarios);
  const lastDoneByClient = new Map<string, IsoDate>();
  const place = (t: Tracked, e: StepLine): void => {
    if (e.outcome === 'postponed') {
      if (e.stepId === undefined || e.postponedTo === undefined) return;
      const stamp = `${e.date}|${e.at}`;
      t.postponed ??= new Map();
      const previous = t.postponed.get(e.stepId);
      if (previous === undefined || stamp >= previous.stamp)
        t.postponed.set(e.stepId, { to: e.postponedTo, stamp });
      return;
    }
    const index = locator.indexIn(t.plan, e);
    if (index < 0) return;
    if (index > t.position) t.position = index;
    if (e.outcome === 'done' && index > t.doneIndex) t.doneIndex = index;
  };
  // 300,000 lines: a line often follows one of the same client or invoice, so the last
  // lookups are remembered (by string identity or content) before asking the Maps.
  let lastClient: string | undefined;
  let lastClientDone: IsoDate | undefined;
  let lastInvoice: string | undefined;
  let lastTracked: Tracked | undefined;
  for (const e of input.journal) {
    if (e.type !== 'step' || e.outcome === undefined || e.date > today) continue;
    if (e.outcome === 'done') {
      if (e.clientId !== lastClient) {
        lastClient = e.clientId;
        lastClientDone = lastDoneByClient.get(e.clientId);
      }
      if (lastClientDone === undefined || e.date > lastClientDone) {
        lastClientDone = e.date;
        lastDoneByClient.set(e.clientId, e.date);
      }
    }
    const ids = e.invoiceIds;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (id !== lastInvoice) {
        lastInvoice = id;
        lastTracked = tracked.get(id);
      }
      if (lastTracked !== undefined) place(lastTracked, e);
    }
  }
  // The same facts, folded small by the database (positions.ts): folding both is harmless.
  if (input.positions !== undefined) {
    for (const c of input.positions.clients) {
      const date = lastDateOnOrBefore(c.doneDates, today);
      if (date === undefined) continue;
      const last = lastDoneByClient.get(c.clientId);
      if (last === undefined || date > last) lastDoneByClient.set(c.clientId, date);
    }
    for (const h of input.positions.invoices) {
      const t = tracked.get(h.invoiceId);
      if (t === undefined) continue;
      for (const m of h.marks) if (m.date <= today) place(t, m);
      for (const p of h.postponements) {
        if (p.date <= today)
          place(t, { outcome: 'postponed', stepId: p.stepId, date: p.date, at: p.at, postponedTo: p.to });
      }
    }
  }

  // 5. Pauses.
  const received = new ReceivedIndex(
    input.payments,
    invoicesUnderCommitment(input.promises, input.plans),
    today,
  );
  const paused = pausedInvoices(input.disputes, input.promises, input.plans, received, today);

  // 3. The next step of each invoice.
  const out: InvoiceEvaluation[] = [];
  for (const t of tracked.values()) {
    const dueDay = dayOf(t.invoice.dueDate);
    const lastDone = lastDoneByClient.get(t.invoice.clientId);
    const spacingDay = lastDone === undefined || minGap === 0 ? null : dayOf(lastDone) + minGap;
    out.push({
      invoice: t.invoice,
      plan: t.plan,
      balance: t.balance,
      daysLate: todayDay - dueDay,
      pausedBy: insolvent.has(t.invoice.clientId) ? 'insolvency' : (paused.get(t.invoice.id) ?? null),
      position: t.position,
      doneIndex: t.doneIndex,
      next: nextStep(t, dueDay, todayDay, spacingDay, dayOf, dateOf),
    });
  }
  return { today, invoices: out, lastDoneByClient, planByClient };
}

function nextStep(
  t: Tracked,
  dueDay: number,
  todayDay: number,
  spacingDay: number | null,
  dayOf: (d: IsoDate) => number,
  dateOf: (n: number) => IsoDate,
): NextStep | null {
  const steps = t.plan.steps;
  for (let index = t.position + 1; index < steps.length; index++) {
    const step = steps[index]!;
    const dueOnDay = dueDay + step.offsetDays;
    const postponedTo = t.postponed?.get(step.id)?.to;
    const postponedDay = postponedTo === undefined ? null : dayOf(postponedTo);

    let actionable = dueOnDay;
    let holder: Waiting = 'date';
    if (postponedDay !== null && postponedDay > actionable) {
      actionable = postponedDay;
      holder = 'postponed';
    }
    if (spacingDay !== null && spacingDay > actionable) {
      actionable = spacingDay;
      holder = 'spacing';
    }
    const beforeDueDate = step.offsetDays < 0 || step.kind === 'pre-reminder';
    // A pre-reminder announces the due date: once it is past (or the step could only be
    // done after it), it makes no sense and the scenario goes on with the next step.
    if (beforeDueDate && (todayDay > dueDay || actionable > dueDay)) continue;

    return {
      step,
      index,
      dueOn: dateOf(dueOnDay),
      actionableOn: dateOf(actionable),
      waitingFor: actionable > todayDay ? holder : null,
    };
  }
  return null;
}
