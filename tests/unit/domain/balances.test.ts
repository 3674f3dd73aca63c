import { describe, expect, it } from 'vitest';
import { allocationsTo, invoiceBalances, unallocatedCents } from '../../../renderer/src/domain/balances';
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
