import { describe, expect, it } from 'vitest';
import { MAX_INSTALMENTS, proposeInstalments } from '../../../../renderer/src/ui/clients/file/instalments';

describe('proposeInstalments', () => {
  it('splits monthly from the first date, the odd cents on the first instalment, the 31st kept when the month has it', () => {
    // 1 000,00 € / 3 = 333,33 € × 3 = 999,99 €; the cent left goes first: 333,34 + 333,33 + 333,33.
    expect(proposeInstalments(100_000, 3, '2027-01-31', 1, 'months')).toEqual([
      { dueDate: '2027-01-31', amount: 33_334 },
      { dueDate: '2027-02-28', amount: 33_333 },
      { dueDate: '2027-03-31', amount: 33_333 },
    ]);
  });

  it('spaces instalments every N days', () => {
    // 1 000,00 € in 4 parts of 250,00 €, every 15 days from 1 Dec: 1, 16, 31 Dec, 15 Jan.
    expect(proposeInstalments(100_000, 4, '2026-12-01', 15, 'days')).toEqual([
      { dueDate: '2026-12-01', amount: 25_000 },
      { dueDate: '2026-12-16', amount: 25_000 },
      { dueDate: '2026-12-31', amount: 25_000 },
      { dueDate: '2027-01-15', amount: 25_000 },
    ]);
  });

  it('every two months from 30 November: 30 Jan, then 30 March (not 28 Feb chained)', () => {
    expect(proposeInstalments(90_000, 3, '2026-11-30', 2, 'months').map((i) => i.dueDate)).toEqual([
      '2026-11-30',
      '2027-01-30',
      '2027-03-30',
    ]);
  });

  it('always sums to the total', () => {
    const parts = proposeInstalments(123_457, 7, '2026-12-01', 1, 'months');
    // 123 457 = 7 × 17 636 + 5 → first 17 641, then six of 17 636.
    expect(parts[0]!.amount).toBe(17_641);
    expect(parts.reduce((s, i) => s + i.amount, 0)).toBe(123_457);
  });

  it('proposes nothing for an impossible count', () => {
    for (const count of [0, -1, 2.5, MAX_INSTALMENTS + 1])
      expect(proposeInstalments(100_000, count, '2026-12-01', 1, 'months')).toEqual([]);
    // Three instalments of 2 cents' total cannot each be at least one cent.
    expect(proposeInstalments(2, 3, '2026-12-01', 1, 'months')).toEqual([]);
    expect(proposeInstalments(100_000, MAX_INSTALMENTS, '2026-12-01', 1, 'months')).toHaveLength(60);
  });
});
