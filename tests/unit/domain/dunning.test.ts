/**
 * dueActions: one test per rule. Scenario 'standard' for invoices due 2026-03-01:
 *   pre-reminder D−5 = 2026-02-24, reminder-1 D+2 = 03-03, reminder-2 D+15 = 03-16,
 *   last-reminder D+22 = 03-23, formal notice D+30 = 03-31, court file D+45 = 04-15.
 */
import { describe, expect, it } from 'vitest';
import { dueActions } from '../../../renderer/src/domain/dunning';
import type { Scenario } from '../../../renderer/src/domain/model';
import { client, dunningInput, invoice, payment, step } from './fixtures';

const C1 = client('c1');
const C2 = client('c2');
const DUE = '2026-03-01';

function stepsOn(
  today: string,
  over: Parameters<typeof dunningInput>[0] extends infer T ? Partial<T> : never = {},
) {
  return dueActions(
    dunningInput({ clients: [C1, C2], invoices: [invoice('i1', 'c1', DUE, 120_000)], ...over, today }),
  );
}

describe('when a step is due', () => {
  it('proposes nothing before the first step date (D−6)', () => {
    expect(stepsOn('2026-02-23')).toEqual([]);
  });

  it('proposes the pre-reminder from D−5, with negative days late', () => {
    const [a, ...rest] = stepsOn('2026-02-24');
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      key: 'c1:standard-pre-reminder',
      clientId: 'c1',
      scenarioId: 'standard',
      amount: 120_000,
      maxDaysLate: -5,
      dueSince: '2026-02-24',
    });
    expect(a?.invoices).toEqual([
      { invoiceId: 'i1', number: 'F-i1', dueDate: DUE, balance: 120_000, daysLate: -5 },
    ]);
  });

  it('still proposes the pre-reminder on the due date itself', () => {
    expect(stepsOn('2026-03-01').map((a) => a.step.id)).toEqual(['standard-pre-reminder']);
  });

  it('drops a pre-reminder whose window passed: at D+1 nothing, at D+2 the first reminder', () => {
    expect(stepsOn('2026-03-02')).toEqual([]);
    expect(stepsOn('2026-03-03').map((a) => a.key)).toEqual(['c1:standard-reminder-1']);
  });

  it('proposes the first reminder, never a burst, for an invoice untouched for 61 days', () => {
    // 2026-05-01 is D+61: every step up to the court file (D+45) is past, yet only reminder-1 comes.
    const actions = stepsOn('2026-05-01');
    expect(actions.map((a) => a.key)).toEqual(['c1:standard-reminder-1']);
    expect(actions[0]?.maxDaysLate).toBe(61);
    expect(actions[0]?.dueSince).toBe('2026-03-03');
  });
});

