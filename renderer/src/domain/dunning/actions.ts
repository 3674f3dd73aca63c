/**
 * The actions due today, grouped per client and step: one letter lists every invoice of
 * that client at that step, instead of one letter per invoice.
 */
import type { DunningEvaluation } from './evaluate';
import type { DueAction } from './types';

export function dueActionsFrom(evaluation: DunningEvaluation): DueAction[] {
  const groups = new Map<string, DueAction>();
  for (const e of evaluation.invoices) {
    const next = e.next;
    if (e.pausedBy !== null || next === null || next.waitingFor !== null) continue;
    const clientId = e.invoice.clientId;
    const key = `${clientId}:${next.step.id}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        key,
        clientId,
        scenarioId: e.plan.scenario.id,
        step: next.step,
        invoices: [],
        amount: 0,
        maxDaysLate: e.daysLate,
        dueSince: next.dueOn,
      };
      groups.set(key, group);
    }
    group.invoices.push({
      invoiceId: e.invoice.id,
      number: e.invoice.number,
      dueDate: e.invoice.dueDate,
      balance: e.balance,
      daysLate: e.daysLate,
    });
    group.amount += e.balance;
    if (e.daysLate > group.maxDaysLate) group.maxDaysLate = e.daysLate;
    if (next.dueOn < group.dueSince) group.dueSince = next.dueOn;
  }
  const actions = [...groups.values()];
  for (const a of actions) {
    a.invoices.sort((x, y) => cmp(x.dueDate, y.dueDate) || cmp(x.number, y.number));
  }
  // The latest first: that is where the money is most at risk. The key breaks ties so
  // the list does not reshuffle from one tick to the next.
  return actions.sort((a, b) => b.maxDaysLate - a.maxDaysLate || cmp(a.key, b.key));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
