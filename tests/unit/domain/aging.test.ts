/**
 * agingReport worked by hand, as of 2026-03-31 with the default bounds [30, 60, 90].
 */
import { describe, expect, it } from 'vitest';
import {
  agingBuckets,
  agingReport,
  countbackDsoOf,
  normalizeAgingBounds,
  validateAgingBounds,
} from '../../../renderer/src/domain/aging';
import { client, dispute, invoice, payment } from './fixtures';

const ASOF = '2026-03-31';
const clients = [
  client('c1', { name: 'Alpha SARL' }),
  client('c2', { name: 'Beta SAS' }),
  client('c3', { name: 'Gamma' }),
];

const invoices = [
  // c1
  invoice('a1', 'c1', '2026-04-15', 100_000), // not yet due
  invoice('a2', 'c1', '2026-03-20', 200_000), // 11 days late; 500,00 paid → 1 500,00
  invoice('a3', 'c1', '2026-01-15', 80_000), // 16 + 28 + 31 = 75 days; credit note 200,00 → 600,00
  invoice('a4', 'c1', '2025-12-01', 50_000), // 120 days, under open dispute
  invoice('a5', 'c1', '2025-10-01', 30_000, { writtenOffOn: '2026-03-01' }), // written off: out
  invoice('a6', 'c1', '2026-02-01', 10_000), // paid in full: out
  // c2
  invoice('b1', 'c2', '2026-02-20', 40_000), // 8 + 31 = 39 days
  invoice('b2', 'c2', '2025-11-30', 25_000), // 31 + 31 + 28 + 31 = 121 days; dispute resolved 03-15
  invoice('b3', 'c2', '2026-03-31', 5_000), // due today: 0 days, not yet late; dispute opened after asOf
];
const payments = [
  payment('p1', 'c1', '2026-03-25', 50_000, [['a2', 50_000]]),
  payment('n1', 'c1', '2026-03-10', 20_000, [['a3', 20_000]], 'credit-note'),
  payment('p2', 'c1', '2026-02-10', 10_000, [['a6', 10_000]]),
  payment('p3', 'c1', '2026-04-05', 50_000, [['a2', 50_000]]), // after asOf: ignored
  payment('p4', 'c1', '2026-03-28', 10_000), // on account
  payment('p5', 'c3', '2026-03-01', 7_000), // on account, client without invoices
];
const disputes = [
  dispute('d1', 'c1', ['a4'], '2026-02-01'),
  dispute('d2', 'c2', ['b2'], '2026-01-10', '2026-03-15'),
  dispute('d3', 'c2', ['b3'], '2026-04-02'),
];