describe('position from the journal', () => {
  it('after a gap proposes only the step after the last one done', () => {
    const journal = [step('j1', 'c1', ['i1'], '2026-03-03', 'standard-reminder-1')];
    expect(stepsOn('2026-05-01', { journal }).map((a) => a.step.id)).toEqual(['standard-reminder-2']);
  });

  it('counts a skipped step as passed', () => {
    const journal = [step('j1', 'c1', ['i1'], '2026-03-03', 'standard-reminder-1', 'skipped')];
    expect(stepsOn('2026-03-15', { journal })).toEqual([]);
    expect(stepsOn('2026-03-16', { journal }).map((a) => a.step.id)).toEqual(['standard-reminder-2']);
  });

  it('jumps ahead when a later step is recorded done', () => {
    // Formal notice sent by hand on 03-10 (only 9 days late): the next step is the court file at 04-15.
    const journal = [step('j1', 'c1', ['i1'], '2026-03-10', 'standard-formal-notice')];
    expect(stepsOn('2026-04-14', { journal })).toEqual([]);
    expect(stepsOn('2026-04-15', { journal }).map((a) => a.step.id)).toEqual(['standard-court-file']);
  });

  it('keeps the furthest step even when an earlier one is recorded afterwards', () => {
    const journal = [
      step('j1', 'c1', ['i1'], '2026-03-31', 'standard-formal-notice'),
      step('j2', 'c1', ['i1'], '2026-04-02', 'standard-reminder-1'),
    ];
    expect(stepsOn('2026-04-20', { journal }).map((a) => a.step.id)).toEqual(['standard-court-file']);
  });

  it('ignores journal lines dated after today and lines of other invoices', () => {
    const journal = [
      step('j1', 'c1', ['i1'], '2026-03-20', 'standard-reminder-1'),
      step('j2', 'c1', ['other'], '2026-03-03', 'standard-reminder-1'),
    ];
    expect(stepsOn('2026-03-10', { journal }).map((a) => a.step.id)).toEqual(['standard-reminder-1']);
  });

  it('once the last step is done, proposes nothing more', () => {
    const journal = [step('j1', 'c1', ['i1'], '2026-04-15', 'standard-court-file')];
    expect(stepsOn('2026-06-01', { journal })).toEqual([]);
  });

  it('places a step of another scenario by kind and rank when the client changed scenario', () => {
    // c1 moved to 'consumer' after standard's 2nd reminder: consumer's 2nd reminder counts as done,
    // the next is consumer-last-reminder at D+30 = 03-31.
    const moved = client('c1', { scenarioId: 'consumer' });
    const journal = [step('j1', 'c1', ['i1'], '2026-03-16', 'standard-reminder-2')];
    expect(stepsOn('2026-03-30', { clients: [moved], journal })).toEqual([]);
    expect(stepsOn('2026-03-31', { clients: [moved], journal }).map((a) => a.step.id)).toEqual([
      'consumer-last-reminder',
    ]);
  });
});

describe('postponements', () => {
  const postponed = (date: string, to: string, id = 'p1') =>
    step(id, 'c1', ['i1'], date, 'standard-reminder-1', 'postponed', { postponedTo: to });

  it('hides the step until the date it was postponed to', () => {
    const journal = [postponed('2026-03-03', '2026-03-10')];
    expect(stepsOn('2026-03-09', { journal })).toEqual([]);
    expect(stepsOn('2026-03-10', { journal }).map((a) => a.step.id)).toEqual(['standard-reminder-1']);
  });

  it('follows the latest postponement, even to an earlier date', () => {
    const journal = [
      postponed('2026-03-03', '2026-03-20', 'p1'),
      postponed('2026-03-04', '2026-03-08', 'p2'),
    ];
    expect(stepsOn('2026-03-08', { journal }).map((a) => a.step.id)).toEqual(['standard-reminder-1']);
  });

  it('does not hide the following step', () => {
    const journal = [
      postponed('2026-03-03', '2026-03-20'),
      step('j1', 'c1', ['i1'], '2026-03-05', 'standard-reminder-1'),
    ];
    // reminder-1 done on 03-05; reminder-2 due 03-16 and 7 days after 03-05 → shown on 03-16.
    expect(stepsOn('2026-03-16', { journal }).map((a) => a.step.id)).toEqual(['standard-reminder-2']);
  });
});

