/**
 * Disputes, promises to pay and payment plans pause the escalation; a broken promise or
 * a missed instalment resumes it. Invoice i1: 1 200,00 €, due 2026-03-01, scenario
 * 'standard' → reminder-1 due from 2026-03-03 when nothing pauses it.
 */
import { describe, expect, it } from 'vitest';
import { dueActions, planStatus, promiseStatus } from '../../../renderer/src/domain/dunning';
import { ReceivedIndex } from '../../../renderer/src/domain/dunning/pauses';
import type { DunningInput } from '../../../renderer/src/domain/dunning';
import { client, dispute, dunningInput, invoice, payment, plan, promise } from './fixtures';

const base = { clients: [client('c1')], invoices: [invoice('i1', 'c1', '2026-03-01', 120_000)] };

function due(today: string, over: Partial<DunningInput> = {}) {
  return dueActions(dunningInput({ ...base, ...over, today }));
}

describe('disputes', () => {
  it('pause an invoice while open', () => {
    expect(due('2026-03-10', { disputes: [dispute('d1', 'c1', ['i1'], '2026-03-05')] })).toEqual([]);
    // resolved after today: still open today
    expect(
      due('2026-03-10', { disputes: [dispute('d1', 'c1', ['i1'], '2026-03-05', '2026-03-15')] }),
    ).toEqual([]);
  });

  it('no longer pause once resolved, nor before they are opened', () => {
    expect(
      due('2026-03-10', { disputes: [dispute('d1', 'c1', ['i1'], '2026-03-05', '2026-03-08')] }),
    ).toHaveLength(1);
    expect(due('2026-03-10', { disputes: [dispute('d1', 'c1', ['i1'], '2026-03-12')] })).toHaveLength(1);
  });

  it('pause only the invoices they name', () => {
    const invoices = [...base.invoices, invoice('i2', 'c1', '2026-03-01', 30_000)];
    const actions = due('2026-03-10', { invoices, disputes: [dispute('d1', 'c1', ['i1'], '2026-03-05')] });
    expect(actions.flatMap((a) => a.invoices.map((i) => i.invoiceId))).toEqual(['i2']);
    expect(actions[0]?.amount).toBe(30_000);
  });
});

describe('promises to pay', () => {
  // Made 03-04: 600,00 € by 03-15.
  const p1 = promise('pr1', 'c1', ['i1'], '2026-03-04', '2026-03-15', 60_000);

  it('pause until the promised date, inclusive', () => {
    expect(due('2026-03-10', { promises: [p1] })).toEqual([]);
    expect(due('2026-03-15', { promises: [p1] })).toEqual([]);
  });

  it('pause until the date even when already paid early', () => {
    const payments = [payment('p', 'c1', '2026-03-08', 60_000, [['i1', 60_000]])];
    expect(due('2026-03-10', { promises: [p1], payments })).toEqual([]);
  });

  it('are broken the day after the date without the money: escalation resumes', () => {
    expect(due('2026-03-16', { promises: [p1] }).map((a) => a.amount)).toEqual([120_000]);
    // 400,00 € of the 600,00 € promised: still broken; 1 200 − 400 = 800,00 € chased
    const payments = [payment('p', 'c1', '2026-03-14', 40_000, [['i1', 40_000]])];
    expect(due('2026-03-16', { promises: [p1], payments }).map((a) => a.amount)).toEqual([80_000]);
  });

  it('are kept when the promised amount came: the remainder is chased after the date', () => {
    const payments = [payment('p', 'c1', '2026-03-14', 60_000, [['i1', 60_000]])];
    // 1 200 − 600 = 600,00 € left, no longer covered by the promise
    expect(due('2026-03-16', { promises: [p1], payments }).map((a) => a.amount)).toEqual([60_000]);
  });

  it('count only payments since the promise was made, and not credit notes', () => {
    const before = [payment('p', 'c1', '2026-03-03', 60_000, [['i1', 60_000]])];
    const credit = [payment('a', 'c1', '2026-03-10', 60_000, [['i1', 60_000]], 'credit-note')];
    const received = (payments: ReturnType<typeof payment>[]) =>
      promiseStatus(p1, new ReceivedIndex(payments, new Set(['i1']), '2026-03-16'), '2026-03-16');
    expect(received(before)).toMatchObject({ state: 'broken', received: 0 });
    expect(received(credit)).toMatchObject({ state: 'broken', received: 0 });
    expect(received([payment('p', 'c1', '2026-03-04', 60_000, [['i1', 60_000]])])).toMatchObject({
      state: 'kept',
      received: 60_000,
    });
  });

  it('do not pause once cancelled, nor before being made', () => {
    expect(due('2026-03-10', { promises: [{ ...p1, cancelledOn: '2026-03-09' }] })).toHaveLength(1);
    expect(due('2026-03-03', { promises: [p1] })).toHaveLength(1);
  });
});