describe('agingReport', () => {
  const report = agingReport({ clients, invoices, payments, disputes, asOf: ASOF, bounds: [30, 60, 90] });

  it('defines the buckets from the bounds', () => {
    expect(report.buckets).toEqual([
      { id: 'not-due', fromDays: null, toDays: 0 },
      { id: '1-30', fromDays: 1, toDays: 30 },
      { id: '31-60', fromDays: 31, toDays: 60 },
      { id: '61-90', fromDays: 61, toDays: 90 },
      { id: '91+', fromDays: 91, toDays: null },
    ]);
  });

  it('spreads each client, nets payments and credit notes, sets disputes apart', () => {
    expect(report.rows.map((r) => r.clientId)).toEqual(['c1', 'c2', 'c3']);
    expect(report.rows[0]).toEqual({
      clientId: 'c1',
      clientName: 'Alpha SARL',
      buckets: [100_000, 150_000, 0, 60_000, 0],
      disputed: 50_000,
      overdue: 210_000,
      total: 360_000,
      onAccount: 10_000,
      net: 350_000,
      invoiceCount: 4,
      oldestDaysLate: 75,
      // (1 500,00 × 11 + 600,00 × 75) / 2 100,00 = 29.29
      weightedDaysLate: 29.3,
    });
    expect(report.rows[1]).toEqual({
      clientId: 'c2',
      clientName: 'Beta SAS',
      buckets: [5_000, 0, 40_000, 0, 25_000],
      disputed: 0,
      overdue: 65_000,
      total: 70_000,
      onAccount: 0,
      net: 70_000,
      invoiceCount: 3,
      oldestDaysLate: 121,
      // (400,00 × 39 + 250,00 × 121) / 650,00 = 4 585 000 / 65 000 = 70.54
      weightedDaysLate: 70.5,
    });
  });

  it('shows a client holding only money on account, in credit', () => {
    expect(report.rows[2]).toMatchObject({
      clientId: 'c3',
      total: 0,
      onAccount: 7_000,
      net: -7_000,
      invoiceCount: 0,
      oldestDaysLate: null,
      weightedDaysLate: null,
    });
  });

  it('adds up the totals', () => {
    expect(report.totals).toEqual({
      buckets: [105_000, 150_000, 40_000, 60_000, 25_000],
      disputed: 50_000,
      overdue: 275_000,
      total: 430_000,
      onAccount: 17_000,
      net: 413_000,
      invoiceCount: 7,
      oldestDaysLate: 121,
      // (6 150 000 + 4 585 000) / 275 000 = 39.04
      weightedDaysLate: 39,
      clientCount: 3,
    });
  });

  it('can be redone as of an earlier date', () => {
    // 2026-03-15: a1 not issued yet (issued 30 days before its due date: 03-16), p1 and p4 not
    // received, a5 written off (03-01) and a6 paid (02-10) before: a2, a3, a4, b1, b2, b3 remain.
    const earlier = agingReport({
      clients,
      invoices,
      payments,
      disputes,
      asOf: '2026-03-15',
      bounds: [30, 60, 90],
    });
    const c1 = earlier.rows.find((r) => r.clientId === 'c1');
    // a2 not yet due (03-20) 2 000,00; a3 59 days late 600,00; a4 disputed 500,00
    expect(c1).toMatchObject({ buckets: [200_000, 0, 60_000, 0, 0], disputed: 50_000, onAccount: 0 });
    const c2 = earlier.rows.find((r) => r.clientId === 'c2');
    // b1 23 days late; b2 105 days, its dispute resolved on 03-15 itself (resolved by asOf)
    expect(c2).toMatchObject({ buckets: [5_000, 40_000, 0, 0, 25_000], disputed: 0 });
    expect(earlier.totals.invoiceCount).toBe(6);
  });

  it('keeps an invoice written off after asOf', () => {
    const r = agingReport({
      clients,
      invoices,
      payments,
      disputes,
      asOf: '2026-02-15',
      bounds: [30, 60, 90],
    });
    // a5: 2025-10-01 → 2026-02-15 = 30 + 30 + 31 + 31 + 15 = 137 days
    expect(r.rows.find((x) => x.clientId === 'c1')?.oldestDaysLate).toBe(137);
  });

  it('counts an overpaid invoice as money on account', () => {
    const r = agingReport({
      clients,
      invoices: [invoice('x', 'c1', '2026-03-01', 10_000)],
      payments: [payment('p', 'c1', '2026-03-05', 12_000, [['x', 12_000]])],
      disputes: [],
      asOf: ASOF,
      bounds: [30, 60, 90],
    });
    expect(r.rows).toEqual([
      expect.objectContaining({ clientId: 'c1', total: 0, onAccount: 2_000, net: -2_000 }),
    ]);
  });

  it('uses other bounds', () => {
    const r = agingReport({ clients, invoices, payments, disputes, asOf: ASOF, bounds: [15, 45] });
    expect(r.buckets.map((b) => b.id)).toEqual(['not-due', '1-15', '16-45', '46+']);
    // c2: b3 not due 50,00; b1 39 days → 16-45; b2 122 → 46+
    expect(r.rows.find((x) => x.clientId === 'c2')?.buckets).toEqual([5_000, 0, 40_000, 25_000]);
  });
});

