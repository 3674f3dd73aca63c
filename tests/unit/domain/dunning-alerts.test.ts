/**
 * dailyAlerts: codes and raw params, one test per kind. Rates are given explicitly so the
 * shipped table does not decide which half-year is missing.
 */
import { describe, expect, it } from 'vitest';
import { dailyAlerts, type AlertsInput } from '../../../renderer/src/domain/dunning';
import type { HalfYearRates } from '../../../renderer/src/domain/model';
import { client, dunningInput, invoice, payment, plan, promise, step } from './fixtures';

const H1_2026: HalfYearRates = { half: '2026-H1', ecbRate: 215, legalRatePrivate: 667, legalRateOther: 262 };

function alerts(today: string, over: Partial<AlertsInput> = {}) {
  return dailyAlerts({
    ...dunningInput({ clients: [client('c1', { name: 'Boulangerie Martin' })], today }),
    rates: [H1_2026],
    ...over,
  });
}

describe('dailyAlerts', () => {
  it('says nothing on a quiet day', () => {
    expect(alerts('2026-03-10')).toEqual([]);
  });

  it('asks for the rate of the current half-year when it is missing', () => {
    expect(alerts('2026-07-01')).toEqual([
      {
        key: 'rate-missing:2026-H2',
        code: 'rate-missing',
        clientId: null,
        invoiceIds: [],
        params: { half: '2026-H2' },
      },
    ]);
  });

  it('reports a broken promise with what was received and what is missing', () => {
    const invoices = [invoice('i1', 'c1', '2026-03-01', 120_000)];
    const promises = [promise('pr1', 'c1', ['i1'], '2026-03-04', '2026-03-15', 60_000)];
    const payments = [payment('p1', 'c1', '2026-03-12', 25_000, [['i1', 25_000]])];
    expect(alerts('2026-03-15', { invoices, promises, payments })).toEqual([]); // still pending
    expect(alerts('2026-03-16', { invoices, promises, payments })).toEqual([
      {
        key: 'promise-broken:pr1',
        code: 'promise-broken',
        clientId: 'c1',
        invoiceIds: ['i1'],
        // 600,00 promised − 250,00 received = 350,00 € missing
        params: {
          client: 'Boulangerie Martin',
          promiseId: 'pr1',
          promisedDate: '2026-03-15',
          amount: 60_000,
          received: 25_000,
          missing: 35_000,
        },
      },
    ]);
  });

  it('stops reporting a broken promise once a newer promise is recorded or the invoice is paid', () => {
    const invoices = [invoice('i1', 'c1', '2026-03-01', 120_000)];
    const broken = promise('pr1', 'c1', ['i1'], '2026-03-04', '2026-03-15', 60_000);
    const newer = promise('pr2', 'c1', ['i1'], '2026-03-18', '2026-03-31', 120_000);
    expect(alerts('2026-03-20', { invoices, promises: [broken, newer] })).toEqual([]);
    const paid = [payment('p1', 'c1', '2026-03-19', 120_000, [['i1', 120_000]])];
    expect(alerts('2026-03-20', { invoices, promises: [broken], payments: paid })).toEqual([]);
  });

  it('reports a missed instalment with its date and the amount missing', () => {
    const invoices = [invoice('i1', 'c1', '2026-03-01', 120_000)];
    const plans = [
      plan('pl1', 'c1', ['i1'], '2026-03-05', [
        ['2026-03-20', 40_000],
        ['2026-04-20', 40_000],
      ]),
    ];
    expect(alerts('2026-03-20', { invoices, plans })).toEqual([]);
    const result = alerts('2026-04-21', {
      invoices,
      plans,
      payments: [payment('p1', 'c1', '2026-03-20', 40_000, [['i1', 40_000]])],
    });
    expect(result).toEqual([
      {
        key: 'instalment-missed:pl1',
        code: 'instalment-missed',
        clientId: 'c1',
        invoiceIds: ['i1'],
        // 800,00 due by 04-20, 400,00 paid
        params: { client: 'Boulangerie Martin', planId: 'pl1', dueDate: '2026-04-20', missing: 40_000 },
      },
    ]);
  });

  it('reports a registered letter with no news more than 15 days after deposit', () => {
    const letter = step('j1', 'c1', ['i1'], '2026-03-31', 'standard-formal-notice', 'done', {
      registered: { number: '1A12345678901', depositDate: '2026-03-31' },
    });
    // 03-31 → 04-15 = 15 days: still normal; 04-16 = 16 days
    expect(alerts('2026-04-15', { journal: [letter] })).toEqual([]);
    expect(alerts('2026-04-16', { journal: [letter] })).toEqual([
      {
        key: 'registered-no-news:j1',
        code: 'registered-no-news',
        clientId: 'c1',
        invoiceIds: ['i1'],
        params: {
          client: 'Boulangerie Martin',
          journalId: 'j1',
          number: '1A12345678901',
          depositDate: '2026-03-31',
          days: 16,
        },
      },
    ]);
    const delivered = { ...letter, registered: { ...letter.registered, deliveredDate: '2026-04-02' } };
    const returned = { ...letter, registered: { ...letter.registered, returnedDate: '2026-04-20' } };
    expect(alerts('2026-04-16', { journal: [delivered] })).toEqual([]);
    // returned after today: no news as of today
    expect(alerts('2026-04-16', { journal: [returned] })).toHaveLength(1);
  });

  it('warns 90 days before a claim is time-barred, and once it is', () => {
    // Business debtor: 5 years from the due date 2021-06-30 → 2026-06-30; 90 days before is 2026-04-01.
    const invoices = [invoice('i1', 'c1', '2021-06-30', 80_000)];
    expect(alerts('2026-03-31', { invoices })).toEqual([]);
    expect(alerts('2026-04-01', { invoices })).toEqual([
      {
        key: 'limitation-near:i1',
        code: 'limitation-near',
        clientId: 'c1',
        invoiceIds: ['i1'],
        params: {
          client: 'Boulangerie Martin',
          invoiceNumber: 'F-i1',
          date: '2026-06-30',
          daysLeft: 90,
          balance: 80_000,
        },
      },
    ]);
    expect(
      alerts('2026-07-01', { invoices, rates: [H1_2026, { ...H1_2026, half: '2026-H2' }] })[0],
    ).toMatchObject({
      code: 'limitation-passed',
      params: { daysLeft: -1 },
    });
    // paid or written off: no warning
    const paid = [payment('p1', 'c1', '2021-07-10', 80_000, [['i1', 80_000]])];
    expect(alerts('2026-04-01', { invoices, payments: paid })).toEqual([]);
  });

  it('lists the rate first, then limitation, promises, plans, letters', () => {
    const invoices = [invoice('i1', 'c1', '2021-09-01', 80_000), invoice('i2', 'c1', '2026-06-01', 10_000)];
    const promises = [promise('pr1', 'c1', ['i2'], '2026-06-05', '2026-06-20', 10_000)];
    const result = alerts('2026-07-01', { invoices, promises });
    // 2021-09-01 + 5 y = 2026-09-01: 62 days left
    expect(result.map((a) => a.code)).toEqual(['rate-missing', 'limitation-near', 'promise-broken']);
  });
});
