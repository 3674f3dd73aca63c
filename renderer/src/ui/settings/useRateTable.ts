import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { getMeta } from '../../db/meta';
import type { HalfYearRates } from '../../domain/model';
import { DEFAULT_RATES, mergeRates } from '../../domain/rates';
import { USER_RATES_KEY } from '../actions/companyRates';

export interface RateTable {
  /** shipped + user, the user's entry winning for the same half-year; sorted */
  merged: HalfYearRates[];
  /** what the user typed (meta 'userRates') */
  user: HalfYearRates[];
}

/**
 * The rate table as the penalties see it (ui/actions/companyRates reads the same meta
 * entry), live: adding a half-year updates the warnings at once.
 */
export function useRateTable(): RateTable | undefined {
  return useLiveQuery(async () => {
    const stored = await getMeta<HalfYearRates[]>(db(), USER_RATES_KEY);
    const user = Array.isArray(stored) ? stored : [];
    return { user, merged: mergeRates(DEFAULT_RATES, user) };
  }, []);
}