describe('DSO by countback', () => {
  const c = [client('c1')];
  const sale = (id: string, issueDate: string, amount: number, over = {}) =>
    invoice(id, 'c1', issueDate, amount, { issueDate, ...over });

  it('walks back month by month through the sales', () => {
    const invoices = [
      sale('m', '2026-03-15', 1_000_000), // March: 10 000,00 €, unpaid
      sale('f', '2026-02-10', 1_000_000), // February: 10 000,00 €, half paid
      sale('j', '2026-01-20', 600_000), // January: paid
    ];
    const payments = [
      payment('p1', 'c1', '2026-03-01', 500_000, [['f', 500_000]]),
      payment('p2', 'c1', '2026-02-20', 600_000, [['j', 600_000]]),
    ];
    const r = agingReport({ clients: c, invoices, payments, disputes: [], asOf: ASOF, bounds: [30, 60, 90] });
    // receivables 15 000,00; (02-28, 03-31] = 31 days of 10 000,00 → 5 000,00 left;
    // (01-31, 02-28] = 28 days of 10 000,00 → 5 000 / 10 000 × 28 = 14 → 45 days
    expect(r.totals.net).toBe(1_500_000);
    expect(r.dso).toBe(45);
    expect(r.dsoCapped).toBe(false);
  });

  it('counts an invoice of the month boundary in the older month', () => {
    const invoices = [sale('a', '2026-03-01', 310_000), sale('b', '2026-02-28', 280_000)];
    const r = agingReport({
      clients: c,
      invoices,
      payments: [],
      disputes: [],
      asOf: ASOF,
      bounds: [30, 60, 90],
    });
    // 5 900,00 receivable: March 3 100,00 (31 days), then February 2 800,00 covers the rest exactly: 31 + 28
    expect(r.dso).toBe(59);
  });

  it('is 0 when nothing is receivable, and a capped lower bound when sales never cover it', () => {
    expect(
      agingReport({ clients: c, invoices: [], payments: [], disputes: [], asOf: ASOF, bounds: [] }).dso,
    ).toBe(0);
    const opening = [sale('o', '2026-01-01', 500_000, { openingBalance: true })];
    const r = agingReport({
      clients: c,
      invoices: opening,
      payments: [],
      disputes: [],
      asOf: ASOF,
      bounds: [],
    });
    // opening balances are receivables but not sales: 24 months without sales, 2024-03-31 → 2026-03-31 = 730 days
    expect(r.dso).toBe(730);
    expect(r.dsoCapped).toBe(true);
  });

  it('deducts money on account from the receivables', () => {
    const invoices = [sale('m', '2026-03-15', 1_000_000)];
    const payments = [payment('p', 'c1', '2026-03-20', 500_000)];
    const r = agingReport({ clients: c, invoices, payments, disputes: [], asOf: ASOF, bounds: [30, 60, 90] });
    // 10 000 − 5 000 on account = 5 000 net; 5 000 / 10 000 × 31 = 15.5
    expect(r.dso).toBe(15.5);
  });

  it('gives the same figure from the receivables and the sales history read apart', () => {
    // the first example: 15 000,00 receivable against March, February, January sales → 45 days
    const sales = [
      sale('m', '2026-03-15', 1_000_000),
      sale('f', '2026-02-10', 1_000_000),
      sale('j', '2026-01-20', 600_000),
      sale('o', '2025-12-31', 900_000, { openingBalance: true }), // not a sale
      sale('late', '2026-04-02', 900_000), // after asOf
    ];
    expect(countbackDsoOf(1_500_000, sales, ASOF)).toEqual({ days: 45, capped: false });
    expect(countbackDsoOf(-10, sales, ASOF)).toEqual({ days: 0, capped: false });
  });
});

describe('bounds', () => {
  it('are cleaned: sorted, positive whole days, no duplicates, default when empty', () => {
    expect(normalizeAgingBounds([60, 30, 30, -1, 2.5])).toEqual([30, 60]);
    expect(normalizeAgingBounds([])).toEqual([30, 60, 90]);
    expect(normalizeAgingBounds(undefined)).toEqual([30, 60, 90]);
  });

  it('are validated for the settings screen', () => {
    expect(validateAgingBounds([30, 60, 90])).toEqual([]);
    expect(validateAgingBounds([])).toEqual([{ code: 'aging.boundsEmpty' }]);
    expect(validateAgingBounds([30, 30, 0])).toEqual([
      { code: 'aging.boundsNotIncreasing', params: { value: 30 } },
      { code: 'aging.boundInvalid', params: { value: 0 } },
      { code: 'aging.boundsNotIncreasing', params: { value: 0 } },
    ]);
  });

  it('give one bucket per bound plus not-due and the last', () => {
    expect(agingBuckets([30]).map((b) => b.id)).toEqual(['not-due', '1-30', '31+']);
  });
});
