/**
 * The repositories pass amounts in cents in their error params (they speak no language:
 * `payment.exceedsBalance` says `remaining: 20000`). i18next cannot turn cents into
 * "200,00 €", so before a message is shown these params are formatted in the user's
 * language; a raw 20000 in a sentence would read as twenty thousand euros.
 */
import type { Cents } from '../../domain/model';
import type { DomainError } from '../../domain/result';

/** Error code → the params that hold cents. */
export const CENT_PARAMS: Readonly<Record<string, readonly string[]>> = {
  'payment.exceedsBalance': ['remaining'],
  'invoice.amountBelowPaid': ['allocated'],
};

export function withMoneyParams(error: DomainError, money: (cents: Cents) => string): DomainError {
  const keys = CENT_PARAMS[error.code];
  if (!keys || !error.params) return error;
  const params = { ...error.params };
  for (const key of keys) {
    const value = params[key];
    if (typeof value === 'number') params[key] = money(value);
  }
  return { ...error, params };
}