describe('spacing between two actions for one client', () => {
  // i1 due 03-01 (reminder-1 done 03-03); i2 due 03-05 → its reminder-1 falls on 03-07.
  const invoices = [invoice('i1', 'c1', DUE, 120_000), invoice('i2', 'c1', '2026-03-05', 30_000)];
  const journal = [
    step('j0', 'c1', ['i1', 'i2'], '2026-02-24', 'standard-pre-reminder'),
    step('j1', 'c1', ['i1'], '2026-03-03', 'standard-reminder-1'),
  ];

  it('holds an action due during the 7 days after the last one done', () => {
    expect(stepsOn('2026-03-07', { invoices, journal })).toEqual([]);
    expect(stepsOn('2026-03-09', { invoices, journal })).toEqual([]);
    // 03-03 + 7 days = 03-10
    expect(stepsOn('2026-03-10', { invoices, journal }).map((a) => a.key)).toEqual([
      'c1:standard-reminder-1',
    ]);
  });

  it('does not hold anything when the setting is 0', () => {
    expect(stepsOn('2026-03-07', { invoices, journal, minDaysBetweenActions: 0 }).map((a) => a.key)).toEqual([
      'c1:standard-reminder-1',
    ]);
  });

  it('counts only steps done, not skipped ones', () => {
    const skipped = [journal[0]!, step('j1', 'c1', ['i1'], '2026-03-03', 'standard-reminder-1', 'skipped')];
    // the pre-reminder done on 02-24 + 7 = 03-03 < 03-07: nothing holds i2's reminder.
    expect(stepsOn('2026-03-07', { invoices, journal: skipped }).map((a) => a.key)).toEqual([
      'c1:standard-reminder-1',
    ]);
  });

  it('does not hold another client', () => {
    const two = [invoice('i1', 'c1', DUE, 120_000), invoice('i3', 'c2', '2026-03-05', 30_000)];
    expect(stepsOn('2026-03-07', { invoices: two, journal: [journal[1]!] }).map((a) => a.key)).toEqual([
      'c2:standard-reminder-1',
    ]);
  });

  it('skips a pre-reminder that the spacing would push past the due date', () => {
    // i4 due 03-08: pre-reminder 03-03, but reminder-1 of i1 done on 03-03 holds c1 until 03-10 > 03-08.
    const inv = [invoice('i1', 'c1', DUE, 120_000), invoice('i4', 'c1', '2026-03-08', 30_000)];
    const j = [step('j1', 'c1', ['i1'], '2026-03-03', 'standard-reminder-1')];
    expect(stepsOn('2026-03-05', { invoices: inv, journal: j })).toEqual([]);
    // On 03-10 (D+2 of i4) its reminder-1 is due and the spacing is over.
    expect(stepsOn('2026-03-10', { invoices: inv, journal: j }).map((a) => a.step.id)).toEqual([
      'standard-reminder-1',
    ]);
  });
});

describe('which invoices take part', () => {
  it('groups all invoices of a client at the same step into one action', () => {
    const invoices = [
      invoice('i2', 'c1', '2026-03-01', 30_000, { number: 'F-2026-002' }),
      invoice('i1', 'c1', '2026-02-20', 120_000, { number: 'F-2026-001' }),
    ];
    const actions = stepsOn('2026-03-10', { invoices });
    expect(actions).toHaveLength(1);
    // 1 200,00 € + 300,00 € = 1 500,00 €; i1 is 18 days late (02-20 → 03-10), i2 9.
    expect(actions[0]).toMatchObject({
      key: 'c1:standard-reminder-1',
      amount: 150_000,
      maxDaysLate: 18,
      dueSince: '2026-02-22',
    });
    expect(actions[0]?.invoices.map((i) => i.number)).toEqual(['F-2026-001', 'F-2026-002']);
  });

  it('uses the balance after partial payments and credit notes up to today', () => {
    const payments = [
      payment('p1', 'c1', '2026-03-02', 20_000, [['i1', 20_000]]),
      payment('a1', 'c1', '2026-03-02', 10_000, [['i1', 10_000]], 'credit-note'),
      payment('p2', 'c1', '2026-03-20', 50_000, [['i1', 50_000]]), // after today: ignored
    ];
    // 1 200,00 − 200,00 − 100,00 = 900,00 €
    expect(stepsOn('2026-03-03', { payments })[0]?.amount).toBe(90_000);
  });

  it('lets a paid invoice and a written-off invoice leave', () => {
    const payments = [payment('p1', 'c1', '2026-03-02', 120_000, [['i1', 120_000]])];
    expect(stepsOn('2026-03-03', { payments })).toEqual([]);
    const invoices = [invoice('i1', 'c1', DUE, 120_000, { writtenOffOn: '2026-03-02' })];
    expect(stepsOn('2026-03-03', { invoices })).toEqual([]);
    // written off later than today: still chased today
    const later = [invoice('i1', 'c1', DUE, 120_000, { writtenOffOn: '2026-04-02' })];
    expect(stepsOn('2026-03-03', { invoices: later })).toHaveLength(1);
  });

  it('ignores balances under the tolerance', () => {
    const payments = [payment('p1', 'c1', '2026-03-02', 119_501, [['i1', 119_501]])];
    // 1 200,00 − 1 195,01 = 4,99 € < 5,00 €
    expect(stepsOn('2026-03-03', { payments })).toEqual([]);
    const exactly = [payment('p1', 'c1', '2026-03-02', 119_500, [['i1', 119_500]])];
    expect(stepsOn('2026-03-03', { payments: exactly })[0]?.amount).toBe(500);
    expect(stepsOn('2026-03-03', { payments, tolerance: 0 })[0]?.amount).toBe(499);
  });

  it('ignores an invoice issued after today', () => {
    const invoices = [invoice('i1', 'c1', DUE, 120_000, { issueDate: '2026-03-05' })];
    expect(stepsOn('2026-03-03', { invoices })).toEqual([]);
  });
});

