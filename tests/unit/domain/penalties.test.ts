/**
 * Worked examples, each computed by hand from LEGAL.md §1–2.
 * interest (cents) = principal (cents) × rate (bp) × days / 365 / 10 000
 *                  = principal × rate × days / 3 650 000, rounded half up once per invoice.
 * A period [from, to] counts both ends. Rates used (assets/rates/rates.json):
 *   commercial (ECB + 1000): 2020 1000 · 2024-H1 1450 · 2024-H2 1425 · 2025-H1 1315 · 2025-H2 1215 · 2026-H1 1215
 *   legal "other cases": 2024-H1 507 · 2024-H2 492 · 2025-H2 276 · 2026-H1 262
 *   public (ECB + 800): 2025-H1 315 + 800 = 1115
 */
import { describe, expect, it } from 'vitest';
import type { Client, HalfYearRates, Invoice, Payment } from '../../../renderer/src/domain/model';
import { clientPenalties, latePenalties, type PenaltyInput } from '../../../renderer/src/domain/penalties';
import { DEFAULT_RATES, mergeRates } from '../../../renderer/src/domain/rates';

const client = (kind: Client['kind'], extra: Partial<Client> = {}): Client => ({
  id: 'c1',
  name: 'Client',
  kind,
  addressLines: ['1 RUE DE LA PAIX', '75002 PARIS'],
  contacts: [],
  language: 'fr',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const invoice = (amountInclVat: number, dueDate: string, id = 'i1'): Invoice => ({
  id,
  number: `F-${id}`,
  clientId: 'c1',
  issueDate: '2020-01-01',
  dueDate,
  amountInclVat,
  amountExclVat: Math.round(amountInclVat / 1.2),
  currency: 'EUR',
  source: 'manual',
});

let seq = 0;
const pay = (date: string, amount: number, invoiceId = 'i1', kind: Payment['kind'] = 'payment'): Payment => ({
  id: `p${++seq}`,
  clientId: 'c1',
  kind,
  date,
  amount,
  allocations: [{ invoiceId, amount }],
});

function compute(over: Partial<PenaltyInput> & Pick<PenaltyInput, 'invoice' | 'asOf'>) {
  return latePenalties({
    payments: [],
    client: client('professional'),
    rates: DEFAULT_RATES,
    contractualRate: null,
    fixedIndemnity: 4000,
    ...over,
  });
}

describe('latePenalties — professional debtor, legal default rate', () => {
  it('1. one period inside a half-year', () => {
    // 1 000,00 € due 2026-01-31, asOf 2026-03-02: 2026-02-01 → 2026-03-02 = 28 + 2 = 30 days at 12.15 %
    // 100 000 × 1215 × 30 / 3 650 000 = 3 645 000 000 / 3 650 000 = 998.63 → 999 (9,99 €); + 40 €
    const p = compute({ invoice: invoice(100000, '2026-01-31'), asOf: '2026-03-02' });
    expect(p.basis).toBe('commercial');
    expect(p.startDate).toBe('2026-02-01');
    expect(p.periods).toEqual([
      {
        from: '2026-02-01',
        to: '2026-03-02',
        days: 30,
        principal: 100000,
        rate: 1215,
        half: '2026-H1',
        interest: 999,
      },
    ]);
    expect(p).toMatchObject({ interest: 999, indemnity: 4000, total: 4999, missingRates: [], warnings: [] });
  });

  it('2. split at 1 July with the rate of each half-year', () => {
    // 10 000,00 € due 2025-06-15, asOf 2025-07-15
    // 06-16 → 06-30: 15 d × 13.15 %: 1 000 000 × 1315 × 15 = 19 725 000 000 / 3 650 000 = 5 404.11 → 5 404
    // 07-01 → 07-15: 15 d × 12.15 %: 1 000 000 × 1215 × 15 = 18 225 000 000 / 3 650 000 = 4 993.15 → 4 993
    // exact sum 37 950 000 000 / 3 650 000 = 10 397.26 → 10 397
    const p = compute({ invoice: invoice(1000000, '2025-06-15'), asOf: '2025-07-15' });
    expect(p.periods.map((x) => [x.from, x.to, x.days, x.rate, x.half, x.interest])).toEqual([
      ['2025-06-16', '2025-06-30', 15, 1315, '2025-H1', 5404],
      ['2025-07-01', '2025-07-15', 15, 1215, '2025-H2', 4993],
    ]);
    expect(p.interest).toBe(10397);
  });

  it('3. partial payment reduces the principal from the next day; rounded once per invoice', () => {
    // 2 000,00 € due 2026-02-28, 500,00 € paid 2026-03-10, asOf 2026-03-31, 12.15 %
    // 03-01 → 03-10: 10 d on 200 000: 2 430 000 000 / 3 650 000 = 665.75 → 666
    // 03-11 → 03-31: 21 d on 150 000: 3 827 250 000 / 3 650 000 = 1 048.56 → 1 049
    // exact: 6 257 250 000 / 3 650 000 = 1 714.32 → 1 714 (not 666 + 1 049 = 1 715)
    const p = compute({
      invoice: invoice(200000, '2026-02-28'),
      payments: [pay('2026-03-10', 50000)],
      asOf: '2026-03-31',
    });
    expect(p.periods.map((x) => [x.from, x.to, x.days, x.principal, x.interest])).toEqual([
      ['2026-03-01', '2026-03-10', 10, 200000, 666],
      ['2026-03-11', '2026-03-31', 21, 150000, 1049],
    ]);
    expect(p.interest).toBe(1714);
    expect(p.indemnity).toBe(4000);
  });

  it('4. leap year: 29 February is a day, the year still counts 365', () => {
    // 3 650,00 € due 2024-02-27, asOf 2024-03-01: 02-28, 02-29, 03-01 = 3 days at 14.50 %
    // 365 000 × 1450 × 3 / 3 650 000 = 1 587 750 000 / 3 650 000 = 435 exactly
    const p = compute({ invoice: invoice(365000, '2024-02-27'), asOf: '2024-03-01' });
    expect(p.periods).toHaveLength(1);
    expect(p.periods[0]).toMatchObject({ days: 3, rate: 1450, interest: 435 });
    expect(p.interest).toBe(435);
  });

  it('5. credit note counts like a payment; payments after asOf are ignored', () => {
    // 1 200,00 € due 2026-04-30, credit note 200,00 € on 05-10, payment in full on 06-30, asOf 2026-05-20
    // 05-01 → 05-10: 10 d on 120 000 × 1215: 1 458 000 000 / 3 650 000 = 399.45 → 399
    // 05-11 → 05-20: 10 d on 100 000 × 1215: 1 215 000 000 / 3 650 000 = 332.88 → 333
    // exact 2 673 000 000 / 3 650 000 = 732.33 → 732
    const p = compute({
      invoice: invoice(120000, '2026-04-30'),
      payments: [pay('2026-05-10', 20000, 'i1', 'credit-note'), pay('2026-06-30', 100000)],
      asOf: '2026-05-20',
    });
    expect(p.periods.map((x) => [x.from, x.to, x.principal, x.interest])).toEqual([
      ['2026-05-01', '2026-05-10', 120000, 399],
      ['2026-05-11', '2026-05-20', 100000, 333],
    ]);
    expect(p.interest).toBe(732);
  });

  it('6. a year and more across three half-years of 2024–2025', () => {
    // 1 000,00 € due 2023-12-31, asOf 2025-01-10
    // 2024-H1: 31+29+31+30+31+30 = 182 d × 1450: 100 000 × 1450 × 182 = 26 390 000 000 → 7 230.14 → 7 230
    // 2024-H2: 31+31+30+31+30+31 = 184 d × 1425: 26 220 000 000 → 7 183.56 → 7 184
    // 2025-H1: 10 d × 1315: 1 315 000 000 → 360.27 → 360
    // exact: 53 925 000 000 / 3 650 000 = 14 773.97 → 14 774
    const p = compute({ invoice: invoice(100000, '2023-12-31'), asOf: '2025-01-10' });
    expect(p.periods.map((x) => [x.half, x.days, x.rate, x.interest])).toEqual([
      ['2024-H1', 182, 1450, 7230],
      ['2024-H2', 184, 1425, 7184],
      ['2025-H1', 10, 1315, 360],
    ]);
    expect(p.interest).toBe(14774);
  });

  it('7. paid in full on the due date: nothing is owed', () => {
    const p = compute({
      invoice: invoice(100000, '2026-01-31'),
      payments: [pay('2026-01-31', 100000)],
      asOf: '2026-03-31',
    });
    expect(p).toMatchObject({ periods: [], interest: 0, indemnity: 0, total: 0, startDate: '2026-02-01' });
  });

  it('8. part paid on the due date: interest on the rest, and the 40 € is due', () => {
    // 1 000,00 € due 2026-01-31, 600,00 € paid on 01-31 → 400,00 € from 02-01 to 03-02 (30 d)
    // 40 000 × 1215 × 30 = 1 458 000 000 / 3 650 000 = 399.45 → 399
    const p = compute({
      invoice: invoice(100000, '2026-01-31'),
      payments: [pay('2026-01-31', 60000)],
      asOf: '2026-03-02',
    });
    expect(p.periods).toEqual([
      {
        from: '2026-02-01',
        to: '2026-03-02',
        days: 30,
        principal: 40000,
        rate: 1215,
        half: '2026-H1',
        interest: 399,
      },
    ]);
    expect(p).toMatchObject({ interest: 399, indemnity: 4000, total: 4399 });
  });

  it('9. paid late in full, asOf much later: interest stops on the payment day, 40 € still due', () => {
    // 1 000,00 € due 2026-01-31, paid 2026-02-10, asOf 2026-06-30: 02-01 → 02-10 = 10 d
    // 100 000 × 1215 × 10 = 1 215 000 000 / 3 650 000 = 332.88 → 333
    const p = compute({
      invoice: invoice(100000, '2026-01-31'),
      payments: [pay('2026-02-10', 100000)],
      asOf: '2026-06-30',
    });
    expect(p.periods).toEqual([
      {
        from: '2026-02-01',
        to: '2026-02-10',
        days: 10,
        principal: 100000,
        rate: 1215,
        half: '2026-H1',
        interest: 333,
      },
    ]);
    expect(p).toMatchObject({ interest: 333, indemnity: 4000, total: 4333 });
  });

  it('10. rounding half up at exactly half a cent', () => {
    // 127,75 € due 2020-03-09, asOf 2020-03-10: 1 day at 10.00 %
    // 12 775 × 1000 × 1 = 12 775 000 / 3 650 000 = 3.5 → 4
    expect(compute({ invoice: invoice(12775, '2020-03-09'), asOf: '2020-03-10' }).interest).toBe(4);
    // 127,74 €: 12 774 000 / 3 650 000 = 3.4997 → 3
    expect(compute({ invoice: invoice(12774, '2020-03-09'), asOf: '2020-03-10' }).interest).toBe(3);
  });

  it('11. not yet late: nothing', () => {
    const p = compute({ invoice: invoice(100000, '2026-01-31'), asOf: '2026-01-31' });
    expect(p).toMatchObject({ startDate: '2026-02-01', periods: [], interest: 0, indemnity: 0 });
  });
});

describe('latePenalties — missing rates', () => {
  it('12. 2026-H2 unknown: listed, interest for the known half only', () => {
    // 1 000,00 € due 2026-06-20, asOf 2026-07-10
    // 06-21 → 06-30: 10 d × 1215: 1 215 000 000 / 3 650 000 = 332.88 → 333; 07-01 → 07-10: no rate
    const p = compute({ invoice: invoice(100000, '2026-06-20'), asOf: '2026-07-10' });
    expect(p.missingRates).toEqual(['2026-H2']);
    expect(p.periods.map((x) => x.half)).toEqual(['2026-H1']);
    expect(p).toMatchObject({ interest: 333, indemnity: 4000, total: 4333 });

    // once the user adds 2026-H2 (ECB 2.00 % → 12.00 %): 07-01 → 07-10 = 10 d × 1200
    // 1 200 000 000 / 3 650 000 = 328.77; exact (1 215 + 1 200) × 10⁶ / 3 650 000 = 661.64 → 662
    const h2: HalfYearRates = { half: '2026-H2', ecbRate: 200, legalRatePrivate: 650, legalRateOther: 250 };
    const full = compute({
      invoice: invoice(100000, '2026-06-20'),
      asOf: '2026-07-10',
      rates: mergeRates(DEFAULT_RATES, [h2]),
    });
    expect(full.missingRates).toEqual([]);
    expect(full.interest).toBe(662);
  });
});

describe('latePenalties — contractual rate', () => {
  it('13. a contractual rate above the floor replaces the default, no warning', () => {
    // 15.00 %, 1 000,00 € due 2026-03-31, asOf 2026-04-30: 30 d
    // 100 000 × 1500 × 30 = 4 500 000 000 / 3 650 000 = 1 232.88 → 1 233; floor 2026-H1 = 3 × 2.62 = 7.86 %
    const p = compute({ invoice: invoice(100000, '2026-03-31'), asOf: '2026-04-30', contractualRate: 1500 });
    expect(p).toMatchObject({ basis: 'contractual', interest: 1233, indemnity: 4000, warnings: [] });
  });

  it('14. below 3 × the legal rate: used as agreed, with a warning per half-year', () => {
    // 12.00 %, 1 000,00 € due 2024-05-31, asOf 2024-07-10
    // 06-01 → 06-30: 30 d: 100 000 × 1200 × 30 = 3 600 000 000 / 3 650 000 = 986.30 → 986
    // 07-01 → 07-10: 10 d: 1 200 000 000 / 3 650 000 = 328.77 → 329
    // exact 4 800 000 000 / 3 650 000 = 1 315.07 → 1 315
    // floors: 2024-H1 3 × 5.07 = 15.21 %, 2024-H2 3 × 4.92 = 14.76 %: both above 12 %
    const p = compute({ invoice: invoice(100000, '2024-05-31'), asOf: '2024-07-10', contractualRate: 1200 });
    expect(p.periods.map((x) => [x.days, x.rate, x.interest])).toEqual([
      [30, 1200, 986],
      [10, 1200, 329],
    ]);
    expect(p.interest).toBe(1315);
    expect(p.warnings).toEqual([
      { code: 'penalty.contractualBelowFloor', params: { half: '2024-H1', rate: 12, floor: 15.21 } },
      { code: 'penalty.contractualBelowFloor', params: { half: '2024-H2', rate: 12, floor: 14.76 } },
    ]);
  });

  it('15. a contractual rate needs no table entry: 2026-H2 is not missing', () => {
    // 15.00 %, 1 000,00 € due 2026-06-30, asOf 2026-07-30: 30 d → 1 233 as in example 13
    const p = compute({ invoice: invoice(100000, '2026-06-30'), asOf: '2026-07-30', contractualRate: 1500 });
    expect(p).toMatchObject({ interest: 1233, missingRates: [], warnings: [] });
  });
});

describe('latePenalties — public buyer', () => {
  it('16. ECB + 8 points, fixed at the half-year in which interest starts, plus 40 €', () => {
    // 10 000,00 € due 2025-06-15, asOf 2025-07-15; start 2025-06-16 in 2025-H1: 3.15 + 8 = 11.15 % throughout
    // 06-16 → 06-30: 15 d: 1 000 000 × 1115 × 15 = 16 725 000 000 / 3 650 000 = 4 582.19 → 4 582
    // 07-01 → 07-15: 15 d: same → 4 582
    // exact 33 450 000 000 / 3 650 000 = 9 164.38 → 9 164
    const p = compute({
      invoice: invoice(1000000, '2025-06-15'),
      asOf: '2025-07-15',
      client: client('public'),
    });
    expect(p.basis).toBe('public-procurement');
    expect(p.periods.map((x) => [x.half, x.days, x.rate, x.interest])).toEqual([
      ['2025-H1', 15, 1115, 4582],
      ['2025-H2', 15, 1115, 4582],
    ]);
    expect(p).toMatchObject({ interest: 9164, indemnity: 4000, total: 13164 });
  });

  it('17. ignores the supplier’s contractual rate', () => {
    const p = compute({
      invoice: invoice(1000000, '2025-06-15'),
      asOf: '2025-07-15',
      client: client('public'),
      contractualRate: 2000,
    });
    expect(p.interest).toBe(9164);
  });
});

describe('latePenalties — consumer', () => {
  it('18. no formal notice: no interest, never the 40 €', () => {
    const p = compute({
      invoice: invoice(150000, '2025-10-15'),
      asOf: '2026-01-31',
      client: client('consumer'),
    });
    expect(p).toEqual({
      invoiceId: 'i1',
      invoiceNumber: 'F-i1',
      basis: 'none',
      startDate: null,
      periods: [],
      interest: 0,
      indemnity: 0,
      total: 0,
      missingRates: [],
      warnings: [],
    });
  });

  it('19. legal rate ("other cases") from the day after the formal notice', () => {
    // 1 500,00 € due 2025-10-15, notice 2025-11-20, asOf 2026-01-31
    // 11-21 → 12-31: 10 + 31 = 41 d × 2.76 %: 150 000 × 276 × 41 = 1 697 400 000 / 3 650 000 = 465.04 → 465
    // 01-01 → 01-31: 31 d × 2.62 %: 150 000 × 262 × 31 = 1 218 300 000 / 3 650 000 = 333.78 → 334
    // exact 2 915 700 000 / 3 650 000 = 798.82 → 799; no indemnity
    const p = compute({
      invoice: invoice(150000, '2025-10-15'),
      asOf: '2026-01-31',
      client: client('consumer'),
      formalNoticeDate: '2025-11-20',
      contractualRate: 1500, // terms of sale rate: not applied to a consumer
    });
    expect(p.basis).toBe('consumer-legal');
    expect(p.startDate).toBe('2025-11-21');
    expect(p.periods.map((x) => [x.from, x.to, x.days, x.rate, x.interest])).toEqual([
      ['2025-11-21', '2025-12-31', 41, 276, 465],
      ['2026-01-01', '2026-01-31', 31, 262, 334],
    ]);
    expect(p).toMatchObject({ interest: 799, indemnity: 0, total: 799 });
  });

  it('20. a notice sent before the due date does not start interest before the debt is due', () => {
    // notice 2026-01-10, due 2026-01-31 → start 02-01; to 03-02 = 30 d × 2.62 % on 1 000,00 €
    // 100 000 × 262 × 30 = 786 000 000 / 3 650 000 = 215.34 → 215
    const p = compute({
      invoice: invoice(100000, '2026-01-31'),
      asOf: '2026-03-02',
      client: client('consumer'),
      formalNoticeDate: '2026-01-10',
    });
    expect(p).toMatchObject({ startDate: '2026-02-01', interest: 215, indemnity: 0 });
  });
});

describe('latePenalties — insolvency', () => {
  it('21. no 40 € once a procedure is open; interest shown with a warning', () => {
    // as example 1: 999
    const p = compute({
      invoice: invoice(100000, '2026-01-31'),
      asOf: '2026-03-02',
      client: client('professional', { insolvency: 'redressement' }),
    });
    expect(p).toMatchObject({ interest: 999, indemnity: 0, total: 999 });
    expect(p.warnings).toEqual([{ code: 'penalty.insolvency', params: { procedure: 'redressement' } }]);
  });

  it('21b. the opening judgment stops interest: counted to the day before, nothing after (L622-28)', () => {
    // 2 000,00 € due 2026-01-31, redressement opened 2026-03-16, computed on 2026-03-31.
    // Interest runs 2026-02-01 … 2026-03-15 (the day before the judgment):
    //   February 28 days + 1–15 March 15 days = 43 days, all in 2026-H1 at 12,15 %.
    // 2 000 × 0,1215 × 43 / 365 = 28,6274 € → in cents 200 000 × 1215 × 43 = 10 449 000 000
    //   / 3 650 000 = 2 862.74 → 2 863 = 28,63 €. No 40 € indemnity. 16–31 March: nothing.
    const p = compute({
      invoice: invoice(200000, '2026-01-31'),
      asOf: '2026-03-31',
      client: client('professional', { insolvency: 'redressement', insolvencyOpenedOn: '2026-03-16' }),
    });
    expect(p.periods.map((x) => [x.from, x.to, x.days, x.rate, x.interest])).toEqual([
      ['2026-02-01', '2026-03-15', 43, 1215, 2863],
    ]);
    expect(p).toMatchObject({ startDate: '2026-02-01', interest: 2863, indemnity: 0, total: 2863 });
    expect(p.warnings).toEqual([
      {
        code: 'penalty.insolvencyStopsInterest',
        params: { procedure: 'redressement', date: '2026-03-16', lastDay: '2026-03-15' },
      },
    ]);
  });

  it('21c. a judgment before the due date: no interest at all', () => {
    // due 2026-01-31, liquidation opened 2026-01-20: interest would start 02-01, after
    // the last day it may run (01-19) → no period, 0,00 €, no indemnity.
    const p = compute({
      invoice: invoice(200000, '2026-01-31'),
      asOf: '2026-03-31',
      client: client('professional', { insolvency: 'liquidation', insolvencyOpenedOn: '2026-01-20' }),
    });
    expect(p).toMatchObject({ periods: [], interest: 0, indemnity: 0, total: 0, missingRates: [] });
    expect(p.warnings[0]).toMatchObject({ code: 'penalty.insolvencyStopsInterest' });
  });

  it('21d. the cut falls after a half-year boundary: both halves counted up to the day before', () => {
    // 2 000,00 € due 2025-12-15, sauvegarde opened 2026-01-10.
    // 2025-12-16 … 12-31: 16 d × 12,15 % → 200 000 × 1215 × 16 = 3 888 000 000 / 3 650 000 = 1 065.21
    // 2026-01-01 … 01-09:  9 d × 12,15 % → 200 000 × 1215 × 9  = 2 187 000 000 / 3 650 000 =   599.18
    // sum exact 6 075 000 000 / 3 650 000 = 1 664.38 → 1 664 = 16,64 €
    const p = compute({
      invoice: invoice(200000, '2025-12-15'),
      asOf: '2026-03-31',
      client: client('professional', { insolvency: 'sauvegarde', insolvencyOpenedOn: '2026-01-10' }),
    });
    expect(p.periods.map((x) => [x.from, x.to, x.days, x.interest])).toEqual([
      ['2025-12-16', '2025-12-31', 16, 1065],
      ['2026-01-01', '2026-01-09', 9, 599],
    ]);
    expect(p).toMatchObject({ interest: 1664, indemnity: 0 });
  });

  it('21e. computed on a date before the judgment: interest to that date, no warning yet', () => {
    // judgment 2026-03-16 but asOf 2026-03-10: 02-01 … 03-10 = 28 + 10 = 38 days
    // 200 000 × 1215 × 38 = 9 234 000 000 / 3 650 000 = 2 529.86 → 2 530
    const p = compute({
      invoice: invoice(200000, '2026-01-31'),
      asOf: '2026-03-10',
      client: client('professional', { insolvency: 'redressement', insolvencyOpenedOn: '2026-03-16' }),
    });
    expect(p).toMatchObject({ interest: 2530, warnings: [] });
  });
});

describe('clientPenalties', () => {
  it('22. sums the client’s late invoices, leaving out others and written-off ones', () => {
    // i1: example 1 → 999 + 4 000; i2: paid on its due date → nothing, not listed;
    // i3: example 9 (paid late 02-10) → 333 + 4 000; i4 written off; i5 another client's
    const i1 = invoice(100000, '2026-01-31', 'i1');
    const i2 = invoice(50000, '2026-01-31', 'i2');
    const i3 = invoice(100000, '2026-01-31', 'i3');
    const i4 = { ...invoice(100000, '2026-01-31', 'i4'), writtenOffOn: '2026-02-15' };
    const i5 = { ...invoice(100000, '2026-01-31', 'i5'), clientId: 'c2' };
    const r = clientPenalties({
      client: client('professional'),
      invoices: [i1, i2, i3, i4, i5],
      payments: [pay('2026-01-31', 50000, 'i2'), pay('2026-02-10', 100000, 'i3')],
      asOf: '2026-03-02',
      rates: DEFAULT_RATES,
      contractualRate: null,
      fixedIndemnity: 4000,
    });
    expect(r.invoices.map((p) => [p.invoiceId, p.interest, p.indemnity])).toEqual([
      ['i1', 999, 4000],
      ['i3', 333, 4000],
    ]);
    expect(r).toMatchObject({ interest: 1332, indemnities: 8000, total: 9332, missingRates: [] });
  });

  it('23. gathers the missing half-years', () => {
    const r = clientPenalties({
      client: client('professional'),
      invoices: [invoice(100000, '2026-06-20')],
      payments: [],
      asOf: '2026-07-10',
      rates: DEFAULT_RATES,
      contractualRate: null,
      fixedIndemnity: 4000,
    });
    expect(r.missingRates).toEqual(['2026-H2']);
    expect(r.total).toBe(4333);
  });
});
