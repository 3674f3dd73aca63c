import { describe, expect, it } from 'vitest';
import { addDays, halfYearStart } from '../../../renderer/src/domain/dates';
import type { HalfYearRates } from '../../../renderer/src/domain/model';
import {
  commercialRate,
  contractualFloor,
  DEFAULT_RATES,
  halfYearRatesErrors,
  mergeRates,
  missingCurrentHalf,
  rateFor,
} from '../../../renderer/src/domain/rates';

// LEGAL.md §1, "ECB MRO rate (date of effect → %)", in basis points.
const ECB_DECISIONS: [string, number][] = [
  ['2014-09-10', 5],
  ['2016-03-16', 0],
  ['2022-07-27', 50],
  ['2022-09-14', 125],
  ['2022-11-02', 200],
  ['2022-12-21', 250],
  ['2023-02-08', 300],
  ['2023-03-22', 350],
  ['2023-05-10', 375],
  ['2023-06-21', 400],
  ['2023-08-02', 425],
  ['2023-09-20', 450],
  ['2024-06-12', 425],
  ['2024-09-18', 365],
  ['2024-10-23', 340],
  ['2024-12-18', 315],
  ['2025-02-05', 290],
  ['2025-03-12', 265],
  ['2025-04-23', 240],
  ['2025-06-11', 215],
];

// LEGAL.md §1, "Default B2B penalty rate by half-year".
const DEFAULT_B2B: Record<string, number> = {};
for (let y = 2015; y <= 2022; y++) {
  for (const h of ['H1', 'H2']) DEFAULT_B2B[`${y}-${h}`] = 1000;
}
Object.assign(DEFAULT_B2B, {
  '2015-H1': 1005,
  '2015-H2': 1005,
  '2016-H1': 1005,
  '2023-H1': 1250,
  '2023-H2': 1400,
  '2024-H1': 1450,
  '2024-H2': 1425,
  '2025-H1': 1315,
  '2025-H2': 1215,
  '2026-H1': 1215,
});

function halves(): string[] {
  const out: string[] = [];
  for (let y = 2015; y <= 2026; y++) out.push(`${y}-H1`, `${y}-H2`);
  return out.slice(0, -1); // … 2026-H1
}

describe('shipped rate table', () => {
  it('has one entry per half-year from 2015-H1 to 2026-H1, in order', () => {
    expect(DEFAULT_RATES.map((r) => r.half)).toEqual(halves());
  });

  it('holds the ECB rate in force on 1 January / 1 July', () => {
    for (const r of DEFAULT_RATES) {
      const first = halfYearStart(r.half);
      const inForce = ECB_DECISIONS.filter(([d]) => d <= first).at(-1)?.[1];
      expect(r.ecbRate, r.half).toBe(inForce);
    }
    // the decision of 2016-03-16 is not yet in force on 2016-01-01
    expect(rateFor('2016-H1')?.ecbRate).toBe(5);
    // 2022-07-27 comes after 1 July: 2022-H2 stays at 0
    expect(rateFor('2022-H2')?.ecbRate).toBe(0);
    expect(addDays('2022-06-30', 1)).toBe(halfYearStart('2022-H2'));
  });

  it('ECB rate + 10 points equals the default B2B penalty rate of every half-year', () => {
    for (const r of DEFAULT_RATES) expect(commercialRate(r), r.half).toBe(DEFAULT_B2B[r.half]);
  });

  it('holds the legal rates of LEGAL.md', () => {
    expect(rateFor('2015-H1')).toEqual({
      half: '2015-H1',
      ecbRate: 5,
      legalRatePrivate: 406,
      legalRateOther: 93,
    });
    expect(rateFor('2024-H1')).toEqual({
      half: '2024-H1',
      ecbRate: 450,
      legalRatePrivate: 801,
      legalRateOther: 507,
    });
    expect(rateFor('2026-H1')).toEqual({
      half: '2026-H1',
      ecbRate: 215,
      legalRatePrivate: 667,
      legalRateOther: 262,
    });
    // 2024-H1: the contractual floor 3 × 5.07 % = 15.21 % is above the default 14.50 %
    expect(contractualFloor(rateFor('2024-H1')!)).toBe(1521);
  });
});

describe('mergeRates / missingCurrentHalf', () => {
  const user: HalfYearRates[] = [
    { half: '2026-H2', ecbRate: 200, legalRatePrivate: 650, legalRateOther: 250 },
    { half: '2026-H1', ecbRate: 215, legalRatePrivate: 667, legalRateOther: 263 },
  ];
  it('adds the user half-years and lets them correct shipped ones', () => {
    const merged = mergeRates(DEFAULT_RATES, user);
    expect(merged).toHaveLength(DEFAULT_RATES.length + 1);
    expect(merged.at(-1)?.half).toBe('2026-H2');
    expect(rateFor('2026-H1', merged)?.legalRateOther).toBe(263);
    expect(DEFAULT_RATES.at(-1)?.legalRateOther).toBe(262); // shipped table untouched
  });
  it('names the current half-year when it is missing', () => {
    expect(missingCurrentHalf(DEFAULT_RATES, '2026-06-30')).toBeNull();
    expect(missingCurrentHalf(DEFAULT_RATES, '2026-07-01')).toBe('2026-H2');
    expect(missingCurrentHalf(mergeRates(DEFAULT_RATES, user), '2026-11-27')).toBeNull();
  });
  it('checks a typed half-year', () => {
    expect(halfYearRatesErrors(user[0]!)).toEqual([]);
    expect(
      halfYearRatesErrors({ half: '2026-S2', ecbRate: 2.5, legalRatePrivate: 650, legalRateOther: 250 }),
    ).toEqual([
      { code: 'rates.halfInvalid', params: { value: '2026-S2' } },
      { code: 'rates.rateInvalid', params: { field: 'ecbRate' } },
    ]);
  });
});