describe('scenario choice and ordering', () => {
  it('uses the consumer scenario for a consumer without a scenario', () => {
    const consumer = client('c1', { kind: 'consumer' });
    // consumer reminder-1 at D+5 = 03-06
    expect(stepsOn('2026-03-05', { clients: [consumer] })).toEqual([]);
    expect(stepsOn('2026-03-06', { clients: [consumer] }).map((a) => a.key)).toEqual([
      'c1:consumer-reminder-1',
    ]);
  });

  it("uses the client's own scenario and sorts its steps by offset", () => {
    const custom: Scenario = {
      id: 'fast',
      name: 'Rapide',
      steps: [
        { id: 'fast-notice', offsetDays: 10, kind: 'formal-notice', channel: 'registered-letter' },
        { id: 'fast-reminder', offsetDays: 1, kind: 'reminder', channel: 'email' },
      ],
    };
    const c = client('c1', { scenarioId: 'fast' });
    expect(stepsOn('2026-03-02', { clients: [c], scenarios: [custom] }).map((a) => a.key)).toEqual([
      'c1:fast-reminder',
    ]);
  });

  it('sorts by days late, the latest first, then by key', () => {
    const invoices = [
      invoice('i1', 'c1', '2026-03-01', 10_000),
      invoice('i2', 'c2', '2026-02-01', 10_000),
      invoice('i3', 'c3', '2026-03-01', 10_000),
    ];
    const actions = stepsOn('2026-03-10', { clients: [C1, C2, client('c3')], invoices });
    expect(actions.map((a) => [a.key, a.maxDaysLate])).toEqual([
      ['c2:standard-reminder-1', 37],
      ['c1:standard-reminder-1', 9],
      ['c3:standard-reminder-1', 9],
    ]);
  });

  it('gives two actions when one client has invoices at two different steps', () => {
    const invoices = [invoice('i1', 'c1', '2026-03-01', 10_000), invoice('i2', 'c1', '2026-02-01', 20_000)];
    const journal = [step('j1', 'c1', ['i2'], '2026-02-03', 'standard-reminder-1')];
    // i2: reminder-2 due 02-16; i1: reminder-1 due 03-03. Last done 02-03: spacing long over.
    expect(stepsOn('2026-03-10', { invoices, journal }).map((a) => a.key)).toEqual([
      'c1:standard-reminder-2',
      'c1:standard-reminder-1',
    ]);
  });

  it('ignores invoices of unknown clients', () => {
    expect(stepsOn('2026-03-10', { invoices: [invoice('x', 'ghost', DUE, 10_000)] })).toEqual([]);
  });
});
