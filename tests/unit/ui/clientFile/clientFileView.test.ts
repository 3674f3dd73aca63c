import { describe, expect, it } from 'vitest';
import type { Client, Invoice, JournalEntry, Payment } from '../../../../renderer/src/domain/model';
import { DEFAULT_RATES } from '../../../../renderer/src/domain/rates';
import { lastFormalNoticeDate } from '../../../../renderer/src/domain/formalNotice';
import {
  clientFileView,
  type ClientFileInput,
} from '../../../../renderer/src/ui/clients/file/clientFileView';

const TODAY = '2026-11-27';

const client: Client = {
  id: 'c1',
  name: 'Menuiserie Lefèvre',
  kind: 'professional',
  addressLines: ['12 RUE DES LILAS', '44000 NANTES'],
  contacts: [],
  language: 'fr',
  createdAt: '2026-01-01T00:00:00.000Z',
};

function invoice(
  id: string,
  number: string,
  dueDate: string,
  amount: number,
  extra: Partial<Invoice> = {},
): Invoice {
  return {
    id,
    number,
    clientId: 'c1',
    issueDate: '2026-09-01',
    dueDate,
    amountInclVat: amount,
    amountExclVat: amount,
    currency: 'EUR',
    source: 'manual',
    ...extra,
  };
}

const payment = (id: string, date: string, invoiceId: string, amount: number): Payment => ({
  id,
  clientId: 'c1',
  kind: 'payment',
  date,
  amount,
  allocations: [{ invoiceId, amount }],
});

const step = (id: string, date: string, outcome: 'done' | 'skipped'): JournalEntry => ({
  id,
  clientId: 'c1',
  invoiceIds: ['i2'],
  date,
  at: `${date}T10:00:00.000Z`,
  type: 'step',
  stepKind: 'formal-notice',
  outcome,
});

/*
 * FA-1 1 000,00 € due 1 Oct, paid in full on 15 Oct          → settled
 * FA-2 1 200,00 € due 31 Oct, 300,00 € paid on 20 Nov         → 900,00 € owed, 27 days late (31 Oct → 27 Nov)
 * FA-3   600,00 € due 15 Dec                                   → 600,00 € owed, not due
 * FA-4   500,00 € due 1 Nov, written off on 20 Nov             → out of the account
 * Balance 900 + 600 = 1 500,00 €; overdue 900,00 €.
 */
function input(extra: Partial<ClientFileInput> = {}): ClientFileInput {
  return {
    client,
    invoices: [
      invoice('i1', 'FA-1', '2026-10-01', 100_000),
      invoice('i2', 'FA-2', '2026-10-31', 120_000),
      invoice('i3', 'FA-3', '2026-12-15', 60_000, { issueDate: '2026-11-15' }),
      invoice('i4', 'FA-4', '2026-11-01', 50_000, { writtenOffOn: '2026-11-20' }),
    ],
    payments: [payment('p1', '2026-10-15', 'i1', 100_000), payment('p2', '2026-11-20', 'i2', 30_000)],
    journal: [],
    followUps: { promises: [], disputes: [], plans: [] },
    rates: DEFAULT_RATES,
    company: { contractualRate: null, fixedIndemnity: 4000 },
    today: TODAY,
    ...extra,
  };
}

describe('clientFileView', () => {
  it('gives each invoice what is paid and owed, and the account figures', () => {
    const v = clientFileView(input());
    expect(v.rows.map((r) => [r.invoice.number, r.paid, r.balance, r.open, r.daysLate])).toEqual([
      ['FA-1', 100_000, 0, false, null],
      ['FA-2', 30_000, 90_000, true, 27],
      ['FA-3', 0, 60_000, true, null],
      ['FA-4', 0, 50_000, false, null],
    ]);
    expect(v.openRows.map((r) => r.invoice.number)).toEqual(['FA-2', 'FA-3']);
    // Settled ones, latest due date first.
    expect(v.paidRows.map((r) => r.invoice.number)).toEqual(['FA-4', 'FA-1']);
    expect(v.balanceDue).toBe(150_000);
    expect(v.overdue).toBe(90_000);
    expect(v.oldestDaysLate).toBe(27);
    // Business debtor: five years from the due date of the oldest open invoice, far away.
    expect(v.limitation).toEqual({ invoice: v.openRows[0]!.invoice, date: '2031-10-31', warning: null });
  });

  it('shows an open dispute and a pending promise on the invoices they name', () => {
    const v = clientFileView(
      input({
        followUps: {
          disputes: [
            {
              id: 'd1',
              clientId: 'c1',
              invoiceIds: ['i3'],
              reason: 'Portes abîmées',
              openedOn: '2026-11-25',
            },
          ],
          promises: [
            {
              id: 'pr1',
              clientId: 'c1',
              invoiceIds: ['i2'],
              madeOn: '2026-11-21',
              promisedDate: '2026-12-05',
              amount: 90_000,
            },
          ],
          plans: [],
        },
      }),
    );
    const byNumber = new Map(v.rows.map((r) => [r.invoice.number, r]));
    expect(byNumber.get('FA-3')!.dispute?.id).toBe('d1');
    expect(byNumber.get('FA-2')!.dispute).toBeNull();
    expect(byNumber.get('FA-2')!.promise).toMatchObject({ state: 'pending', promise: { id: 'pr1' } });
    expect(v.promiseStates.get('pr1')).toBe('pending');
  });

  it('warns within 90 days of the limitation date of a consumer debt (two years)', () => {
    const consumer: Client = { ...client, kind: 'consumer' };
    const v = clientFileView(
      input({
        client: consumer,
        invoices: [invoice('i9', 'FA-9', '2024-12-15', 10_000, { issueDate: '2024-11-15' })],
        payments: [],
      }),
    );
    // 15 Dec 2024 + 2 years = 15 Dec 2026; from 27 Nov: 3 + 15 = 18 days left.
    expect(v.limitation).toMatchObject({ date: '2026-12-15', warning: { date: '2026-12-15', daysLeft: 18 } });
  });

  it('takes the latest formal notice recorded done, not one skipped', () => {
    const journal = [
      step('j1', '2026-11-10', 'done'),
      step('j2', '2026-11-12', 'skipped'),
      step('j3', '2026-11-05', 'done'),
    ];
    expect(lastFormalNoticeDate(journal)).toBe('2026-11-10');
    expect(clientFileView(input({ journal })).formalNoticeDate).toBe('2026-11-10');
    expect(lastFormalNoticeDate([])).toBeUndefined();
  });

  it('has no late days and no limitation for a settled account', () => {
    const v = clientFileView(input({ invoices: [invoice('i1', 'FA-1', '2026-10-01', 100_000)] }));
    expect([v.balanceDue, v.overdue, v.oldestDaysLate, v.limitation]).toEqual([0, 0, null, null]);
  });
});
