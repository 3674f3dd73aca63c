/**
 * The rate table: ECB main refinancing rate and taux de l'intérêt légal per half-year.
 * Rates change every six months, so they ship as data (assets/rates/rates.json) and the
 * user adds the new half-year when it is published; nothing here guesses a future rate.
 */
import shipped from '../../../assets/rates/rates.json';
import { halfYearOf, isHalfYear } from './dates';
import type { BasisPoints, HalfYearRates, IsoDate } from './model';
import { domainError, type DomainError } from './result';

export const DEFAULT_RATES: HalfYearRates[] = shipped;

/** Code de commerce L441-10: ECB rate + 10 points, the default between businesses. */
export const COMMERCIAL_MARGIN: BasisPoints = 1000;
/** Code de la commande publique R2192-31: ECB rate + 8 points for public buyers. */
export const PUBLIC_PROCUREMENT_MARGIN: BasisPoints = 800;

export function commercialRate(r: HalfYearRates): BasisPoints {
  return r.ecbRate + COMMERCIAL_MARGIN;
}

export function publicProcurementRate(r: HalfYearRates): BasisPoints {
  return r.ecbRate + PUBLIC_PROCUREMENT_MARGIN;
}

/** A contractual rate may not be lower than 3 × the legal rate ("other cases"). */
export function contractualFloor(r: HalfYearRates): BasisPoints {
  return 3 * r.legalRateOther;
}

/** Shipped table plus the user's entries; a user entry replaces the shipped one of the same half. Sorted. */
export function mergeRates(shipped: HalfYearRates[], user: HalfYearRates[]): HalfYearRates[] {
  const byHalf = new Map<string, HalfYearRates>();
  for (const r of shipped) byHalf.set(r.half, r);
  for (const r of user) byHalf.set(r.half, r);
  return [...byHalf.values()].sort((a, b) => (a.half < b.half ? -1 : a.half > b.half ? 1 : 0));
}

export function rateFor(
  half: string,
  rates: readonly HalfYearRates[] = DEFAULT_RATES,
): HalfYearRates | undefined {
  return rates.find((r) => r.half === half);
}

/** The half-year of `today` when the table lacks it (the app then asks the user), else null. */
export function missingCurrentHalf(rates: HalfYearRates[], today: IsoDate): string | null {
  const half = halfYearOf(today);
  return rateFor(half, rates) ? null : half;
}

/** Checks a half-year the user types in before it is saved. Rates: whole basis points, 0 to 100 %. */
export function halfYearRatesErrors(r: HalfYearRates): DomainError[] {
  const errors: DomainError[] = [];
  if (!isHalfYear(r.half)) errors.push(domainError('rates.halfInvalid', { value: r.half }));
  for (const field of ['ecbRate', 'legalRatePrivate', 'legalRateOther'] as const) {
    const v = r[field];
    if (!Number.isInteger(v) || v < -10000 || v > 10000)
      errors.push(domainError('rates.rateInvalid', { field }));
  }
  return errors;
}
