import { describe, expect, it } from 'vitest';
import { setMeta } from '../../../../renderer/src/db/meta';
import type { HalfYearRates } from '../../../../renderer/src/domain/model';
import { DEFAULT_RATES } from '../../../../renderer/src/domain/rates';
import { companyRates } from '../../../../renderer/src/ui/actions';
import { USER_RATES_KEY } from '../../../../renderer/src/ui/actions/companyRates';
import { freshDb } from '../../db/helpers';

describe('companyRates', () => {
  it('is the shipped table when the user typed nothing', async () => {
    expect(await companyRates(freshDb())).toEqual(DEFAULT_RATES);
  });

  it("adds the user's half-year and replaces a shipped one the user corrected", async () => {
    const db = freshDb();
    const shipped = DEFAULT_RATES[DEFAULT_RATES.length - 1]!;
    const corrected: HalfYearRates = { ...shipped, ecbRate: shipped.ecbRate + 25 };
    const next: HalfYearRates = { half: '2026-H2', ecbRate: 215, legalRatePrivate: 662, legalRateOther: 287 };
    await setMeta(db, USER_RATES_KEY, [next, corrected]);
    const rates = await companyRates(db);
    expect(rates).toHaveLength(
      DEFAULT_RATES.length + (DEFAULT_RATES.some((r) => r.half === '2026-H2') ? 0 : 1),
    );
    expect(rates.find((r) => r.half === shipped.half)).toEqual(corrected);
    expect(rates.find((r) => r.half === '2026-H2')).toEqual(next);
    // Sorted by half-year, the user's one in its place.
    expect(rates.map((r) => r.half)).toEqual([...rates.map((r) => r.half)].sort());
  });

  it('ignores a stored value that is not a list (an older or damaged entry)', async () => {
    const db = freshDb();
    await setMeta(db, USER_RATES_KEY, { half: '2026-H2' });
    expect(await companyRates(db)).toEqual(DEFAULT_RATES);
  });
});
