/**
 * clientDunningStatus: the board view. Scenario 'standard', invoices due 2026-03-01
 * unless said otherwise (reminder-1 03-03, reminder-2 03-16, last 03-23, notice 03-31).
 */
import { describe, expect, it } from 'vitest';
import { clientDunningStatus, boardColumn } from '../../../renderer/src/domain/dunning';
import type { DunningInput } from '../../../renderer/src/domain/dunning';
import { planScenario } from '../../../renderer/src/domain/dunning/plan';
import { DEFAULT_SCENARIOS } from '../../../renderer/src/domain/scenarios';
import { client, dispute, dunningInput, invoice, payment, promise, step } from './fixtures';

function status(today: string, over: Partial<DunningInput>) {
  return clientDunningStatus(dunningInput({ clients: [client('c1'), client('c2')], ...over, today }));
}

describe('clientDunningStatus', () => {
  it('lists only clients with an open balance at or above the tolerance', () => {
    const invoices = [invoice('i1', 'c1', '2026-03-01', 120_000), invoice('i2', 'c2', '2026-03-01', 400)];
    expect([...status('2026-03-10', { invoices }).keys()]).toEqual(['c1']);
  });

  it('gives stage none and the first step for an untouched client', () => {
    const invoices = [
      invoice('i1', 'c1', '2026-03-01', 120_000),
      invoice('i2', 'c1', '2026-04-10', 30_000, { issueDate: '2026-03-05' }),
    ];
    const s = status('2026-03-10', { invoices }).get('c1');
    expect(s).toEqual({
      clientId: 'c1',
      scenarioId: 'standard',
      stage: 'none',
      column: 'none',
      nextStep: expect.objectContaining({ id: 'standard-reminder-1' }),
      nextDate: '2026-03-03', // due since 03-03, still to do
      pausedReason: null,
      pausedInvoiceCount: 0,
      amountDue: 150_000,
      overdueAmount: 120_000,
      oldestDaysLate: 9,
      openInvoiceCount: 2,
      lastActionDate: null,
    });
  });

  it('takes the stage from the furthest step done on an open invoice, and the next step after the spacing', () => {
    const invoices = [invoice('i1', 'c1', '2026-03-01', 120_000), invoice('i2', 'c1', '2026-03-05', 30_000)];
    const journal = [
      step('j1', 'c1', ['i1'], '2026-03-03', 'standard-reminder-1'),
      step('j2', 'c1', ['i1'], '2026-03-16', 'standard-reminder-2'),
      // a skipped step is a position, not a stage
      step('j3', 'c1', ['i1'], '2026-03-23', 'standard-last-reminder', 'skipped'),
    ];
    const s = status('2026-03-24', { invoices, journal }).get('c1');
    // i1's next: formal notice on 03-31; i2's next: reminder-1 due 03-07 but the spacing
    // after 03-16 holds it to 03-23 → due (03-23 ≤ 03-24): the earliest is i2's reminder-1.
    expect(s).toMatchObject({
      stage: 'reminder',
      column: 'reminder',
      nextDate: '2026-03-23',
      lastActionDate: '2026-03-16',
      oldestDaysLate: 23,
    });
    expect(s?.nextStep?.id).toBe('standard-reminder-1');
  });

  it('reaches the formal-notice column', () => {
    const invoices = [invoice('i1', 'c1', '2026-03-01', 120_000)];
    const journal = [step('j1', 'c1', ['i1'], '2026-03-31', 'standard-formal-notice')];
    const s = status('2026-04-02', { invoices, journal }).get('c1');
    expect(s).toMatchObject({ stage: 'formal-notice', column: 'formal-notice', nextDate: '2026-04-15' });
    expect(s?.nextStep?.id).toBe('standard-court-file');
  });

  it('ignores steps done on invoices since paid', () => {
    const invoices = [invoice('i1', 'c1', '2026-01-01', 50_000), invoice('i2', 'c1', '2026-03-01', 120_000)];
    const payments = [payment('p1', 'c1', '2026-02-15', 50_000, [['i1', 50_000]])];
    const journal = [step('j1', 'c1', ['i1'], '2026-01-31', 'standard-formal-notice')];
    expect(status('2026-03-10', { invoices, payments, journal }).get('c1')).toMatchObject({ stage: 'none' });
  });

  it('gives a paused reason only when every open invoice is paused, the strongest one', () => {
    const invoices = [invoice('i1', 'c1', '2026-03-01', 120_000), invoice('i2', 'c1', '2026-03-01', 30_000)];
    const disputes = [dispute('d1', 'c1', ['i1'], '2026-03-05')];
    const promises = [promise('pr1', 'c1', ['i1', 'i2'], '2026-03-06', '2026-03-31', 150_000)];
    expect(status('2026-03-10', { invoices, disputes }).get('c1')).toMatchObject({
      pausedReason: null,
      pausedInvoiceCount: 1,
      nextStep: expect.objectContaining({ id: 'standard-reminder-1' }),
    });
    const both = status('2026-03-10', { invoices, disputes, promises }).get('c1');
    expect(both).toMatchObject({
      pausedReason: 'dispute',
      pausedInvoiceCount: 2,
      nextStep: null,
      nextDate: null,
    });
    expect(status('2026-03-10', { invoices, promises }).get('c1')?.pausedReason).toBe('promise');
  });
});

describe('boardColumn', () => {
  const strategic = planScenario(DEFAULT_SCENARIOS.find((s) => s.id === 'strategic')!);
  const column = (id: string) => boardColumn(strategic, strategic.indexById.get(id)!);

  it('puts calls and tasks in the column of the letters around them', () => {
    expect(column('strategic-pre-call')).toBe('pre-reminder');
    expect(column('strategic-call-1')).toBe('reminder'); // after the due date, after a pre-reminder
    expect(column('strategic-call-2')).toBe('reminder');
    expect(column('strategic-formal-notice')).toBe('formal-notice');
    expect(column('strategic-court-file')).toBe('court-file');
    expect(boardColumn(strategic, -1)).toBe('none');
  });
});
