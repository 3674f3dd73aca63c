import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../../renderer/src/domain/model';
import {
  defaultAllocationTexts,
  paymentFieldOf,
  validatePaymentDraft,
  type OpenInvoice,
} from '../../../../renderer/src/ui/forms/paymentDraft';

function open(id: string, number: string, dueDate: string, balance: number): OpenInvoice {
  const invoice: Invoice = {
    id,
    number,
    clientId: 'c1',
    issueDate: '2026-09-01',
    dueDate,
    amountInclVat: balance,
    amountExclVat: balance,
    currency: 'EUR',
    source: 'manual',
  };
  return { invoice, balance };
}

// Listed out of order on purpose: FA-10 and FA-2 fall due the same day, FA-2 comes first (numeric order).
const OPEN = [
  open('i3', 'FA-3', '2026-12-15', 60_000),
  open('i10', 'FA-10', '2026-10-31', 20_000),
  open('i2', 'FA-2', '2026-10-31', 90_000),
];

describe('payment draft', () => {
  it('spreads a payment over the oldest invoices first', () => {
    // The split itself is tested in tests/unit/domain/balances.test.ts; here, its texts.
    // 1 500,00 €: FA-2 900,00 (all), FA-10 200,00 (all), FA-3 the 400,00 left.
    expect(defaultAllocationTexts('1500', OPEN)).toEqual({ i3: '400,00', i10: '200,00', i2: '900,00' });
    expect(defaultAllocationTexts('950', OPEN)).toEqual({ i3: '', i10: '50,00', i2: '900,00' });
    expect(defaultAllocationTexts('douze', OPEN)).toEqual({ i3: '', i10: '', i2: '' });
  });

  it('turns a correct draft into the repository input; what is not allocated stays on account', () => {
    const r = validatePaymentDraft(
      {
        date: '20/11/2026',
        amount: '1 000,00',
        reference: ' VIR 1234 ',
        allocations: { i2: '900', i10: ' ', i3: '0' },
      },
      'c1',
      'payment',
      OPEN,
    );
    // 1 000,00 − 900,00 = 100,00 € on account.
    expect(r).toEqual({
      errors: {},
      allocated: 90_000,
      remainder: 10_000,
      input: {
        clientId: 'c1',
        kind: 'payment',
        date: '2026-11-20',
        amount: 100_000,
        allocations: [{ invoiceId: 'i2', amount: 90_000 }],
        source: 'manual',
        reference: 'VIR 1234',
      },
    });
  });

  it('refuses a line above the balance and allocations above the amount', () => {
    const r = validatePaymentDraft(
      { date: '20/11/2026', amount: '1 000', reference: '', allocations: { i2: '900', i10: '250' } },
      'c1',
      'payment',
      OPEN,
    );
    // FA-10 owes 200,00 €; 900 + 250 = 1 150,00 > 1 000,00 by 150,00 €.
    expect(r.input).toBeNull();
    expect(r.allocated).toBe(115_000);
    expect(r.remainder).toBe(-15_000);
    expect(r.errors).toEqual({
      'allocation.i10': { code: 'form.allocationAboveBalance', params: { balance: '200,00' } },
      allocations: { code: 'form.overAllocated', params: { over: '150,00' } },
    });
  });

  it('refuses a zero or malformed amount and a wrong date', () => {
    const r = validatePaymentDraft(
      { date: '32/11/2026', amount: '0', reference: '', allocations: { i2: 'x' } },
      'c1',
      'credit-note',
      OPEN,
    );
    expect(r.input).toBeNull();
    expect(r.remainder).toBe(0);
    expect(r.errors.amount).toEqual({ code: 'form.amountZero' });
    expect(r.errors.date?.code).toMatch(/^date\./);
    expect(r.errors['allocation.i2']).toEqual({ code: 'money.invalid', params: { value: 'x' } });
    const bad = validatePaymentDraft(
      { date: '20/11/2026', amount: 'cent', reference: '', allocations: {} },
      'c1',
      'payment',
      OPEN,
    );
    expect(bad).toMatchObject({ remainder: null, errors: { amount: { code: 'money.invalid' } } });
  });

  it("puts the repository's refusals on the right input", () => {
    expect(paymentFieldOf('payment.overAllocated', 'allocations')).toBe('allocations');
    expect(paymentFieldOf('payment.unknownInvoice', undefined, 'i2')).toBe('allocation.i2');
    expect(paymentFieldOf('date.invalid', 'date')).toBe('date');
    expect(paymentFieldOf('payment.unknownClient', undefined)).toBe('form');
  });
});