describe('payment plans', () => {
  // Created 03-05: three instalments of 400,00 € on 03-20, 04-20, 05-20.
  const plan1 = plan('pl1', 'c1', ['i1'], '2026-03-05', [
    ['2026-03-20', 40_000],
    ['2026-04-20', 40_000],
    ['2026-05-20', 40_000],
  ]);
  const paid = (date: string, amount: number, id = `p-${date}`) =>
    payment(id, 'c1', date, amount, [['i1', amount]]);

  it('pause while nothing is overdue, an instalment due today included', () => {
    expect(due('2026-03-10', { plans: [plan1] })).toEqual([]);
    expect(due('2026-03-20', { plans: [plan1] })).toEqual([]);
  });

  it('are missed the day after an unpaid instalment: escalation resumes', () => {
    expect(due('2026-03-21', { plans: [plan1] })).toHaveLength(1);
    const status = planStatus(plan1, new ReceivedIndex([], new Set(['i1']), '2026-03-21'), '2026-03-21');
    expect(status).toMatchObject({ state: 'missed', dueSoFar: 40_000, paid: 0, missedDueDate: '2026-03-20' });
  });

  it('are kept while payments since creation cover the instalments due', () => {
    expect(due('2026-03-21', { plans: [plan1], payments: [paid('2026-03-19', 40_000)] })).toEqual([]);
    // 04-25: 800,00 € due, 400,00 € paid → missed on the 04-20 instalment
    const payments = [paid('2026-03-19', 40_000)];
    expect(due('2026-04-25', { plans: [plan1], payments })).toHaveLength(1);
    const status = planStatus(
      plan1,
      new ReceivedIndex(payments, new Set(['i1']), '2026-04-25'),
      '2026-04-25',
    );
    expect(status).toMatchObject({
      state: 'missed',
      dueSoFar: 80_000,
      paid: 40_000,
      missedDueDate: '2026-04-20',
    });
  });

  it('ignore payments made before the plan', () => {
    expect(due('2026-03-21', { plans: [plan1], payments: [paid('2026-03-04', 40_000)] })).toHaveLength(1);
  });

  it('do not pause once cancelled', () => {
    expect(due('2026-03-10', { plans: [{ ...plan1, cancelledOn: '2026-03-08' }] })).toHaveLength(1);
  });

  it('once completed, let the rest of the invoice be chased', () => {
    // 1 500,00 € invoice, plan of 3 × 400,00 € all paid: 300,00 € left after 05-20.
    const invoices = [invoice('i1', 'c1', '2026-03-01', 150_000)];
    const payments = [paid('2026-03-20', 40_000), paid('2026-04-20', 40_000), paid('2026-05-20', 40_000)];
    expect(due('2026-05-20', { invoices, plans: [plan1], payments })).toEqual([]);
    expect(due('2026-05-21', { invoices, plans: [plan1], payments }).map((a) => a.amount)).toEqual([30_000]);
  });
});
