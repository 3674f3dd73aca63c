/**
 * The half-year rate table the penalties are computed with: the rates shipped with the
 * app, overridden and completed by the ones the user typed (kept in the database's meta
 * table so that backups carry them).
 */
import { getMeta } from '../../db/meta';
import type { RecouvreDb } from '../../db/database';
import type { HalfYearRates } from '../../domain/model';
import { DEFAULT_RATES, mergeRates } from '../../domain/rates';

export const USER_RATES_KEY = 'userRates';

export async function companyRates(database: RecouvreDb): Promise<HalfYearRates[]> {
  const user = await getMeta<HalfYearRates[]>(database, USER_RATES_KEY);
  return mergeRates(DEFAULT_RATES, Array.isArray(user) ? user : []);
}
