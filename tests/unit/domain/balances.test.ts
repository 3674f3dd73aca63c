import { describe, expect, it } from 'vitest';
import {
  allocateOldestFirst,
  allocationsTo,
  compareOldestFirst,
  invoiceBalances,
  unallocatedCents,
} from '../../../renderer/src/domain/balances';
import type { Invoice, Payment } from '../../../renderer/src/domain/model';

const inv = (id: string, amount: number): Invoice => ({
  id,
  number: `F-${id}`,
  clientId: 'c1',
  issueDate: '2026-01-01',
  dueDate: '2026-01-31',
  amountInclVat: amount,
  amountExclVat: Math.round(amount / 1.2),
  currency: 'EUR',
  source: 'manual',
});

const payments: Payment[] = [
  {
    id: 'p1',
    clientId: 'c1',
    kind: 'payment',
    date: '2026-02-10',
    amount: 50000,
    allocations: [
      { invoiceId: 'a', amount: 30000 },
      { invoiceId: 'b', amount: 15000 },
    ],
  },
  {
    id: 'p2',
    clientId: 'c1',
    kind: 'credit-note',
    date: '2026-02-20',
    amount: 10000,
    allocations: [{ invoiceId: 'a', amount: 10000 }],
  },
  {
    id: 'p3',
    clientId: 'c1',
    kind: 'payment',
    date: '2026-03-05',
    amount: 20000,
    allocations: [{ invoiceId: 'b', amount: 20000 }],
  },
  {
    id: 'p4',
    clientId: 'c1',
    kind: 'payment',
    date: '2026-02-15',
    amount: 999,
    allocations: [{ invoiceId: 'zz', amount: 999 }],
  },
];

describe('invoiceBalances', () => {
  it('nets payments and credit notes dated ≤ asOf', () => {
    const invoices = [inv('a', 100000), inv('b', 35000), inv('c', 1000)];
    // a: 1000 − 300 − 100 = 600 €; b at 2026-02-28: 350 − 150 = 200 € (p3 is later); c untouched
    expect(invoiceBalances(invoices, payments, '2026-02-28')).toEqual(
      new Map([
        ['a', 60000],
        ['b', 20000],
        ['c', 1000],
      ]),
    );
    // on the day of p2 it counts already
    expect(invoiceBalances(invoices, payments, '2026-02-20').get('a')).toBe(60000);
    expect(invoiceBalances(invoices, payments, '2026-02-19').get('a')).toBe(70000);
    // without asOf: everything; b = 350 − 150 − 200 = 0
    expect(invoiceBalances(invoices, payments).get('b')).toBe(0);
    // allocations to unknown invoices are ignored
    expect(invoiceBalances(invoices, payments).has('zz')).toBe(false);
  });

  it('keeps an over-allocation visible as a negative balance', () => {
    expect(invoiceBalances([inv('b', 30000)], payments).get('b')).toBe(-5000);
  });

  it('lists the allocations of one invoice in date order, and money on account', () => {
    expect(allocationsTo('a', [...payments].reverse(), '2026-12-31').map((a) => a.paymentId)).toEqual([
      'p1',
      'p2',
    ]);
    // p1 leaves 50 € unallocated
    expect(unallocatedCents(payments)).toBe(5000);
  });
});

describe('allocateOldestFirst', () => {
  const open = (invoiceId: string, number: string, dueDate: string, balance: number) => ({
    invoiceId,
    number,
    dueDate,
    balance,
  });
  // Listed out of order on purpose: FA-10 and FA-2 fall due the same day, FA-2 comes first
  // (natural order: invoice numbering is chronological).
  const OPEN = [
    open('i3', 'FA-3', '2026-12-15', 60_000),
    open('i10', 'FA-10', '2026-10-31', 20_000),
    open('i2', 'FA-2', '2026-10-31', 90_000),
  ];

  it('pays the oldest due date first, each invoice up to its balance', () => {
    // 1 500,00 €: FA-2 900,00 (all), FA-10 200,00 (all), FA-3 1 500 − 900 − 200 = 400,00.
    expect(allocateOldestFirst(OPEN, 150_000)).toEqual({
      allocations: [
        { invoiceId: 'i2', amount: 90_000 },
        { invoiceId: 'i10', amount: 20_000 },
        { invoiceId: 'i3', amount: 40_000 },
      ],
      onAccount: 0,
    });
  });

  it('keeps what no invoice can take on account', () => {
    // 2 000,00 € for 900 + 200 + 600 = 1 700,00 € owed: 300,00 € on account.
    const split = allocateOldestFirst(OPEN, 200_000);
    expect(split.allocations.map((a) => a.amount)).toEqual([90_000, 20_000, 60_000]);
    expect(split.onAccount).toBe(30_000);
  });

  it('stops where the money runs out and lists only the invoices that received some', () => {
    // 950,00 €: FA-2 900,00, FA-10 the 50,00 left, FA-3 nothing.
    expect(allocateOldestFirst(OPEN, 95_000).allocations).toEqual([
      { invoiceId: 'i2', amount: 90_000 },
      { invoiceId: 'i10', amount: 5_000 },
    ]);
  });

  it('gives nothing to a settled or over-paid invoice, and nothing from a zero or negative amount', () => {
    const withCredit = [open('a', 'FA-1', '2026-01-31', -5_000), open('b', 'FA-2', '2026-02-28', 10_000)];
    // FA-1 is over-paid by 50,00: the 120,00 go to FA-2 (100,00), 20,00 on account.
    expect(allocateOldestFirst(withCredit, 12_000)).toEqual({
      allocations: [{ invoiceId: 'b', amount: 10_000 }],
      onAccount: 2_000,
    });
    expect(allocateOldestFirst(OPEN, 0)).toEqual({ allocations: [], onAccount: 0 });
    expect(allocateOldestFirst(OPEN, -100)).toEqual({ allocations: [], onAccount: 0 });
    expect(allocateOldestFirst([], 5_000)).toEqual({ allocations: [], onAccount: 5_000 });
  });
});

describe('compareOldestFirst', () => {
  it('orders by due date, then by invoice number in natural order', () => {
    const list = [
      { dueDate: '2026-03-01', number: 'F-9' },
      { dueDate: '2026-02-01', number: 'F-10' },
      { dueDate: '2026-02-01', number: 'F-9' },
    ];
    expect([...list].sort(compareOldestFirst).map((x) => `${x.dueDate} ${x.number}`)).toEqual([
      '2026-02-01 F-9',
      '2026-02-01 F-10',
      '2026-03-01 F-9',
    ]);
  });
});
